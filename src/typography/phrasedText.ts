/**
 * Visitor text in the DOM, broken only between phrases. Each phrase is a text node; a `<wbr>` marks
 * where a line may break, and the stylesheet's `.phrased` rule (`word-break: keep-all`) forbids
 * breaks anywhere else in Chinese. A phrase with spaces inside (a date or a quoted name in English)
 * sits in a `.phrase-whole` span that does not wrap. Text only: nothing is parsed as markup.
 */
import type { LanguageCode } from '../contentModel/contentTypes.ts';
import { phrasesOf, type PhraseBreakTable } from './phrases.ts';

export function setPhrasedText(element: HTMLElement, text: string, language: LanguageCode, table: PhraseBreakTable): void {
  element.classList.add('phrased');
  const nodes: Node[] = [];
  phrasesOf(text, language, table).forEach((phrase, index) => {
    if (index > 0) nodes.push(document.createElement('wbr'));
    if (/\S\s+\S/.test(phrase.trim())) {
      const whole = document.createElement('span');
      whole.className = 'phrase-whole';
      whole.textContent = phrase.trimEnd();
      nodes.push(whole);
      const trailing = phrase.slice(phrase.trimEnd().length);
      if (trailing) nodes.push(document.createTextNode(trailing));
    } else nodes.push(document.createTextNode(phrase));
  });
  element.replaceChildren(...nodes);
}
