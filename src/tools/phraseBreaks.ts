/**
 * The build-time half of src/typography/phrases.ts: every Chinese text a visitor can see, cut into
 * phrases by budoux's Simplified Chinese model. Only the break offsets ship, so the kiosk gets
 * phrase-aware line breaking without the model's ~76 KB in its bundle.
 */
import { loadDefaultSimplifiedChineseParser } from 'budoux';
import type { ContentBundle } from '../contentModel/contentTypes.ts';
import { INTERFACE_TEXT } from '../i18n/interfaceText.ts';
import type { PhraseBreakTable } from '../typography/phrases.ts';

const CHINESE_CHARACTER = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** Every string in the content bundle and the interface words that contains Chinese characters. */
function chineseTexts(bundle: ContentBundle): Set<string> {
  const texts = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      if (CHINESE_CHARACTER.test(value)) texts.add(value);
    } else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(bundle);
  collect(INTERFACE_TEXT);
  return texts;
}

export function buildPhraseBreakTable(bundle: ContentBundle): PhraseBreakTable {
  const parser = loadDefaultSimplifiedChineseParser();
  const table: Record<string, number[]> = {};
  for (const text of [...chineseTexts(bundle)].sort()) {
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
    table[text] = offsets;
  }
  return table;
}
