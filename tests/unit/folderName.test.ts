import { describe, expect, it } from 'vitest';
import { suggestFolderName } from '../../src/contentBuild/folderName.ts';

describe('suggestFolderName', () => {
  it('spells a Chinese title in pinyin and an English one as written, led by the year', () => {
    expect(suggestFolderName('2023', '中国科技馆')).toBe('2023-zhong-guo-ke-ji-guan');
    expect(suggestFolderName('2023', 'New hall opens')).toBe('2023-new-hall-opens');
    expect(suggestFolderName('2023', '“礼赞共和国”科普展！')).toBe('2023-li-zan-gong-he-guo-ke');
    expect(suggestFolderName('2018', '绿色 Café 开放')).toBe('2018-lu-se-cafe-kai-fang');
  });

  it('keeps to six words, lower-case ASCII and hyphens, and never leaves an empty part', () => {
    const name = suggestFolderName('2021', 'The Museum Opens Its Brand New Science Hall Today');
    expect(name).toBe('2021-the-museum-opens-its-brand-new');
    expect(suggestFolderName('2023', '——！')).toBe('2023-new-event');
    expect(suggestFolderName('2023', '2023年 新馆')).toBe('2023-xin-guan');
    expect(suggestFolderName(undefined, '文化体系')).toBe('wen-hua-ti-xi');
    expect(suggestFolderName(undefined, '')).toBe('new-item');
    expect(suggestFolderName('20x3', '新馆')).toBe('xin-guan');
    for (const suggestion of [name, suggestFolderName('2023', '中国科技馆'), suggestFolderName('2023', '——')]) {
      expect(suggestion).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
