/**
 * Folder names are ids: one named in Chinese gets a pinyin or English suggestion (and its files
 * are not also "unused"), and an event id without its leading year is warned about.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mediaFolder } from '../../src/contentBuild/mediaFolder.ts';
import { validateMedia, type MediaValidation } from '../../src/contentBuild/validateMedia.ts';
import { formatProblem } from '../../src/contentModel/contentProblem.ts';
import { copyStarterMedia, type MediaCopy } from '../support/mediaCopy.ts';

const validate = (root: string): MediaValidation => validateMedia(mediaFolder(root), { mediaUrl: (file) => `/media/${file}` });
const both = (validation: MediaValidation): string[] =>
  validation.problems.flatMap((problem) => [formatProblem(problem, 'zh-Hans'), formatProblem(problem, 'en')]);

const NEW_EVENT = 'date: 2023\ntitle:\n  zh-Hans: 中国科技馆\nsummary:\n  zh-Hans: 摘要\n  en: Summary\nsource: article\n';

let copy: MediaCopy | null = null;
afterEach(() => {
  copy?.dispose();
  copy = null;
});

describe('a folder named in Chinese', () => {
  it('gets a pinyin suggestion from its Chinese title, or an English one from its English title, and no "unused" warnings', () => {
    copy = copyStarterMedia();
    copy.write('timeline/museum/中国科技馆新展/event.yaml', NEW_EVENT);
    copy.write('timeline/museum/中国科技馆新展/照片.jpg', 'a photograph');
    cpSync(join(copy.root, 'timeline/museum/2019-salute-to-the-republic'), join(copy.root, 'timeline/museum/2023-礼赞'), { recursive: true });
    expect(both(validate(copy.root))).toEqual([
      'media/timeline/museum/2023-礼赞: 错误：文件夹名“2023-礼赞”不能用作事件编号。修改方法：给文件夹改名，只用小写英文字母 a-z、数字和连字符（-），以年份开头，中文写成拼音或英文，例如“2023-exhibition-salute-to-the-republic”',
      'media/timeline/museum/2023-礼赞: error: the folder name "2023-礼赞" cannot be an event id. Fix: rename the folder using lowercase letters a-z, digits and hyphens only, starting with the year, with Chinese written in pinyin or English, for example "2023-exhibition-salute-to-the-republic"',
      'media/timeline/museum/中国科技馆新展: 错误：文件夹名“中国科技馆新展”不能用作事件编号。修改方法：给文件夹改名，只用小写英文字母 a-z、数字和连字符（-），以年份开头，中文写成拼音或英文，例如“2023-zhong-guo-ke-ji-guan”',
      'media/timeline/museum/中国科技馆新展: error: the folder name "中国科技馆新展" cannot be an event id. Fix: rename the folder using lowercase letters a-z, digits and hyphens only, starting with the year, with Chinese written in pinyin or English, for example "2023-zhong-guo-ke-ji-guan"',
    ]);
  });

  it('for a panel group, gets a pinyin suggestion, and its files are not reported as unused', () => {
    copy = copyStarterMedia();
    cpSync(join(copy.root, 'panels/awards'), join(copy.root, 'panels/评选'), { recursive: true });
    expect(both(validate(copy.root))).toEqual([
      'media/panels/评选: 错误：文件夹名“评选”不能用作分组编号。修改方法：给文件夹改名，只用小写英文字母 a-z、数字和连字符（-），中文写成拼音或英文，例如“ping-xuan”',
      'media/panels/评选: error: the folder name "评选" cannot be a group id. Fix: rename the folder using lowercase letters a-z, digits and hyphens only, with Chinese written in pinyin or English, for example "ping-xuan"',
    ]);
  });
});

describe('an event id without its year', () => {
  it('is warned about, with the id to rename it to', () => {
    copy = copyStarterMedia();
    copy.write('timeline/museum/test-exhibition/event.yaml', NEW_EVENT.replace('  zh-Hans: 中国科技馆\n', '  zh-Hans: 测试展览\n  en: A test exhibition\n'));
    const validation = validate(copy.root);
    expect(validation.errorCount).toBe(0);
    expect(both(validation)).toEqual([
      'media/timeline/museum/test-exhibition: 警告：事件编号“test-exhibition”没有以年份开头（员工指南里约定事件编号以年份开头，文件夹才会按时间排列）。修改方法：把文件夹改名为“2023-test-exhibition”，并把别的文件里（links、before、after、导览路线的 stop）写着“museum/test-exhibition”的地方改成新编号',
      'media/timeline/museum/test-exhibition: warning: the event id "test-exhibition" does not start with a year (the staff guide has event ids start with their year, so the folders list in time order). Fix: rename the folder to "2023-test-exhibition", and change "museum/test-exhibition" to the new id wherever other files name it (links, before, after, tour stops)',
    ]);
  });
});
