/**
 * Where a line of visitor text may break. Chinese has no spaces, and a browser or a canvas left to
 * itself breaks between any two characters: "《科学技术普及法》颁 / 布", "2021年7月1 / 日",
 * "“赤子丹 / 心”". Here a text becomes phrases, chunks that stay on one line: Chinese phrases as the
 * budoux model finds them (computed at build time into a table, so the model never ships), words in
 * English, and dates and short quoted names whole in both. `wrapPhrases` then fills lines with them
 * and never leaves a line, or a paragraph's end, with a single character.
 */
import type { LanguageCode } from '../contentModel/contentTypes.ts';
import { isChineseLanguage } from './fontStack.ts';

/**
 * Where the Chinese texts known at build time may break, keyed by `phraseTextKey(text)`: each value
 * is the gaps between break offsets, one base-36 digit per gap ("~" and two digits for a gap of 36
 * or more). Keys are hashes, not the texts, so the table does not carry every text a second time.
 */
export type PhraseBreakTable = Readonly<Record<string, string>>;

/** A text's key in the table: its 32-bit FNV-1a hash in base 36. */
export function phraseTextKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function encodeBreakOffsets(offsets: readonly number[]): string {
  let previous = 0;
  return offsets.map((offset) => {
    const gap = offset - previous;
    previous = offset;
    return gap < 36 ? gap.toString(36) : `~${gap.toString(36).padStart(2, '0')}`;
  }).join('');
}

function decodeBreakOffsets(encoded: string, textLength: number): number[] | null {
  const offsets: number[] = [];
  let offset = 0;
  for (let index = 0; index < encoded.length; index += 1) {
    const wide = encoded[index] === '~';
    offset += parseInt(wide ? encoded.slice(index + 1, index + 3) : encoded[index] ?? '', 36);
    if (wide) index += 2;
    offsets.push(offset);
  }
  // A key that matched another text by chance gives offsets that do not fit: ignore them.
  return offsets.every((value) => value > 0 && value < textLength) ? offsets : null;
}

/** Texts are looked up whole, or else sentence by sentence (a sheet may show part of a text). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[。！？；\n])/).filter((sentence) => sentence.length > 0);
}

function knownBreaks(text: string, table: PhraseBreakTable): number[] | null {
  const whole = table[phraseTextKey(text)];
  if (whole !== undefined) return decodeBreakOffsets(whole, text.length);
  const offsets: number[] = [];
  let start = 0;
  let found = false;
  for (const sentence of sentencesOf(text)) {
    const encoded = table[phraseTextKey(sentence)];
    const inner = encoded === undefined ? null : decodeBreakOffsets(encoded, sentence.length);
    if (inner) found = true;
    offsets.push(...(inner ?? fallbackBreaks(sentence)).map((offset) => start + offset));
    start += sentence.length;
    if (start < text.length) offsets.push(start);
  }
  return found ? offsets : null;
}

const CJK_CHARACTER = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
/** Characters that may not start a line (closing punctuation) or end one (opening punctuation). */
const NO_LINE_START = new Set('，。、；：！？）》」』】〉”’…—·%％,.;:!?)]}');
const NO_LINE_END = new Set('（《「『【〈“‘([{');

const ENGLISH_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Spans that must never be split across lines. */
const UNBREAKABLE_SPANS: readonly RegExp[] = [
  // 2021年7月1日, 2021年7月, 2021年, 7月1日, 2020年底
  /\d{1,4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?[底初末]?|\d{1,2}\s*月\s*\d{1,2}\s*日/g,
  // 1 July 2021, July 2021, 1 July, late 2020
  new RegExp(`\\d{1,2} (?:${ENGLISH_MONTHS})(?: \\d{4})?|(?:${ENGLISH_MONTHS}) \\d{4}|(?:early|late|mid|end of) \\d{4}`, 'gi'),
  // Short quoted names: “赤子丹心”, 《科学技术普及法》, "Salute to the Republic"
  /“[^”\n]{1,24}”|《[^》\n]{1,30}》|「[^」\n]{1,24}」|‘[^’\n]{1,24}’|"[^"\n]{1,40}"/g,
];

