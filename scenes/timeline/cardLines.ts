/**
 * The lines of a card's title and date as the canvas draws them, through the kiosk's one
 * typography: phrases (budoux's Chinese phrases from the build-time table, whole dates and
 * quoted names), wrapped evenly with no line of a single character.
 */
import { phraseBreaks } from 'virtual:kiosk-phrase-breaks';
import type { LanguageCode } from '../../src/contentModel/contentTypes.ts';
import { phrasesOf, wrapPhrasesBalanced } from '../../src/typography/phrases.ts';

export type Measure = (text: string) => number;

/** The most lines a card's title takes; a longer title ends in an ellipsis (the sheet shows it whole). */
export const MAX_TITLE_LINES = 3;
export const MAX_DATE_LINES = 2;

export function cardLines(text: string, language: LanguageCode, maxWidth: number, measure: Measure, maxLines: number): string[] {
  const lines = wrapPhrasesBalanced(phrasesOf(text, language, phraseBreaks), maxWidth, measure);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''}…`;
  while ([...last].length > 2 && measure(last) > maxWidth) last = `${[...last].slice(0, -2).join('')}…`;
  kept[maxLines - 1] = last;
  return kept;
}
