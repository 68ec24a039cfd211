/**
 * What a visitor notices about the text on a sheet, measured in the page: the lines as the browser
 * laid them out (Range.getClientRects, one character at a time), one-character lines, dates and
 * quoted names cut across two lines, and sentences said twice on one screen.
 */
import type { Page } from '@playwright/test';

export interface LineProblem {
  readonly element: string;
  readonly problem: string;
  readonly lines: readonly string[];
}

/**
 * Every visible text element inside `rootSelector` (paragraphs, titles, buttons' labels), broken
 * into its drawn lines, checked for a stranded character and for a date or quoted name split.
 */
export function lineProblemsIn(page: Page, rootSelector: string): Promise<LineProblem[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [{ element: selector, problem: 'not found', lines: [] }];
    const closing = '，。、；：！？）》」』】〉”’…—·%％,.;:!?)]}';
    const visibleLength = (line: string): number => {
      let trimmed = line.trim();
      while (trimmed.length > 0 && closing.includes(trimmed[trimmed.length - 1]!)) trimmed = trimmed.slice(0, -1);
      return [...trimmed].length;
    };
    const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
    const wholes = [
      /\d{1,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?[底初末]?/g,
      new RegExp(`\\d{1,2} (?:${months})(?: \\d{4})?|(?:${months}) \\d{4}`, 'g'),
      /“[^”\n]{1,24}”|《[^》\n]{1,30}》|"[^"\n]{1,40}"/g,
    ];
    const problems: { element: string; problem: string; lines: string[] }[] = [];
    const blocks = [...root.querySelectorAll<HTMLElement>('.phrased')].filter((element) =>
      element.getClientRects().length > 0 && !element.parentElement?.closest('.phrased'));
    for (const block of blocks) {
      // Each character's box; a new line starts where a box sits lower than the line's first.
      const characters: { character: string; top: number; bottom: number }[] = [];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let index = 0; index < text.length; index += 1) {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = [...range.getClientRects()].find((candidate) => candidate.width > 0 || candidate.height > 0);
          if (rect) characters.push({ character: text[index]!, top: rect.top, bottom: rect.bottom });
        }
      }
      const lines: { text: string; start: number }[] = [];
      let lineBottom = -Infinity;
      characters.forEach((entry, index) => {
        if (entry.top >= lineBottom - 2) {
          lines.push({ text: '', start: index });
          lineBottom = entry.bottom;
        }
        lines[lines.length - 1]!.text += entry.character;
        lineBottom = Math.max(lineBottom, entry.bottom);
      });
      const texts = lines.map((line) => line.text.trim()).filter((line) => line.length > 0);
      const name = `${block.className} “${(block.textContent ?? '').slice(0, 40)}”`;
      const whole = (block.textContent ?? '').trim();
      if (texts.length > 1 && texts.some((line) => visibleLength(line) <= 1)) problems.push({ element: name, problem: 'a line with a single character', lines: texts });
      if (texts.length === 1 && visibleLength(whole) > 1 && visibleLength(texts[0]!) <= 1) problems.push({ element: name, problem: 'a single character', lines: texts });
      // A whole (date, quoted name) split: the line starts fall strictly inside its span.
      const joined = characters.map((entry) => entry.character).join('');
      const starts = lines.slice(1).map((line) => line.start);
      for (const pattern of wholes) {
        for (const match of joined.matchAll(pattern)) {
          const from = match.index;
          const to = from + match[0].length;
          if (starts.some((start) => start > from && start < to)) problems.push({ element: name, problem: `“${match[0]}” split across lines`, lines: texts });
        }
      }
    }
    return problems;
  }, rootSelector);
}

/** Sentences visible at once in `rootSelector` that appear more than once. */
export function repeatedSentencesIn(page: Page, rootSelector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [`${selector} not found`];
    // Labels (a track's name, a date) may stand twice, once per paired event; sentences may not.
    const labels = '.sheet__track, .sheet__date, .sheet__pair-track, .sheet__pair-date, .sheet__sources-label, .panel-set__label';
    const blocks = [...root.querySelectorAll<HTMLElement>('.phrased')].filter((element) =>
      element.checkVisibility() && element.getClientRects().length > 0 && !element.parentElement?.closest('.phrased') && !element.matches(labels));
    const seen = new Map<string, string>();
    // Titles stand inside the sentences that tell them; only whole sentences are held to each other.
    const isSentence = (text: string): boolean => /[。！？.!?][”’"')）]?$/u.test(text);
    const repeated: string[] = [];
    for (const block of blocks) {
      const sentences = (block.textContent ?? '').split(/(?<=[。！？])|(?<=[.!?][”’"')]?)\s+/u).map((sentence) => sentence.trim());
      for (const sentence of sentences) {
        const key = sentence.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
        if (key.length < 4) continue;
        // The same sentence, or one held whole inside another ("2022年，" and the lead again).
        const again = [...seen.entries()].find(([other, otherSentence]) => other === key
          || (isSentence(sentence) && isSentence(otherSentence) && Math.min(other.length, key.length) >= 8 && (other.includes(key) || key.includes(other))))?.[0];
        if (again !== undefined) repeated.push(`${sentence} (again: ${seen.get(again) ?? ''})`);
        else seen.set(key, sentence);
      }
    }
    return repeated;
  }, rootSelector);
}

/** The element's box, or null when it is not drawn. */
export function boxOf(page: Page, selector: string): Promise<{ top: number; bottom: number; left: number; right: number } | null> {
  return page.evaluate((target) => {
    const element = document.querySelector<HTMLElement>(target);
    if (!element || !element.checkVisibility()) return null;
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
  }, selector);
}
