/**
 * The studio reads and writes only inside the media folder. Every path a page sends is checked
 * here first: relative, forward slashes, no `..`, no hidden or odd characters, and, once the
 * links on disk are followed, still inside the folder.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export class StudioPathRefused extends Error {
  constructor(readonly requested: string, reason: string) {
    super(`${JSON.stringify(requested)} is not a file of the media folder: ${reason}`);
  }
}

/** Windows-reserved characters and a backslash; control characters are refused separately. */
const FORBIDDEN_CHARACTERS = /[\\:*?"<>|]/;

function hasControlCharacter(text: string): boolean {
  return [...text].some((character) => (character.codePointAt(0) ?? 0) < 0x20 || character === '\u007f');
}

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot === '' || (!fromRoot.startsWith('..') && !isAbsolute(fromRoot));
}

/** The nearest part of `path` that exists, with links followed. */
function realExistingPart(path: string): string {
  let current = path;
  while (!existsSync(current)) {
    const parent = dirname(current);
    if (parent === current) return current;
    current = parent;
  }
  return realpathSync(current);
}

/** The absolute path of `requested` (relative to the media folder), or StudioPathRefused. */
export function mediaPath(mediaRoot: string, requested: string): string {
  if (requested.length === 0 || requested.length > 400) throw new StudioPathRefused(requested, 'empty or too long');
  if (isAbsolute(requested) || requested.startsWith('/') || /^[a-zA-Z]:/.test(requested)) throw new StudioPathRefused(requested, 'an absolute path');
  if (FORBIDDEN_CHARACTERS.test(requested) || hasControlCharacter(requested)) throw new StudioPathRefused(requested, 'a character paths may not hold');
  const parts = requested.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..' || part.startsWith('.'))) {
    throw new StudioPathRefused(requested, 'an empty, hidden or parent-folder part');
  }
  const root = resolve(mediaRoot);
  const absolute = resolve(root, ...parts);
  if (!isInside(root, absolute)) throw new StudioPathRefused(requested, 'outside the media folder');
  if (!isInside(realpathSync(root), realExistingPart(absolute))) throw new StudioPathRefused(requested, 'a link that leads outside the media folder');
  return absolute;
}

/** `requested` as the media-relative path it names, or StudioPathRefused. */
export function checkedMediaPath(mediaRoot: string, requested: string): string {
  return relative(resolve(mediaRoot), mediaPath(mediaRoot, requested)).split(sep).join('/');
}

/** Joins a folder and a name the studio made, checking the result like any requested path. */
export function mediaChild(mediaRoot: string, folder: string, name: string): string {
  return checkedMediaPath(mediaRoot, join(folder, name).split(sep).join('/'));
}
