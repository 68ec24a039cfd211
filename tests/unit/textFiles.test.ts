/**
 * Text files as a Chinese Windows saves them: GBK ("ANSI") or UTF-16 instead of UTF-8, and keys
 * typed with the Chinese input method still on (a full-width colon or space). Each is named for
 * what it is, at its line, in both staff languages, instead of the parser's generic complaint.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mediaFolder } from '../../src/contentBuild/mediaFolder.ts';
import { decodeContentText } from '../../src/contentBuild/textDecoding.ts';
import { validateMedia, type MediaValidation } from '../../src/contentBuild/validateMedia.ts';
import { keyTypos } from '../../src/contentBuild/yamlTypos.ts';
import { formatProblem } from '../../src/contentModel/contentProblem.ts';
import { copyStarterMedia, lineContaining, type MediaCopy } from '../support/mediaCopy.ts';

const validate = (root: string): MediaValidation => validateMedia(mediaFolder(root), { mediaUrl: (file) => `/media/${file}` });
const both = (validation: MediaValidation): string[] =>
  validation.problems.flatMap((problem) => [formatProblem(problem, 'zh-Hans'), formatProblem(problem, 'en')]);

/** 展厅 and 照片 as GBK bytes, the way Notepad's "ANSI" saves them on a Chinese Windows. */
const GBK_HALL = Buffer.from([0xd5, 0xb9, 0xcc, 0xfc]);
const GBK_PHOTO = Buffer.from([0xd5, 0xd5, 0xc6, 0xac]);

const EVENT = 'timeline/museum/2009-new-museum-opens';

let copy: MediaCopy | null = null;
afterEach(() => {
  copy?.dispose();
  copy = null;
});

describe('decodeContentText', () => {
  it('reads UTF-8 with or without a byte order mark, and names the first line that is not UTF-8', () => {
    expect(decodeContentText(Buffer.from('\uFEFFtitle: 标题\n', 'utf8'))).toEqual({ ok: true, text: 'title: 标题\n' });
    expect(decodeContentText(Buffer.concat([Buffer.from('date: 2009\ntitle:\n  zh-Hans: '), GBK_HALL, Buffer.from('\n')])))
      .toEqual({ ok: false, encoding: 'not-utf-8', line: 3 });
    expect(decodeContentText(Buffer.from('\uFEFFtitle', 'utf16le'))).toEqual({ ok: false, encoding: 'utf-16', line: 1 });
  });
});

describe('a text file not saved as UTF-8', () => {
  it('is refused at its first unreadable line with how to save it as UTF-8, and its picture is not reported too', () => {
    copy = copyStarterMedia();
    const yamlFile = `${EVENT}/event.yaml`;
    const original = copy.read(yamlFile);
    // The title's Chinese line (the file's first) and a picture named in Chinese, as GBK; the
    // picture's name on disk is UTF-8, so beside the GBK yaml it would look garbled.
    const hallLine = lineContaining(original, 'title:') + 1;
    const lines = original.split('\n');
    writeFileSync(join(copy.root, yamlFile), Buffer.concat([
      Buffer.from(`${lines.slice(0, hallLine - 1).join('\n')}\n  zh-Hans: `), GBK_HALL,
      Buffer.from(`\n${lines.slice(hallLine).join('\n')}image:\n  file: `), GBK_PHOTO,
      Buffer.from('.jpg\n  alt:\n    zh-Hans: '), GBK_HALL, Buffer.from('\n    en: The hall\n'),
    ]));
    copy.write(`${EVENT}/照片.jpg`, 'a photograph');

    const validation = validate(copy.root);
    expect(both(validation)).toEqual([
      `media/${yamlFile}:${hallLine}: 错误：这个文件不是用 UTF-8 编码保存的（很可能存成了 GBK 或 ANSI），从这一行起的文字无法读取，所以整个文件都没有用上。修改方法：请另存为 UTF-8：在记事本里选“文件 > 另存为”，在“编码”里选 UTF-8（不要选 ANSI、GBK 或 Unicode），文件名不变，保存时选替换原文件；在 WPS 里选“文件 > 另存为”，文件类型选“纯文本”，在弹出的“文本编码”里选 UTF-8。如果另存以后中文变成了乱码，说明原来的文字已经损坏，请重新输入这几行`,
      `media/${yamlFile}:${hallLine}: error: this file is not saved as UTF-8 (most likely as GBK or ANSI), so the text from this line on cannot be read and the whole file is left out. Fix: save it again as UTF-8: in Notepad choose File > Save As, set Encoding to UTF-8 (not ANSI, GBK or Unicode), keep the file name and replace the file; in WPS choose File > Save As, file type Plain Text, and UTF-8 in the Text Encoding box that follows. If the Chinese turns into garbled characters after that, the text was already damaged: type those lines again`,
    ]);
    expect(validation.bundle.events.find((event) => event.id === 'museum/2009-new-museum-opens')).toBeUndefined();
  });

  it('is refused for a caption file saved as UTF-16 ("Unicode" in Notepad)', () => {
    copy = copyStarterMedia();
    const captions = 'panels/culture/vision/narration.zh-Hans.vtt';
    writeFileSync(join(copy.root, captions), Buffer.from(`\uFEFF${copy.read(captions)}`, 'utf16le'));
    const messages = both(validate(copy.root));
    expect(messages).toContainEqual(expect.stringMatching(new RegExp(`^media/${captions}:1: 错误：这个文件是用 UTF-16（记事本里叫“Unicode”）编码保存的，无法读取，所以整个文件都没有用上。修改方法：请另存为 UTF-8：在记事本里选“文件 > 另存为”`)));
    expect(messages).toContainEqual(expect.stringMatching(new RegExp(`^media/${captions}:1: error: this file is saved as UTF-16 \\(Notepad calls it "Unicode"\\), which cannot be read, so the whole file is left out\\. Fix: save it again as UTF-8: in Notepad`)));
    // Not also "unused" or "has no captions".
    expect(messages.filter((message) => !message.includes(captions))).toEqual([]);
  });
});

