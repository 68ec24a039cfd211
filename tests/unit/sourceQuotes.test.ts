/** A source key typed between Chinese or curly quotes is named as a key, not shown to visitors as the citation. */
import { afterEach, describe, expect, it } from 'vitest';
import { mediaFolder } from '../../src/contentBuild/mediaFolder.ts';
import { validateMedia, type MediaValidation } from '../../src/contentBuild/validateMedia.ts';
import { formatProblem } from '../../src/contentModel/contentProblem.ts';
import { copyStarterMedia, lineContaining, type MediaCopy } from '../support/mediaCopy.ts';

const validate = (root: string): MediaValidation => validateMedia(mediaFolder(root), { mediaUrl: (file) => `/media/${file}` });
const SALUTE = 'timeline/museum/2019-salute-to-the-republic/event.yaml';

let copy: MediaCopy | null = null;
afterEach(() => {
  copy?.dispose();
  copy = null;
});

describe('a source key in Chinese quotes', () => {
  it.each(['“article”', '「article」', '‘article’', '＂article＂'])('%s is named, with the key to write', (quoted) => {
    copy = copyStarterMedia();
    copy.replace(SALUTE, 'source: article', `source: ${quoted}`);
    const validation = validate(copy.root);
    const line = lineContaining(copy.read(SALUTE), 'source:');
    expect(validation.problems.map((problem) => [formatProblem(problem, 'zh-Hans'), formatProblem(problem, 'en')])).toEqual([[
      `media/${SALUTE}:${line}: 错误：来源键被中文引号包住（写的是 ${quoted}），触摸屏会把引号连同“article”一起当作来源原样显示给观众。修改方法：去掉引号，只写 article，例如“source: article”`,
      `media/${SALUTE}:${line}: error: the source key is wrapped in Chinese or curly quotes (${quoted}), so the kiosk would show the quotes and "article" to visitors as the citation. Fix: remove the quotes and write the key alone, as in "source: article"`,
    ]]);
    // Never shown to visitors as a citation.
    const event = validation.bundle.events.find((candidate) => candidate.id === 'museum/2019-salute-to-the-republic');
    expect(JSON.stringify(event?.sources ?? [])).not.toContain(quoted);
  });

  it('in a list, names the entry\'s own line, and a key not in sources.yaml is to be added there', () => {
    copy = copyStarterMedia();
    copy.replace(SALUTE, 'source: article', 'source:\n  - public\n  - “archive”');
    const line = lineContaining(copy.read(SALUTE), '“archive”');
    const [problem] = validate(copy.root).problems;
    expect(problem && [formatProblem(problem, 'zh-Hans'), formatProblem(problem, 'en')]).toEqual([
      `media/${SALUTE}:${line}: 错误：来源键被中文引号包住（写的是 “archive”），触摸屏会把引号连同“archive”一起当作来源原样显示给观众。修改方法：去掉引号，只写 archive，并在 media/sources.yaml 里加上 archive 和它的完整出处`,
      `media/${SALUTE}:${line}: error: the source key is wrapped in Chinese or curly quotes (“archive”), so the kiosk would show the quotes and "archive" to visitors as the citation. Fix: remove the quotes and write the key alone, and add archive with its citation to media/sources.yaml`,
    ]);
  });

  it('leaves a quoted sentence, which is a citation written out, alone', () => {
    copy = copyStarterMedia();
    copy.replace(SALUTE, 'source: article', 'source: “人民日报”2019年10月1日');
    expect(validate(copy.root).problems).toEqual([]);
  });
});
