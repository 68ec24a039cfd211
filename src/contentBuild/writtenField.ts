/**
 * A field named as the lines of the file show it: `"en:" under "alt:" under "image:"`, not a
 * path such as `image.alt.en` that appears nowhere in the file, so a staff member can find the
 * lines by reading down the file.
 */
import type { StaffText } from '../contentModel/contentProblem.ts';

type Segment = string | number;

const zhPart = (segment: Segment): string => (typeof segment === 'number' ? `第 ${segment + 1} 项` : `“${segment}:”`);
const enPart = (segment: Segment): string => (typeof segment === 'number' ? `item ${segment + 1}` : `"${segment}:"`);

/** Chinese reads from the outside in: “image:”下面的“alt:”下面的“en:”, “stops:”的第 3 项里的“stop:”. */
function chinese(path: readonly Segment[]): string {
  return path.map((segment, index) => {
    if (index === 0) return zhPart(segment);
    const joiner = typeof path[index - 1] === 'number' ? '里的' : typeof segment === 'number' ? '的' : '下面的';
    return `${joiner}${zhPart(segment)}`;
  }).join('');
}

/** English reads from the inside out: "en:" under "alt:" under "image:", "stop:" in item 3 of "stops:". */
function english(path: readonly Segment[]): string {
  const reversed = [...path].reverse();
  return reversed.map((segment, index) => {
    if (index === 0) return enPart(segment);
    const inner = reversed[index - 1];
    const joiner = typeof segment === 'number'
      ? (typeof inner === 'number' ? ' of ' : ' in ')
      : (typeof inner === 'number' ? ' of ' : ' under ');
    return `${joiner}${enPart(segment)}`;
  }).join('');
}

/** The field at `path` as the file's lines show it, quoted; "this file" for the whole file. */
export function writtenField(path: readonly Segment[]): StaffText {
  if (path.length === 0) return { 'zh-Hans': '这个文件', en: 'the file' };
  return { 'zh-Hans': chinese(path), en: english(path) };
}
