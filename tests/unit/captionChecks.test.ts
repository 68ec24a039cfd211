/** Caption files that would show two sentences at once are refused, naming both cues' lines. */
import { afterEach, describe, expect, it } from 'vitest';
import { mediaFolder } from '../../src/contentBuild/mediaFolder.ts';
import { validateMedia, type MediaValidation } from '../../src/contentBuild/validateMedia.ts';
import { formatProblem } from '../../src/contentModel/contentProblem.ts';
import { parseWebVtt } from '../../src/contentModel/webVtt.ts';
import { copyStarterMedia, type MediaCopy } from '../support/mediaCopy.ts';

const validate = (root: string): MediaValidation => validateMedia(mediaFolder(root), { mediaUrl: (file) => `/media/${file}` });

let copy: MediaCopy | null = null;
afterEach(() => {
  copy?.dispose();
  copy = null;
});

describe('overlapping caption cues', () => {
  const CAPTIONS = 'panels/culture/vision/narration.zh-Hans.vtt';

  it('parseWebVtt gives the line of each cue timing', () => {
    expect(parseWebVtt('WEBVTT\n\n1\n00:00.000 --> 00:02.000\na\n\n00:02.000 --> 00:04.000\nb\n').cueLines).toEqual([4, 7]);
  });

  it('are refused, naming both cue lines, in both staff languages; cues that touch are fine', () => {
    copy = copyStarterMedia();
    copy.write(CAPTIONS, 'WEBVTT\n\n00:00.000 --> 00:02.000\n第一句。\n\n00:02.000 --> 00:05.500\n第二句。\n\n00:05.000 --> 00:07.000\n第三句。\n\n00:07.000 --> 00:08.000\n第四句。\n');
    const validation = validate(copy.root);
    const problems = validation.problems.filter((problem) => problem.file === `media/${CAPTIONS}`);
    expect(problems.map((problem) => formatProblem(problem, 'zh-Hans'))).toEqual([
      `media/${CAPTIONS}:9: 错误：这条字幕（第 9 行）和上一条（第 6 行）时间重叠：上一条到 5.500 秒才结束，这一条 5.000 秒就开始了，屏幕上会同时出现两句。修改方法：把第 6 行的结束时间改到不晚于第 9 行的开始时间，或者把第 9 行的开始时间往后移`,
    ]);
    expect(problems.map((problem) => formatProblem(problem, 'en'))).toEqual([
      `media/${CAPTIONS}:9: error: this caption (line 9) overlaps the one before it (line 6): that one ends at 5.500 s but this one starts at 5.000 s, so two sentences would show at once. Fix: make the end time on line 6 no later than the start time on line 9, or move the start on line 9 later`,
    ]);
    expect(validation.errorCount).toBe(1);
    const vision = validation.bundle.panelGroups.flatMap((group) => group.panels).find((panel) => panel.id === 'culture/vision');
    expect(vision?.narration?.captions['zh-Hans']).toBeNull();
  });
});
