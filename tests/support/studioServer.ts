/** `npm run studio` on a copy of the media, as a staff member starts it, for the studio tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { PROJECT_ROOT } from './staticServer.ts';

export interface RunningStudio {
  readonly url: string;
  /** Everything the command printed, for the test's assertions and its failure messages. */
  output(): string;
  close(): Promise<void>;
}

export function startStudio(mediaRoot: string, port: number): Promise<RunningStudio> {
  const child: ChildProcess = spawn(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['src/studio/startStudio.ts', '--port', String(port), '--media', mediaRoot], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const closed = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const onOutput = (chunk: Buffer): void => {
      printed += chunk.toString('utf8');
      const address = /Staff studio: (http:\/\/\S+)/.exec(printed)?.[1];
      if (address) {
        resolve({
          url: address,
          output: () => printed,
          close: async () => {
            child.kill('SIGTERM');
            await closed;
          },
        });
      }
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    child.on('exit', (code) => reject(new Error(`npm run studio stopped (exit ${code}) before printing its address:\n${printed}`)));
  });
}

/**
 * Opens the studio and waits until its kiosk preview has started. Until then the dev server is
 * preparing the kiosk's content, fonts and prompts for the first time, and the studio's answers
 * wait behind that work: on a slow machine, longer than a click is given.
 */
export async function openStudio(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html[data-studio-ready]')).toHaveCount(1);
  await expect(page.frameLocator('.preview__frame').locator('canvas')).toBeAttached({ timeout: 90_000 });
}
