/**
 * A small WebVTT reader: enough of https://www.w3.org/TR/webvtt1/ for narration captions (cue
 * timings and text; cue settings are accepted and ignored). Problems carry a line number so
 * that media:check can point staff at them.
 */

import type { StaffText } from './contentProblem.ts';

export interface CaptionCue {
  readonly startSeconds: number;
  readonly endSeconds: number;
  readonly text: string;
}

export interface WebVttProblem {
  readonly line: number;
  /** What is wrong, for staff, in every staff language. */
  readonly staffMessage: StaffText;
  /** The same in English (staffMessage.en), for the kiosk's own log. */
  readonly message: string;
}

function problemAt(line: number, staffMessage: StaffText): WebVttProblem {
  return { line, staffMessage, message: staffMessage.en };
}

export interface ParsedWebVtt {
  readonly cues: readonly CaptionCue[];
  /** The 1-based line of each cue's timing (`00:00.000 --> ...`), in the order of `cues`, for messages that point at a cue. */
  readonly cueLines: readonly number[];
  readonly problems: readonly WebVttProblem[];
}

const TIMESTAMP = /^(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})$/;

function parseTimestamp(text: string): number | null {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return null;
  const [, hours = '0', minutes = '0', seconds = '0', milliseconds = '0'] = match;
  if (Number(minutes) > 59 || Number(seconds) > 59) return null;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(milliseconds) / 1000;
}

export function parseWebVtt(source: string): ParsedWebVtt {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: WebVttProblem[] = [];
  const cues: CaptionCue[] = [];
  const cueLines: number[] = [];
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    problems.push(problemAt(1, { 'zh-Hans': '第一行必须是“WEBVTT”', en: 'the first line must be "WEBVTT"' }));
    return { cues, cueLines, problems };
  }
  let index = 1;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      index += 1;
      continue;
    }
    if (/^(NOTE|STYLE|REGION)\b/.test(line)) {
      while (index < lines.length && (lines[index] ?? '').trim() !== '') index += 1;
      continue;
    }
    let timingLineIndex = index;
    if (!line.includes('-->')) timingLineIndex = index + 1; // the line before the timing is a cue id
    const timingLine = lines[timingLineIndex] ?? '';
    const arrow = timingLine.indexOf('-->');
    if (arrow < 0) {
      // After a cue id the timing belongs on the next line: point at that line when there is one.
      const lineLooksLikeTiming = /^\s*(\d+:)?\d+:\d/.test(line);
      const wrongIndex = lineLooksLikeTiming || timingLine.trim() === '' ? index : timingLineIndex;
      const wrongLine = lines[wrongIndex] ?? '';
      problems.push(problemAt(wrongIndex + 1, {
        'zh-Hans': `这里应该是一行字幕时间，例如“00:00.000 --> 00:04.000”，现在写的是“${wrongLine}”`,
        en: `expected a cue timing like "00:00.000 --> 00:04.000", found "${wrongLine}"`,
      }));
      while (index < lines.length && (lines[index] ?? '').trim() !== '') index += 1;
      continue;
    }
    const start = parseTimestamp(timingLine.slice(0, arrow));
    const end = parseTimestamp((timingLine.slice(arrow + 3).trim().split(/\s+/)[0]) ?? '');
    const textLines: string[] = [];
    index = timingLineIndex + 1;
    while (index < lines.length && (lines[index] ?? '').trim() !== '') {
      textLines.push(lines[index] ?? '');
      index += 1;
    }
    if (start === null || end === null) {
      problems.push(problemAt(timingLineIndex + 1, {
        'zh-Hans': `“${timingLine}”不是有效的字幕时间（时间要写成 mm:ss.ttt 或 hh:mm:ss.ttt，例如 00:04.500）`,
        en: `"${timingLine}" is not a valid cue timing (use mm:ss.ttt or hh:mm:ss.ttt)`,
      }));
      continue;
    }
    if (end <= start) {
      problems.push(problemAt(timingLineIndex + 1, {
        'zh-Hans': `这条字幕的结束时间（${end} 秒）早于开始时间（${start} 秒）`,
        en: `the cue ends (${end}s) before it starts (${start}s)`,
      }));
      continue;
    }
    const previous = cues[cues.length - 1];
    if (previous && start < previous.startSeconds) {
      problems.push(problemAt(timingLineIndex + 1, {
        'zh-Hans': '字幕必须按时间先后排列，这一条比上一条开始得还早',
        en: 'cues must be in time order; this one starts before the previous one',
      }));
    }
    if (textLines.length === 0) {
      problems.push(problemAt(timingLineIndex + 1, { 'zh-Hans': '这条字幕没有文字', en: 'the cue has no text' }));
      continue;
    }
    cues.push({ startSeconds: start, endSeconds: end, text: textLines.join('\n') });
    cueLines.push(timingLineIndex + 1);
  }
  if (cues.length === 0 && problems.length === 0) problems.push(problemAt(1, { 'zh-Hans': '文件里一条字幕也没有', en: 'the file has no cues' }));
  return { cues, cueLines, problems };
}

/** The cue showing at a time, or -1: the last cue whose span contains the time. */
export function cueIndexAt(cues: readonly CaptionCue[], seconds: number): number {
  for (let index = cues.length - 1; index >= 0; index -= 1) {
    const cue = cues[index];
    if (cue && seconds >= cue.startSeconds && seconds < cue.endSeconds) return index;
  }
  return -1;
}
