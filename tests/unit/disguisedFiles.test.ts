/**
 * A document or archive saved under a picture's or a recording's name is named for what it is,
 * from its first bytes, in the staff's language, with no decoding library's English in it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkMediaFolder } from '../../src/contentBuild/checkMediaFolder.ts';
import { sniffFileKind } from '../../src/contentBuild/fileKind.ts';
import { formatProblem } from '../../src/contentModel/contentProblem.ts';
import { copyStarterMedia, type MediaCopy } from '../support/mediaCopy.ts';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
/** A ZIP's first local header, naming the entry as Word writes a .docx. */
const zipWith = (entry: string): Buffer =>
  Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), Buffer.alloc(16), Buffer.from(entry, 'latin1'), Buffer.alloc(64)]);
const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('WordDocument', 'utf16le')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);

let copy: MediaCopy | null = null;
afterEach(() => {
  copy?.dispose();
  copy = null;
});

describe('sniffFileKind', () => {
  it('tells documents, archives, pictures and recordings apart by their first bytes', () => {
    expect(sniffFileKind(PDF)).toBe('pdf');
    expect(sniffFileKind(zipWith('word/document.xml'))).toBe('docx');
    expect(sniffFileKind(zipWith('xl/workbook.xml'))).toBe('xlsx');
    expect(sniffFileKind(zipWith('photos/1.jpg'))).toBe('zip');
    expect(sniffFileKind(OLE)).toBe('doc');
    expect(sniffFileKind(PNG)).toBe('png');
    expect(sniffFileKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffFileKind(Buffer.from('ID3\u0004\u0000'))).toBe('mp3');
    expect(sniffFileKind(Buffer.from('<!DOCTYPE html><html></html>'))).toBe('html');
    expect(sniffFileKind(Buffer.from('备注：照片稍后补上\n'))).toBe('text');
    expect(sniffFileKind(Buffer.from([0x00, 0x01, 0x02, 0x03]))).toBeNull();
  });
});

describe('a file that is not what its name says', () => {
  const EVENT = 'timeline/museum/2009-new-museum-opens';
  const withImage = (file: string): string => `image:\n  file: ${file}\n  alt:\n    zh-Hans: 展厅照片\n    en: A photograph of the hall\n`;

  it('a PDF or a Word document renamed .jpg is named as one, in both staff languages', async () => {
    copy = copyStarterMedia();
    writeFileSync(join(copy.root, EVENT, 'photo.jpg'), PDF);
    copy.write(`${EVENT}/event.yaml`, `${copy.read(`${EVENT}/event.yaml`)}${withImage('photo.jpg')}`);
    const other = 'timeline/museum/2000-phase-two-opens';
    writeFileSync(join(copy.root, other, 'photo.jpeg'), zipWith('word/document.xml'));
    copy.write(`${other}/event.yaml`, `${copy.read(`${other}/event.yaml`)}${withImage('photo.jpeg')}`);

    const validation = await checkMediaFolder(copy.root, { mediaUrl: (file) => file });
    expect(validation.problems.map((problem) => formatProblem(problem, 'zh-Hans'))).toEqual([
      `media/${other}/photo.jpeg: 错误：这个文件其实是一个 Word 文档（.docx），不是图片，只是文件名写成了 .jpeg。修改方法：用原来的程序打开它，把里面的图片导出或另存为 JPEG（例如 Word 里右键图片 > 另存为图片），放在这里，并在 yaml 的 file: 写上新文件名`,
      `media/${EVENT}/photo.jpg: 错误：这个文件其实是一个 PDF 文档，不是图片，只是文件名写成了 .jpg。修改方法：用原来的程序打开它，把里面的图片导出或另存为 JPEG（例如 Word 里右键图片 > 另存为图片），放在这里，并在 yaml 的 file: 写上新文件名`,
    ]);
    expect(validation.problems.map((problem) => formatProblem(problem, 'en'))).toEqual([
      `media/${other}/photo.jpeg: error: this file is really a Word document (.docx), not a picture; only its name says .jpeg. Fix: open it in the program it came from and export or save the picture in it as JPEG (in Word, right-click the picture > Save as Picture), put that here, and write its name in the yaml's file: line`,
      `media/${EVENT}/photo.jpg: error: this file is really a PDF document, not a picture; only its name says .jpg. Fix: open it in the program it came from and export or save the picture in it as JPEG (in Word, right-click the picture > Save as Picture), put that here, and write its name in the yaml's file: line`,
    ]);
    expect(JSON.stringify(validation.problems)).not.toMatch(/unsupported image format|Input file/);
  });

  it('a picture renamed .mp3 is named as a picture, not a recording, in both staff languages', async () => {
    copy = copyStarterMedia();
    const recording = 'panels/culture/vision/narration.en.mp3';
    writeFileSync(join(copy.root, recording), PNG);
    const validation = await checkMediaFolder(copy.root, { mediaUrl: (file) => file });
    const problems = validation.problems.filter((problem) => problem.severity === 'error');
    expect(problems.map((problem) => formatProblem(problem, 'zh-Hans'))).toEqual([
      `media/${recording}: 错误：录音无法播放：这个文件其实是一张 PNG 图片，不是录音，只是文件名写成了 .mp3。修改方法：用录音软件重新导出为 WAV 或 MP3；也可以删掉它，只显示字幕`,
    ]);
    expect(problems.map((problem) => formatProblem(problem, 'en'))).toEqual([
      `media/${recording}: error: the recording cannot be played: this file is really a PNG picture, not a recording; only its name says .mp3. Fix: export it again as WAV or MP3 from the recording software, or delete it to use captions only`,
    ]);
  });
});