describe('a key typed with the Chinese input method', () => {
  it('names a full-width colon and a full-width space at their lines, not the parser\'s message', () => {
    copy = copyStarterMedia();
    const file = `${EVENT}/event.yaml`;
    copy.replace(file, 'summary:', 'summary：');
    copy.replace(file, '  en: The new', '\u3000\u3000en: The new');
    const text = copy.read(file);
    const colonLine = lineContaining(text, 'summary：');
    const spaceLine = lineContaining(text, '\u3000\u3000en:');
    expect(both(validate(copy.root))).toEqual([
      `media/${file}:${spaceLine}: 错误：字段名“en”里（或它前面的缩进里）有全角空格（中文输入法打出来的空格），YAML 不把它当作空格。修改方法：删掉这一行字段名前后的全角空格，缩进只用英文半角空格（先把输入法切换到英文，或者设为半角），和上下几行对齐`,
      `media/${file}:${spaceLine}: error: the field name "en" (or the indentation before it) holds a full-width space (typed with a Chinese input method), which YAML does not take for a space. Fix: delete the full-width spaces around the field name on this line and indent with ordinary spaces only (switch the input method to English or half-width first), lined up with the lines around it`,
      `media/${file}:${colonLine}: 错误：字段名“summary”后面是全角冒号“：”（中文输入法打出来的），YAML 只认英文冒号“:”。修改方法：把“：”改成英文冒号“:”，冒号后面空一个空格，例如“summary: ”（先把输入法切换到英文）`,
      `media/${file}:${colonLine}: error: the field name "summary" is followed by a full-width colon "：" (typed with a Chinese input method); YAML only knows the ASCII colon ":". Fix: replace "：" with the ASCII colon ":" and a space after it, e.g. "summary: " (switch the input method to English first)`,
    ].sort((a, b) => Number(/:(\d+):/.exec(a)?.[1]) - Number(/:(\d+):/.exec(b)?.[1])));
  });

  it('leaves full-width colons and spaces in the text itself alone', () => {
    expect(keyTypos('title:\n  zh-Hans: 时间：1949年\nbody:\n  zh-Hans: |\n    　　第一段：开头。\n    title：不是字段\n  en: Text\nsummary:\n  zh-Hans: 很长的一段\n    接着：写\n')).toEqual([]);
    expect(keyTypos('stops:\n  - stop： party/a\n  -\u3000stop: party/b\n')).toEqual([
      { line: 2, kind: 'fullWidthColon', key: 'stop' },
      { line: 3, kind: 'fullWidthSpace', key: 'stop' },
    ]);
  });
});