const CHINESE_NAME_IN_LATIN_TEXT = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,16}/g;

function unbreakableRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const pattern of UNBREAKABLE_SPANS) {
    for (const match of text.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/**
 * Break offsets when the build-time table does not know the text (a caption cue, a counter): after
 * spaces, and between two Chinese characters, but never between a number and its unit ("25个").
 */
function fallbackBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let index = 1; index < text.length; index += 1) {
    const before = text[index - 1] ?? '';
    const after = text[index] ?? '';
    const afterSpace = /\s/.test(before) && !/\s/.test(after);
    const betweenChinese = CJK_CHARACTER.test(before) && CJK_CHARACTER.test(after);
    if (afterSpace || betweenChinese) breaks.push(index);
  }
  return breaks;
}

/** True if a break at `offset` would put closing punctuation first on a line or opening last. */
function violatesPunctuationRules(text: string, offset: number): boolean {
  return NO_LINE_START.has(text[offset] ?? '') || NO_LINE_END.has(text[offset - 1] ?? '');
}

/** The text cut into phrases that must each stay on one line; joined, they are the text again. */
export function phrasesOf(text: string, language: LanguageCode, table: PhraseBreakTable = {}): string[] {
  if (text.length === 0) return [];
  // The table holds Chinese texts only; English breaks at its spaces whatever the table says.
  const known = isChineseLanguage(language) ? knownBreaks(text, table) : null;
  // A known text still breaks after its spaces (English words inside Chinese text).
  const candidates = known ? [...known, ...fallbackBreaks(text).filter((offset) => /\s/.test(text[offset - 1] ?? ''))] : fallbackBreaks(text);
  const ranges = unbreakableRanges(text);
  // Chinese inside an English text is a name given in the original ("Olympic Green (国家奥林匹克公园)").
  if (!isChineseLanguage(language)) for (const match of text.matchAll(CHINESE_NAME_IN_LATIN_TEXT)) ranges.push([match.index, match.index + match[0].length]);
  const offsets = [...new Set(candidates)]
    .filter((offset) => offset > 0 && offset < text.length)
    .filter((offset) => !violatesPunctuationRules(text, offset))
    .filter((offset) => !ranges.some(([start, end]) => offset > start && offset < end))
    .sort((a, b) => a - b);
  const phrases: string[] = [];
  let start = 0;
  for (const offset of offsets) {
    phrases.push(text.slice(start, offset));
    start = offset;
  }
  phrases.push(text.slice(start));
  return phrases;
}

/** Characters a reader sees on a line, without spaces and trailing punctuation. */
function visibleLength(line: string): number {
  const trimmed = line.trim();
  let end = trimmed.length;
  while (end > 0 && NO_LINE_START.has(trimmed[end - 1] ?? '')) end -= 1;
  return [...trimmed.slice(0, end)].length;
}

/** A line a reader would notice as stranded: one character, or nothing but punctuation. */
export function isStrandedLine(line: string): boolean {
  return visibleLength(line) <= 1;
}

type Measure = (text: string) => number;

