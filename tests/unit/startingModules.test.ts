import { describe, expect, it } from 'vitest';
import { startingModuleGroup } from '../../src/tools/startingModules.ts';

/** A module graph by its static importers: module -> the modules that import it. */
function graphOf(importers: Record<string, string[]>) {
  return { getModuleInfo: (id: string) => (id in importers ? { importers: importers[id]! } : null) };
}

describe('the chunk of modules the kiosk starts with', () => {
  const graph = graphOf({
    '/app/src/entry.ts': [],
    '/app/vite/preload-helper.js': ['/app/src/entry.ts', '/app/src/main.ts'],
    '/app/src/main.ts': [],
    '/app/src/i18n/interfaceText.ts': ['/app/src/ui/view.ts', '/app/src/docent/main.ts'],
    '/app/src/ui/view.ts': ['/app/src/main.ts', '/app/src/ui/other.ts'],
    // A cycle that never reaches the kiosk.
    '/app/src/ui/other.ts': ['/app/src/ui/cycle.ts'],
    '/app/src/ui/cycle.ts': ['/app/src/ui/other.ts'],
    // Two modules importing each other, one of them imported by the kiosk: both are its.
    '/app/src/ui/pairA.ts': ['/app/src/ui/pairB.ts', '/app/src/docent/main.ts'],
    '/app/src/ui/pairB.ts': ['/app/src/ui/pairA.ts', '/app/src/main.ts'],
    '/app/src/docent/main.ts': [],
    '/app/src/docent/only.ts': ['/app/src/docent/main.ts'],
  });
  const group = startingModuleGroup('src/main.ts', 'src/entry.ts');
  const nameOf = (id: string): unknown => {
    if (typeof group.name !== 'function') throw new Error('the group names its modules one by one');
    // The test's graph has only what the group reads of rolldown's.
    return group.name(id, graph as unknown as Parameters<typeof group.name>[1]);
  };

  it('holds what the kiosk imports, through any path, and shares with another chunk', () => {
    expect(nameOf('/app/src/i18n/interfaceText.ts')).toBe('start');
    expect(nameOf('/app/src/ui/view.ts')).toBe('start');
    expect(nameOf('/app/src/ui/pairB.ts')).toBe('start');
    expect(nameOf('/app/src/ui/pairA.ts')).toBe('start');
    expect(group.minShareCount).toBe(2);
  });

  it('leaves out what the page entry imports itself, and what only the staff pages use', () => {
    expect(nameOf('/app/vite/preload-helper.js')).toBeNull();
    expect(nameOf('/app/src/docent/only.ts')).toBeNull();
    expect(nameOf('/app/src/ui/cycle.ts')).toBeNull();
    expect(nameOf('/app/src/ui/other.ts')).toBeNull();
  });
});
