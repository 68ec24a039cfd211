/**
 * A tour stop deleted by hand often loses only its `- stop:` line: its `talkingPoints:` stays
 * behind and joins the stop above, which then has the field twice (the parser's "duplicate key"
 * says nothing about a stop). Found from the lines themselves, so the message can say which
 * line is missing and which lines are left over.
 */

export interface MissingStopLine {
  /** The 1-based line of the field left behind. */
  readonly line: number;
  readonly key: string;
  /** Whether it comes before the first `- stop:` (the first stop lost its line) rather than repeating a field of the stop above. */
  readonly first: boolean;
  /** The lines of the left-over stop: from the field to the last line before the next stop or field. */
  readonly from: number;
  readonly to: number;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isBlank = (line: string): boolean => line.trim() === '' || line.trimStart().startsWith('#');
const KEY_LINE = /^(\s*)([A-Za-z][\w-]*):(\s|$)/;
const ITEM_LINE = /^(\s*)-(\s+)([A-Za-z][\w-]*):(\s|$)/;

/** The last line that belongs to the field at `index` (its own value's lines), blank lines after it left out. */
function lastLineOf(lines: readonly string[], index: number): number {
  const indent = indentOf(lines[index] ?? '');
  let last = index;
  for (let next = index + 1; next < lines.length; next += 1) {
    const line = lines[next] ?? '';
    if (isBlank(line)) continue;
    if (indentOf(line) <= indent) break;
    last = next;
  }
  return last + 1;
}

export function missingStopLines(text: string): MissingStopLine[] {
  const lines = text.split(/\r\n|\r|\n/);
  const start = lines.findIndex((line) => /^stops:\s*(#.*)?$/.test(line));
  if (start < 0) return [];
  const found: MissingStopLine[] = [];
  let item: { keyIndent: number; keys: Set<string> } | null = null;
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (isBlank(line)) continue;
    if (indentOf(line) === 0 && !line.startsWith('-')) break;
    const itemMatch = ITEM_LINE.exec(line);
    if (itemMatch) {
      item = { keyIndent: (itemMatch[1] ?? '').length + 1 + (itemMatch[2] ?? '').length, keys: new Set([itemMatch[3] ?? '']) };
      continue;
    }
    const keyMatch = KEY_LINE.exec(line);
    if (!keyMatch) continue;
    const key = keyMatch[2] ?? '';
    const indent = (keyMatch[1] ?? '').length;
    if (key === 'stop') continue;
    if (item === null || (indent === item.keyIndent && item.keys.has(key))) {
      found.push({ line: index + 1, key, first: item === null, from: index + 1, to: lastLineOf(lines, index) });
      // What follows belongs to the left-over stop: its fields are not repeats of the stop above.
      item = { keyIndent: indent, keys: new Set([key]) };
      continue;
    }
    if (indent === item.keyIndent) item.keys.add(key);
  }
  return found;
}