/** A phrase wider than the whole line, cut into pieces that fit (words, then characters). */
function splitOversized(phrase: string, maxWidth: number, measure: Measure): string[] {
  if (measure(phrase.trimEnd()) <= maxWidth) return [phrase];
  const words = phrase.split(/(?<=\s)/);
  if (words.length > 1) return words.flatMap((word) => splitOversized(word, maxWidth, measure));
  const pieces: string[] = [];
  let piece = '';
  for (const character of phrase) {
    // Closing punctuation hangs past the edge rather than starting the next line.
    if (piece && measure(piece + character) > maxWidth && !NO_LINE_START.has(character)) {
      pieces.push(piece);
      piece = '';
    }
    piece += character;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function greedyLines(phrases: readonly string[], maxWidth: number, measure: Measure): string[][] {
  const lines: string[][] = [];
  let current: string[] = [];
  for (const phrase of phrases) {
    const candidate = [...current, phrase].join('');
    if (current.length > 0 && measure(candidate.trimEnd()) > maxWidth) {
      lines.push(current);
      current = [phrase];
    } else current.push(phrase);
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

/** Moves phrases down onto stranded lines while the line above keeps more than one character. */
function rescueStrandedLines(lines: string[][], maxWidth: number, measure: Measure): void {
  for (let index = lines.length - 1; index > 0; index -= 1) {
    let guard = 0;
    while (isStrandedLine(lines[index]!.join('')) && guard < 8) {
      guard += 1;
      const above = lines[index - 1]!;
      if (above.length < 2) break;
      const moved = above[above.length - 1]!;
      const below = [moved, ...lines[index]!];
      if (measure(below.join('').trimEnd()) > maxWidth || isStrandedLine(above.slice(0, -1).join(''))) break;
      above.pop();
      lines[index] = below;
    }
  }
}

/**
 * Fills lines no wider than `maxWidth` (as `measure` counts it) with whole phrases; trailing spaces
 * do not count. No line is left with a single character where moving a phrase down can avoid it.
 */
export function wrapPhrases(phrases: readonly string[], maxWidth: number, measure: Measure): string[] {
  const pieces = phrases.flatMap((phrase) => splitOversized(phrase, maxWidth, measure));
  const lines = greedyLines(pieces, maxWidth, measure);
  rescueStrandedLines(lines, maxWidth, measure);
  return lines.map((line) => line.join('').trimEnd());
}

/** Chinese clause punctuation: a line that ends after it reads as a whole clause. */
const CLAUSE_END = /[，、：；]$/;

/**
 * Lines that break only after clause punctuation ("2022年，" / "党的二十大召开前夕" rather than
 * "2022年，党的" / "二十大召开前夕"), or null where a clause is wider than the line, there is
 * only one clause, or a line would be stranded.
 */
function clauseLines(phrases: readonly string[], maxWidth: number, measure: Measure): string[] | null {
  const clauses: string[] = [];
  let clause = '';
  for (const phrase of phrases) {
    clause += phrase;
    if (CLAUSE_END.test(phrase.trimEnd())) {
      clauses.push(clause);
      clause = '';
    }
  }
  if (clause) clauses.push(clause);
  if (clauses.length < 2 || clauses.some((whole) => measure(whole.trimEnd()) > maxWidth)) return null;
  const lines = greedyLines(clauses, maxWidth, measure).map((line) => line.join('').trimEnd());
  return lines.some(isStrandedLine) ? null : lines;
}

/**
 * As `wrapPhrases`, with the lines made as even as they can be without adding a line: a two-line
 * title reads as two halves, not a full line and a stub. Where the text has clauses and breaking
 * only between them takes no more lines, it breaks between them instead: sense before evenness.
 */
export function wrapPhrasesBalanced(phrases: readonly string[], maxWidth: number, measure: Measure): string[] {
  const widest = wrapPhrases(phrases, maxWidth, measure);
  if (widest.length < 2) return widest;
  const byClause = clauseLines(phrases, maxWidth, measure);
  if (byClause && byClause.length === widest.length) return byClause;
  let low = 0;
  let high = maxWidth;
  let best = widest;
  // A dozen halvings bring the width within a fraction of a pixel of the narrowest that still fits.
  for (let step = 0; step < 12; step += 1) {
    const middle = (low + high) / 2;
    const lines = wrapPhrases(phrases, middle, measure);
    const fits = lines.length === widest.length && lines.every((line) => measure(line) <= middle + 0.01);
    if (fits) {
      best = lines;
      high = middle;
    } else low = middle;
  }
  return best;
}
