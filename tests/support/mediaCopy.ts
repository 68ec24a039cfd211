/** Temporary copies of the starter media, for tests that break content on purpose. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const STARTER_MEDIA = resolve(import.meta.dirname, '../../media');

export interface MediaCopy {
  readonly root: string;
  read(relativePath: string): string;
  write(relativePath: string, text: string): void;
  /** Replaces the first occurrence of `from`, failing loudly if the starter content changed. */
  replace(relativePath: string, from: string, to: string): void;
  remove(relativePath: string): void;
  dispose(): void;
}

export function copyStarterMedia(): MediaCopy {
  const root = join(mkdtempSync(join(tmpdir(), 'kiosk-media-')), 'media');
  cpSync(STARTER_MEDIA, root, { recursive: true });
  return {
    root,
    read: (relativePath) => readFileSync(join(root, relativePath), 'utf8'),
    write(relativePath, text) {
      mkdirSync(dirname(join(root, relativePath)), { recursive: true });
      writeFileSync(join(root, relativePath), text);
    },
    replace(relativePath, from, to) {
      const text = readFileSync(join(root, relativePath), 'utf8');
      if (!text.includes(from)) throw new Error(`${relativePath} no longer contains ${JSON.stringify(from)}; update the test`);
      writeFileSync(join(root, relativePath), text.replace(from, to));
    },
    remove: (relativePath) => rmSync(join(root, relativePath), { recursive: true, force: true }),
    dispose: () => rmSync(resolve(root, '..'), { recursive: true, force: true }),
  };
}

/** The 1-based line of the first line containing `text`, to assert that messages name the right line. */
export function lineContaining(fileText: string, text: string): number {
  const index = fileText.split('\n').findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`no line contains ${JSON.stringify(text)}`);
  return index + 1;
}
