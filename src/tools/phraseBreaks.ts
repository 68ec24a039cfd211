/**
 * The build-time half of src/typography/phrases.ts: every Chinese text a visitor can see, cut into
 * phrases by budoux's Simplified Chinese model. Only the break offsets ship, so the kiosk gets
 * phrase-aware line breaking without the model's ~76 KB in its bundle.
 */
import { loadDefaultSimplifiedChineseParser, loadDefaultTraditionalChineseParser } from 'budoux';
import type { ContentBundle } from '../contentModel/contentTypes.ts';
import { derivedInterfaceTexts, toSimplified, TRADITIONAL } from '../contentBuild/traditionalChinese.ts';
import { INTERFACE_TEXT } from '../i18n/interfaceText.ts';
import { encodeBreakOffsets, phraseTextKey, sentencesOf, type PhraseBreakTable } from '../typography/phrases.ts';

const CHINESE_CHARACTER = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/**
 * Every string in the content bundle and the interface words that contains Chinese characters,
 * with whether it is traditional (a `zh-Hant` text, parsed by budoux's Traditional Chinese model).
 */
function chineseTexts(bundle: ContentBundle): Map<string, boolean> {
  const texts = new Map<string, boolean>();
  const collect = (value: unknown, traditional: boolean): void => {
    if (typeof value === 'string') {
      if (CHINESE_CHARACTER.test(value) && !texts.get(value)) texts.set(value, traditional);
    } else if (Array.isArray(value)) value.forEach((item) => collect(item, traditional));
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) collect(child, traditional || key === TRADITIONAL);
  };
  collect(bundle, false);
  collect(INTERFACE_TEXT, false);
  collect(derivedInterfaceTexts(bundle.settings.languages), false);
  return texts;
}

type Parser = ReturnType<typeof loadDefaultSimplifiedChineseParser>;

function breakOffsets(parser: Parser, text: string): number[] {
  const offsets: number[] = [];
  let offset = 0;
  // Paragraphs are parsed one by one: budoux sees sentences, not a text with line feeds in it.
  for (const paragraph of text.split(/(\n+)/)) {
    if (paragraph === '' || paragraph.startsWith('\n')) {
      offset += paragraph.length;
      continue;
    }
    const phrases = parser.parse(paragraph);
    phrases.forEach((phrase, index) => {
      offset += phrase.length;
      if (index < phrases.length - 1) offsets.push(offset);
    });
  }
  return offsets;
}

/**
 * The Traditional model splits some words the Simplified one keeps ("國家奧林 / 匹克公園"): a
 * traditional text breaks only where both agree, the Simplified model reading it converted back
 * (character for character; a text whose length changes keeps the Traditional model's breaks).
 */
function traditionalBreakOffsets(traditionalParser: Parser, simplifiedParser: Parser, text: string): number[] {
  const own = breakOffsets(traditionalParser, text);
  const simplified = toSimplified(text);
  if (simplified.length !== text.length) return own;
  const agreed = new Set(breakOffsets(simplifiedParser, simplified));
  return own.filter((offset) => agreed.has(offset));
}

/**
 * Every Chinese text, and each of its sentences on its own (a sheet may show a body without its
 * first sentence), with its breaks. Two texts whose keys collide are both left out: they break by
 * the fallback rule rather than by each other's phrases.
 */
export function buildPhraseBreakTable(bundle: ContentBundle): PhraseBreakTable {
  const simplifiedParser = loadDefaultSimplifiedChineseParser();
  const traditionalParser = loadDefaultTraditionalChineseParser();
  const textsByKey = new Map<string, { text: string; traditional: boolean }>();
  const collided = new Set<string>();
  for (const [text, traditional] of chineseTexts(bundle)) {
    for (const piece of [text, ...sentencesOf(text)]) {
      const key = phraseTextKey(piece);
      const earlier = textsByKey.get(key);
      if (earlier !== undefined && earlier.text !== piece) collided.add(key);
      textsByKey.set(key, { text: piece, traditional: traditional || (earlier?.traditional ?? false) });
    }
  }
  const table: Record<string, string> = {};
  for (const [key, { text, traditional }] of [...textsByKey].sort(([a], [b]) => a.localeCompare(b))) {
    if (collided.has(key)) continue;
    table[key] = encodeBreakOffsets(traditional ? traditionalBreakOffsets(traditionalParser, simplifiedParser, text) : breakOffsets(simplifiedParser, text));
  }
  return table;
}
