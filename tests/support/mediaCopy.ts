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

/**
 * Three mistakes staff make, in three events: a broken yaml indentation, a missing English title
 * and a link to an event that does not exist. Returns the lines the messages must name.
 */
export function breakThreeFiles(media: MediaCopy): { yamlLine: number; titleLine: number; linkLine: number } {
  media.replace('timeline/party/1921-cpc-founded/event.yaml', 'summary:\n  zh-Hans:', 'summary:\n zh-Hans:');
  const centenary = 'timeline/party/2021-cpc-centenary/event.yaml';
  const englishTitle = media.read(centenary).split('\n').find((line) => line.startsWith('  en:')) ?? '';
  media.replace(centenary, `${englishTitle}\n`, '');
  media.replace('timeline/museum/2019-salute-to-the-republic/event.yaml', '  - party/1949-prc-founded', '  - party/1949-founded');
  return {
    yamlLine: lineContaining(media.read('timeline/party/1921-cpc-founded/event.yaml'), 'summary:') + 1,
    titleLine: lineContaining(media.read(centenary), 'title:'),
    linkLine: lineContaining(media.read('timeline/museum/2019-salute-to-the-republic/event.yaml'), 'party/1949-founded'),
  };
}
