/** A MediaSource backed by a folder on disk (media/ or a staff member's copy of it). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { MediaSource } from './contentCheckTypes.ts';

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

export function mediaFolder(root: string): MediaSource {
  return {
    files: listFiles(root),
    readText: (relativePath) => readFileSync(join(root, relativePath), 'utf8'),
    readBytes: (relativePath) => readFileSync(join(root, relativePath)),
    sizeOf: (relativePath) => statSync(join(root, relativePath)).size,
  };
}
