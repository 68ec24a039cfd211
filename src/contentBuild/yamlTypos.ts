/**
 * Keys typed with a Chinese input method: a full-width colon (`title：`) or a full-width space
 * (U+3000, in the indentation or after the name). YAML reads neither as what it looks like, and
 * the parser's own message names something else (a missing colon, a bad indent, an unknown
 * field). Found line by line before parsing, so the staff member is told what to retype.
 */

export interface KeyTypo {
  readonly line: number;
  readonly kind: 'fullWidthColon' | 'fullWidthSpace';
  /** The field name as it would be written correctly. */
  readonly key: string;
}

import { KNOWN_FIELDS } from './knownFields.ts';

const FULL_WIDTH_SPACE = '\u3000';
const FULL_WIDTH_COLON = '：';
/** Every key in the content files is ASCII: a Chinese word before "：" is text, not a key. */
const KEY_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
const KNOWN = new Set(KNOWN_FIELDS);

/**
 * Whether a name before a colon is a key: a field some schema has, or any name at the start of a
 * line (a source key in sources.yaml). An indented unknown word is more likely the text of a
 * long value that went on to the next line.
 */
const isKey = (key: string, line: string): boolean => KEY_NAME.test(key) && (KNOWN.has(key) || /^[^ \u3000]/.test(line));
/** `key: |`, `key: >-`: the indented lines after it are text, where full-width spaces and colons are the writer's own. */
const BLOCK_SCALAR_START = /:\s+[|>][-+0-9]*\s*(#.*)?$/;

const asciiIndentOf = (line: string): number => line.length - line.replace(/^ +/, '').length;

/** The key part of one line (before its first `: `), without the list dash, or null for a line with no key. */
function keyTypoOf(line: string): Omit<KeyTypo, 'line'> | null {
  const content = line.replace(/^ +/, '').replace(/^-(?: +|(?=\u3000))/, '');
  if (content === '' || content.startsWith('#') || content.startsWith('"') || content.startsWith("'")) return null;
  const asciiColon = content.search(/:(\s|$)/);
  const fullWidthColon = content.indexOf(FULL_WIDTH_COLON);
  if (fullWidthColon >= 0 && (asciiColon < 0 || fullWidthColon < asciiColon)) {
    const key = content.slice(0, fullWidthColon).replaceAll(FULL_WIDTH_SPACE, ' ').trim();
    return isKey(key, line) ? { kind: 'fullWidthColon', key } : null;
  }
  if (asciiColon < 0) return null;
  const written = content.slice(0, asciiColon);
  const key = written.replaceAll(FULL_WIDTH_SPACE, ' ').trim();
  return written.includes(FULL_WIDTH_SPACE) && isKey(key, line) ? { kind: 'fullWidthSpace', key } : null;
}

/** Keys with a full-width colon or space, in line order; lines inside a `|` or `>` text are left alone. */
export function keyTypos(text: string): KeyTypo[] {
  const typos: KeyTypo[] = [];
  /** The indentation of the `key: |` line whose text the following lines are, or null outside one. */
  let blockParentIndent: number | null = null;
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (blockParentIndent !== null) {
      if (line.trim() === '' || asciiIndentOf(line) > blockParentIndent) return;
      blockParentIndent = null;
    }
    const typo = keyTypoOf(line);
    if (typo) typos.push({ line: index + 1, ...typo });
    else if (BLOCK_SCALAR_START.test(line)) blockParentIndent = asciiIndentOf(line);
  });
  return typos;
}
