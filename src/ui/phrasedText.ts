/**
 * Every visitor text the DOM views show goes in through here, so lines break only between phrases:
 * never inside a date, a quoted name or a Chinese word (src/typography/). The text reaches the DOM
 * as text nodes and <wbr>, never as HTML; the lang attribute picks the face and the breaking rules.
 *
 * A text node per phrase, <wbr> between; a phrase the browser could still break inside, at a space
 * or after a comma or an enumeration comma (“科技创新、科学普及……”), is kept whole in a no-wrap
 * span, since `word-break: keep-all` leaves the browser those breaks.
 *
 * The build-time table knows each whole text of the content and each of its sentences, so a part
 * of a text (a body without its lead's sentence, one caption line) keeps budoux's phrases too.
 */
import { phraseBreaks } from 'virtual:kiosk-phrase-breaks';
import type { LanguageCode } from '../contentModel/contentTypes.ts';
import { phrasesOf } from '../typography/phrases.ts';
import { createElement } from './dom.ts';

/** A break opportunity the browser keeps under keep-all: a space, or after punctuation, inside the phrase. */
const INNER_BREAK = /\S\s+\S|[，、；：。！？,;:—–-](?=\S)/u;

export function setPhrasedText(element: HTMLElement, text: string, language: LanguageCode): void {
  element.setAttribute('lang', language);
  element.classList.add('phrased');
  const nodes: Node[] = [];
  phrasesOf(text, language, phraseBreaks).forEach((phrase, index) => {
    if (index > 0) nodes.push(document.createElement('wbr'));
    const core = phrase.trimEnd();
    if (INNER_BREAK.test(core)) {
      const whole = document.createElement('span');
      whole.className = 'phrase-whole';
      whole.textContent = core;
      nodes.push(whole);
      if (core.length < phrase.length) nodes.push(document.createTextNode(phrase.slice(core.length)));
    } else nodes.push(document.createTextNode(phrase));
  });
  element.replaceChildren(...nodes);
}

export function phrasedElement<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  className: string,
  text: string,
  language: LanguageCode,
): HTMLElementTagNameMap[Tag] {
  const element = createElement(tag, { className });
  setPhrasedText(element, text, language);
  return element;
}

/** The paragraphs of staff text: a blank line starts a new one. */
export function paragraphTexts(text: string): string[] {
  return text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph.length > 0);
}
