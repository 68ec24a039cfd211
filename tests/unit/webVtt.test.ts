import { describe, expect, it } from 'vitest';
import { cueIndexAt, parseWebVtt } from '../../src/contentModel/webVtt.ts';

describe('parseWebVtt', () => {
  it('reads cues with and without ids and hours', () => {
    const parsed = parseWebVtt('WEBVTT\n\n1\n00:00.000 --> 00:02.500\n第一句。\n\n01:00:02.500 --> 01:00:05.000 align:start\nSecond line\nwraps\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.cues).toEqual([
      { startSeconds: 0, endSeconds: 2.5, text: '第一句。' },
      { startSeconds: 3602.5, endSeconds: 3605, text: 'Second line\nwraps' },
    ]);
  });

  it('names the line of each problem', () => {
    const parsed = parseWebVtt('WEBVTT\n\n00:05.000 --> 00:02.000\nbackwards\n\n00:06.000 -> 00:07.000\nbad arrow\n');
    expect(parsed.problems.map((problem) => problem.line)).toEqual([3, 6]);
    // A cue id followed by a mistyped timing: the timing's own line is named, and quoted.
    const afterId = parseWebVtt('WEBVTT\n\n1\n00:00.000 --> 00:02.000\na\n\n2\n00:02.000 -> 00:04.000\nb\n');
    expect(afterId.problems.map((problem) => [problem.line, problem.message])).toEqual([[8, 'expected a cue timing like "00:00.000 --> 00:04.000", found "00:02.000 -> 00:04.000"']]);
    expect(parseWebVtt('hello').problems[0]?.message).toContain('WEBVTT');
  });

  it('finds the cue showing at a time', () => {
    const { cues } = parseWebVtt('WEBVTT\n\n00:00.000 --> 00:02.000\na\n\n00:02.000 --> 00:04.000\nb\n');
    expect(cueIndexAt(cues, 0.5)).toBe(0);
    expect(cueIndexAt(cues, 2)).toBe(1);
    expect(cueIndexAt(cues, 9)).toBe(-1);
  });
});
