/** Messages name fields as the file's lines show them, never as a dotted path that appears nowhere in the file. */
import { afterEach, describe, expect, it } from 'vitest';
import { mediaFolder } from '../../src/contentBuild/mediaFolder.ts';
import { validateMedia, type MediaValidation } from '../../src/contentBuild/validateMedia.ts';
import { writtenField } from '../../src/contentBuild/writtenField.ts';
import { formatProblem } from '../../src/contentModel/contentProblem.ts';
import { copyStarterMedia, lineContaining, type MediaCopy } from '../support/mediaCopy.ts';

const validate = (root: string): MediaValidation => validateMedia(mediaFolder(root), { mediaUrl: (file) => `/media/${file}` });
const EVENT = 'timeline/museum/1988-phase-one-opens/event.yaml';

let copy: MediaCopy | null = null;
afterEach(() => {
  copy?.dispose();
  copy = null;
});

describe('writtenField', () => {
  it('reads as the lines do, in each language', () => {
    expect(writtenField(['image', 'alt', 'en'])).toEqual({ 'zh-Hans': '“image:”下面的“alt:”下面的“en:”', en: '"en:" under "alt:" under "image:"' });
    expect(writtenField(['stops', 2, 'stop'])).toEqual({ 'zh-Hans': '“stops:”的第 3 项里的“stop:”', en: '"stop:" in item 3 of "stops:"' });
    expect(writtenField(['links', 0])).toEqual({ 'zh-Hans': '“links:”的第 1 项', en: 'item 1 of "links:"' });
    expect(writtenField([])).toEqual({ 'zh-Hans': '这个文件', en: 'the file' });
  });
});

describe('a picture without its description', () => {
  it('says to add "alt:" under "image:", with a line per language under it', () => {
    copy = copyStarterMedia();
    copy.write(EVENT, `${copy.read(EVENT)}image:\n  file: photo.jpg\n  credit: 中国科技馆\n`);
    copy.write('timeline/museum/1988-phase-one-opens/photo.jpg', 'a picture');
    const line = lineContaining(copy.read(EVENT), 'image:');
    const [problem] = validate(copy.root).problems;
    expect(problem && [formatProblem(problem, 'zh-Hans'), formatProblem(problem, 'en')]).toEqual([
      `media/${EVENT}:${line}: 错误：“image:”下面缺少“alt:”这一行。修改方法：在“image:”下面加一行“alt:”（比它多缩进两个空格），再在它下面（再多缩进两个空格）每种语言写一行，例如“zh-Hans: ……”和“en: ……”`,
      `media/${EVENT}:${line}: error: the line "alt:" under "image:" is missing. Fix: under "image:" add a line "alt:" (two spaces further in), and under it (two more spaces in) one line per language, such as "zh-Hans: …" and "en: …"`,
    ]);
  });

  it('missing one language, says under which lines to add it', () => {
    copy = copyStarterMedia();
    copy.write(EVENT, `${copy.read(EVENT)}image:\n  file: photo.jpg\n  alt:\n    zh-Hans: 一期工程\n`);
    copy.write('timeline/museum/1988-phase-one-opens/photo.jpg', 'a picture');
    const line = lineContaining(copy.read(EVENT), '  alt:');
    const [problem] = validate(copy.root).problems;
    expect(problem && [formatProblem(problem, 'zh-Hans'), formatProblem(problem, 'en')]).toEqual([
      `media/${EVENT}:${line}: 错误：“image:”下面的“alt:”缺少英文（en）文字。修改方法：在“image:”下面的“alt:”下面加一行“en: ...”（比它多缩进两个空格），写上这种语言的文字`,
      `media/${EVENT}:${line}: error: the English (en) text of "alt:" under "image:" is missing. Fix: add a line "en: ..." under "alt:" under "image:" (two spaces further in) with the text in that language`,
    ]);
  });
});
