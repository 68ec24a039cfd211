import { describe, expect, it } from 'vitest';
import { onDemand } from '../../src/app/onDemand.ts';

describe('a part fetched on demand', () => {
  it('is fetched and built once, however often it is asked for', async () => {
    let fetches = 0;
    let builds = 0;
    const part = onDemand('The part', () => {
      fetches += 1;
      return Promise.resolve({ value: 7 });
    }, ({ value }) => {
      builds += 1;
      return value * 2;
    });
    expect(await Promise.all([part(), part()])).toEqual([14, 14]);
    expect(await part()).toBe(14);
    expect([fetches, builds]).toEqual([1, 1]);
  });

  it('tells staff which part failed and what to do, undoes what waited, and is asked for again', async () => {
    let fetches = 0;
    let undone = 0;
    const part = onDemand('The narration\'s code', () => {
      fetches += 1;
      return fetches === 1 ? Promise.reject(new Error('Failed to fetch')) : Promise.resolve('here');
    }, (module) => module, { consequence: 'the sheets show their text without sound', onFailure: () => { undone += 1; } });
    await expect(part()).rejects.toThrow("The narration's code (its chunk in assets/) could not be loaded: Failed to fetch; the sheets show their text without sound. Fix: reload the kiosk; if it persists, publish it again (npm run publish:kiosk).");
    expect(undone).toBe(1);
    expect(await part()).toBe('here');
    expect(fetches).toBe(2);
  });
});
