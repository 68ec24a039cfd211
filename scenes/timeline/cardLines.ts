/**
 * The lines of a card's title and date as the canvas draws them, through the kiosk's one
 * typography: phrases (budoux's Chinese phrases from the build-time table, whole dates and
 * quoted names), wrapped evenly with no line of a single character.
 */
import { phraseBreaks } from 'virtual:kiosk-phrase-breaks';
import type { LanguageCode } from '../../src/contentModel/contentTypes.ts';
import { phrasesOf, wrapPhrases, wrapPhrasesBalanced } from '../../src/typography/phrases.ts';

export type Measure = (text: string) => number;

/** The most lines a card's title takes; a longer title ends in an ellipsis (the sheet shows it whole). */
export const MAX_TITLE_LINES = 3;
export const MAX_DATE_LINES = 2;

/** True when every line ends on a phrase boundary (no unbreakable phrase was cut to fit). */
function keepsPhrasesWhole(lines: readonly string[], phrases: readonly string[]): boolean {
  const boundaries = new Set<number>();
  let offset = 0;
  for (const phrase of phrases) boundaries.add((offset += phrase.replace(/\s+/gu, '').length));
  let position = 0;
  return lines.slice(0, -1).every((line) => boundaries.has((position += line.replace(/\s+/gu, '').length)));
}

export function cardLines(text: string, language: LanguageCode, maxWidth: number, measure: Measure, maxLines: number): string[] {
  const phrases = phrasesOf(text, language, phraseBreaks);
  // Even lines read best, but never at the price of cutting a date or a quoted name.
  const balanced = wrapPhrasesBalanced(phrases, maxWidth, measure);
  const lines = keepsPhrasesWhole(balanced, phrases) ? balanced : wrapPhrases(phrases, maxWidth, measure);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''}…`;
  while ([...last].length > 2 && measure(last) > maxWidth) last = `${[...last].slice(0, -2).join('')}…`;
  kept[maxLines - 1] = last;
  return kept;
}
