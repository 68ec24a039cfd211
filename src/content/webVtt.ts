/**
 * A small WebVTT reader: enough of https://www.w3.org/TR/webvtt1/ for narration captions (cue
 * timings and text; cue settings are accepted and ignored). Problems carry a line number so
 * that media:check can point staff at them.
 */

export interface CaptionCue {
  readonly startSeconds: number;
  readonly endSeconds: number;
  readonly text: string;
}

export interface WebVttProblem {
  readonly line: number;
  readonly message: string;
}

export interface ParsedWebVtt {
  readonly cues: readonly CaptionCue[];
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
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    problems.push({ line: 1, message: 'the first line must be "WEBVTT"' });
    return { cues, problems };
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
      problems.push({ line: index + 1, message: `expected a cue timing like "00:00.000 --> 00:04.000", found "${line}"` });
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
      problems.push({ line: timingLineIndex + 1, message: `"${timingLine}" is not a valid cue timing (use mm:ss.ttt or hh:mm:ss.ttt)` });
      continue;
    }
    if (end <= start) {
      problems.push({ line: timingLineIndex + 1, message: `the cue ends (${end}s) before it starts (${start}s)` });
      continue;
    }
    const previous = cues[cues.length - 1];
    if (previous && start < previous.startSeconds) {
      problems.push({ line: timingLineIndex + 1, message: 'cues must be in time order; this one starts before the previous one' });
    }
    if (textLines.length === 0) {
      problems.push({ line: timingLineIndex + 1, message: 'the cue has no text' });
      continue;
    }
    cues.push({ startSeconds: start, endSeconds: end, text: textLines.join('\n') });
  }
  if (cues.length === 0 && problems.length === 0) problems.push({ line: 1, message: 'the file has no cues' });
  return { cues, problems };
}

/** The cue showing at a time, or -1: the last cue whose span contains the time. */
export function cueIndexAt(cues: readonly CaptionCue[], seconds: number): number {
  for (let index = cues.length - 1; index >= 0; index -= 1) {
    const cue = cues[index];
    if (cue && seconds >= cue.startSeconds && seconds < cue.endSeconds) return index;
  }
  return -1;
}
