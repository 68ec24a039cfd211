import { describe, expect, it } from 'vitest';
import { buildPhraseBreakTable } from '../../src/tools/phraseBreaks.ts';
import { fontStackFor } from '../../src/typography/fontStack.ts';
import { isStrandedLine, phrasesOf, wrapPhrases, wrapPhrasesBalanced } from '../../src/typography/phrases.ts';
import type { ContentBundle } from '../../src/contentModel/contentTypes.ts';

/** A monospace stand-in for a canvas: a Chinese character is one unit, anything else half of one. */
const measure = (text: string): number => [...text].reduce((width, character) => width + (/[\u3000-\u9fff\uff00-\uffef]/.test(character) ? 1 : 0.5), 0);

function tableFor(...texts: string[]) {
  return buildPhraseBreakTable({ texts, settings: { languages: ['zh-Hans', 'en'] } } as unknown as ContentBundle);
}

describe('phrases', () => {
  it('keeps a Chinese date and a quoted name whole', () => {
    const text = '2021年7月1日，庆祝中国共产党成立100周年大会举行，“赤子丹心”主题展览开幕。';
    const phrases = phrasesOf(text, 'zh-Hans', tableFor(text));
    expect(phrases.join('')).toBe(text);
    expect(phrases.some((phrase) => phrase.includes('2021年7月1日'))).toBe(true);
    expect(phrases.some((phrase) => phrase.includes('“赤子丹心”'))).toBe(true);
    // From the widest unbreakable phrase up ("2021年7月1日，" is 7 units wide).
    for (let width = 7; width <= 20; width += 1) {
      const lines = wrapPhrases(phrases, width, measure);
      expect(lines.join('')).toBe(text);
      expect(lines.some((line) => line.startsWith('，'))).toBe(false);
      expect(lines.some((line) => /2021年7月?$|^月?1日/.test(line))).toBe(false);
      expect(lines.some((line) => /“赤子丹?心?$|^丹?心”/.test(line) && !line.includes('“赤子丹心”'))).toBe(false);
    }
  });

  it('keeps a name whole in traditional text where the traditional model alone would split it', () => {
    const text = '2006年5月9日，中國科技館新館在北京的國家奧林匹克公園奠基。';
    const table = buildPhraseBreakTable({ texts: { 'zh-Hant': text }, settings: { languages: ['zh-Hans', 'en'] } } as unknown as ContentBundle);
    const phrases = phrasesOf(text, 'zh-Hant', table);
    expect(phrases.join('')).toBe(text);
    expect(phrases.some((phrase) => phrase.includes('奧林匹克'))).toBe(true);
    expect(phrases.length).toBeGreaterThan(5);
  });

  it('keeps a Chinese name inside English text on one line', () => {
    const text = 'the foundation stone was laid in the Olympic Green (国家奥林匹克公园) in Beijing.';
    const phrases = phrasesOf(text, 'en');
    expect(phrases.some((phrase) => phrase.includes('(国家奥林匹克公园)'))).toBe(true);
    for (let width = 10; width <= 30; width += 1) expect(wrapPhrases(phrases, width, measure).some((line) => /[\u4e00-\u9fff]$/.test(line.trim()) && !line.includes('公园'))).toBe(false);
  });

  it('never leaves a title with a one-character last line', () => {
    const text = '《科学技术普及法》颁布';
    const phrases = phrasesOf(text, 'zh-Hans', tableFor(text));
    for (let width = 6; width <= 11; width += 0.5) {
      const lines = wrapPhrases(phrases, width, measure);
      expect(lines.join('')).toBe(text);
      expect(lines.filter(isStrandedLine)).toEqual([]);
    }
  });

  it('breaks Chinese without a table too, never before closing punctuation', () => {
    const lines = wrapPhrases(phrasesOf('中国科技馆新馆建成开放。', 'zh-Hans'), 5, measure);
    expect(lines.join('')).toBe('中国科技馆新馆建成开放。');
    expect(lines.some((line) => line.startsWith('。'))).toBe(false);
    expect(lines.filter(isStrandedLine)).toEqual([]);
  });

  it('keeps an English date and a short quoted name on one line', () => {
    const text = 'On 1 July 2021 the museum opened "Salute to the Republic" for visitors';
    const phrases = phrasesOf(text, 'en');
    expect(phrases).toContain('1 July 2021 ');
    expect(phrases).toContain('"Salute to the Republic" ');
    // From the widest unbreakable phrase up (the quoted name is 12 units wide).
    for (let width = 12; width <= 30; width += 1) {
      const lines = wrapPhrases(phrases, width, measure);
      expect(lines.join(' ')).toBe(text);
      expect(lines.filter((line) => line.includes('July')).every((line) => line.includes('1 July 2021'))).toBe(true);
      expect(lines.filter((line) => line.includes('Salute')).every((line) => line.includes('"Salute to the Republic"'))).toBe(true);
    }
  });

  it('balances a two-line title instead of a full line and a stub', () => {
    const text = 'The People\'s Republic of China is founded';
    const lines = wrapPhrasesBalanced(phrasesOf(text, 'en'), 16, measure);
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map(measure);
    expect(Math.abs((first ?? 0) - (second ?? 0))).toBeLessThanOrEqual(3);
  });

  it('breaks a balanced Chinese line between clauses where that takes no more lines', () => {
    const phrases = ['2022年，', '党的', '二十大', '召开', '前夕'];
    expect(wrapPhrases(phrases, 9, measure)).toEqual(['2022年，党的二十大', '召开前夕']);
    expect(wrapPhrasesBalanced(phrases, 9, measure)).toEqual(['2022年，', '党的二十大召开前夕']);
    // A clause wider than the line: the phrases decide, as before.
    expect(wrapPhrasesBalanced(phrases, 8, measure).length).toBeGreaterThan(1);
    expect(wrapPhrasesBalanced(phrases, 8, measure)).not.toContain('党的二十大召开前夕');
  });

  it('cuts a phrase wider than the line, never starting a line with a comma', () => {
    const lines = wrapPhrases(phrasesOf('2021年7月1日，大会举行', 'zh-Hans'), 4, measure);
    expect(lines.join('')).toBe('2021年7月1日，大会举行');
    expect(lines.some((line) => line.startsWith('，'))).toBe(false);
  });

  it('finds the phrases of part of a known text, sentence by sentence', () => {
    const whole = '2021年7月1日，庆祝大会举行。“赤子丹心”主题展览开幕。';
    const part = '“赤子丹心”主题展览开幕。';
    const table = tableFor(whole);
    expect(phrasesOf(part, 'zh-Hans', table)).toEqual(phrasesOf(whole, 'zh-Hans', table).slice(-phrasesOf(part, 'zh-Hans', table).length));
    expect(phrasesOf(part, 'zh-Hans', table)).toContain('“赤子丹心”');
  });

  it('cuts a word wider than the line rather than overflowing it', () => {
    const lines = wrapPhrases(phrasesOf('Supercalifragilistic', 'en'), 4, measure);
    expect(lines.every((line) => measure(line) <= 4)).toBe(true);
    expect(lines.join('')).toBe('Supercalifragilistic');
  });

  it('sets English in the Latin face with the Chinese face behind it', () => {
    expect(fontStackFor('en')).toBe('"Noto Sans", "Noto Sans SC", sans-serif');
    expect(fontStackFor('zh-Hans')).toBe('"Noto Sans SC", sans-serif');
  });
});
