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

  it('leaves out a sentence that says the lead again with a date before it, or says part of it', () => {
    const lead = '党的二十大胜利召开后，中国科技馆推出“学二十大精神 观中科馆展览”主题活动。';
    const body = ['2022年，党的二十大胜利召开后，中国科技馆推出“学二十大精神 观中科馆展览”主题活动。', '活动的名称有前后两半。'];
    expect(withoutShownSentences(body, [lead], 'zh-Hans')).toEqual(['活动的名称有前后两半。']);
    expect(withoutShownSentences(['1978年3月18日，全国科学大会开幕。'], ['1978年3月18日，全国科学大会开幕，迎来“科学的春天”。'], 'zh-Hans')).toEqual([]);
    // More than a date added is news: both stay.
    const longer = 'On 9 May 2006, the foundation stone was laid in the Olympic Green, in the north of Beijing.';
    expect(withoutShownSentences([longer], ['On 9 May 2006, the foundation stone was laid in the Olympic Green.'], 'en')).toEqual([longer]);
    // Said whole by the shown sentence: nothing is lost without it; but a few letters are not a sentence.
    expect(withoutShownSentences(['The museum grew.'], ['The museum grew every year.'], 'en')).toEqual([]);
    expect(withoutShownSentences(['He ran.'], ['The heran theatre opened.'], 'en')).toEqual(['He ran.']);
  });

  it('cuts a statement into its parts', () => {
    expect(statementLines('体验科学、启迪创新', 'zh-Hans')).toEqual(['体验科学', '启迪创新']);
    expect(statementLines('A pioneer; a leader; a communicator', 'en')).toEqual(['A pioneer', 'A leader', 'A communicator']);
    expect(statementLines('Experience science, inspire innovation', 'en')).toEqual(['Experience science, inspire innovation']);
  });
});
