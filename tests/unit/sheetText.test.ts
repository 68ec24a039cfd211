import { describe, expect, it } from 'vitest';
import { sentenceKey, sentencesOf, statementLines, withoutShownSentences } from '../../src/ui/sheetText.ts';

describe('sheet text', () => {
  it('splits Chinese and English sentences', () => {
    expect(sentencesOf('1949年10月1日，中华人民共和国成立。70年后，中国科技馆推出展览。')).toEqual(['1949年10月1日，中华人民共和国成立。', '70年后，中国科技馆推出展览。']);
    expect(sentencesOf('On 1 October 1949, it was founded. Seventy years later, “Salute to the Republic.” Then more.')).toEqual([
      'On 1 October 1949, it was founded.',
      'Seventy years later, “Salute to the Republic.”',
      'Then more.',
    ]);
  });

  it('treats sentences that differ only in punctuation and spacing as the same', () => {
    expect(sentenceKey('来源: 公开报道。')).toBe(sentenceKey('来源：公开报道'));
  });

  it('leaves the lead out of the body and drops a paragraph left empty', () => {
    const body = ['1949年10月1日，中华人民共和国成立。', '70年后的2019年，中国科技馆推出展览。'];
    expect(withoutShownSentences(body, ['1949年10月1日，中华人民共和国成立。'], 'zh-Hans')).toEqual(['70年后的2019年，中国科技馆推出展览。']);
    expect(withoutShownSentences(['It opened. It grew.'], ['It opened.'], 'en')).toEqual(['It grew.']);
  });

  it('cuts a statement into its parts', () => {
    expect(statementLines('体验科学、启迪创新', 'zh-Hans')).toEqual(['体验科学', '启迪创新']);
    expect(statementLines('A pioneer; a leader; a communicator', 'en')).toEqual(['A pioneer', 'A leader', 'A communicator']);
    expect(statementLines('Experience science, inspire innovation', 'en')).toEqual(['Experience science, inspire innovation']);
  });
});
