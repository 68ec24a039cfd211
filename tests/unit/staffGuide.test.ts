/**
 * The Chinese staff guide's examples are what messages send staff to ("员工指南里有示例"): each
 * must pass the check as written, so that copying one never teaches a mistake.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkMediaFolder } from '../../src/contentBuild/checkMediaFolder.ts';
import { PROBLEM_CATALOGUE } from '../../src/contentBuild/problemCatalogue.ts';
import { formatProblem } from '../../src/contentModel/contentProblem.ts';
import { parseWebVtt } from '../../src/contentModel/webVtt.ts';
import { copyStarterMedia, type MediaCopy } from '../support/mediaCopy.ts';
import { writePhotograph } from '../support/testMedia.ts';

const GUIDE = readFileSync(resolve(import.meta.dirname, '../../media/README.zh-Hans.md'), 'utf8');

/** The fenced blocks of the guide after the heading that starts with `heading`. */
function blocksUnder(heading: string): string[] {
  const section = GUIDE.slice(GUIDE.indexOf(`## ${heading}`));
  const end = section.indexOf('\n## ', 3);
  return [...(end < 0 ? section : section.slice(0, end)).matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
}

let copy: MediaCopy | null = null;
afterEach(() => {
  copy?.dispose();
  copy = null;
});

describe('the Chinese staff guide', () => {
  it('describes the studio first, with the command that starts it, and the files after it', () => {
    const studio = GUIDE.indexOf('## 用内容工作室编辑（推荐）');
    expect(studio).toBeGreaterThan(0);
    expect(studio).toBeLessThan(GUIDE.indexOf('## 文件夹结构'));
    expect(GUIDE.indexOf('npm run studio', studio)).toBeLessThan(GUIDE.indexOf('## 文件夹结构'));
    expect(GUIDE).not.toContain('由工作室负责人补充');
  });

  it('has the WebVTT example the caption messages promise, and it is well formed', () => {
    expect(PROBLEM_CATALOGUE['recording.noCaptions.fix']['zh-Hans']).toContain('员工指南里有示例');
    const [vtt] = blocksUnder('讲解录音和字幕').filter((block) => block.startsWith('WEBVTT'));
    expect(vtt).toBeDefined();
    expect(parseWebVtt(vtt ?? '').problems).toEqual([]);
  });

  it('has an event, a tour and a kiosk.yaml that pass the check as written', async () => {
    copy = copyStarterMedia();
    const [event] = blocksUnder('一个事件的完整写法');
    const [tour] = blocksUnder('导览路线的写法');
    const [kiosk] = blocksUnder('设置文件');
    copy.write('timeline/museum/2023-new-hall-opens/event.yaml', event ?? '');
    await writePhotograph(join(copy.root, 'timeline/museum/2023-new-hall-opens/new-hall.jpg'), { width: 1600, height: 1200 });
    copy.write('tours/guide-example.yaml', tour ?? '');
    copy.write('kiosk.yaml', kiosk ?? '');
    const validation = await checkMediaFolder(copy.root, { mediaUrl: (file) => file });
    expect(validation.problems.map((problem) => formatProblem(problem, 'en'))).toEqual([]);
    expect(validation.bundle.events.find((item) => item.id === 'museum/2023-new-hall-opens')?.image?.alt.en).toContain('new hall');
  });
});
