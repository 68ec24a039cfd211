/**
 * Captions timed by a staff member: they play the recording and tap at the start of each
 * sentence. One sentence is one line of the narration text and one cue, as media:narrate and
 * the check count them, so the two languages stay aligned sentence by sentence.
 */
import { captionTextOf, narrationLines } from '../contentBuild/starterNarration.ts';

function timestamp(seconds: number): string {
  const milliseconds = Math.max(0, Math.round(seconds * 1000));
  const minutes = Math.floor(milliseconds / 60_000);
  const rest = milliseconds - minutes * 60_000;
  const whole = Math.floor(rest / 1000);
  return `${String(minutes).padStart(2, '0')}:${String(whole).padStart(2, '0')}.${String(rest - whole * 1000).padStart(3, '0')}`;
}

export class CaptionTimingRefused extends Error {}

/**
 * The WebVTT file for these sentence starts: each cue ends where the next begins, the last at
 * the end of the recording. Starts must rise and fall inside the recording.
 */
export function timedCaptions(narrationText: string, starts: readonly number[], durationSeconds: number): string {
  const sentences = narrationLines(narrationText);
  if (sentences.length === 0) throw new CaptionTimingRefused('the narration text is empty');
  if (starts.length !== sentences.length) throw new CaptionTimingRefused(`${sentences.length} sentences but ${starts.length} taps`);
  if (!(durationSeconds > 0)) throw new CaptionTimingRefused('the recording has no length');
  starts.forEach((start, index) => {
    const previous = index === 0 ? -Infinity : starts[index - 1] ?? 0;
    if (!Number.isFinite(start) || start < 0 || start >= durationSeconds || start <= previous) {
      throw new CaptionTimingRefused(`sentence ${index + 1} starts at ${start} s, which is not after the one before and inside the recording`);
    }
  });
  const cues = sentences.map((sentence, index) => {
    const start = starts[index] ?? 0;
    const end = starts[index + 1] ?? durationSeconds;
    return `${index + 1}\n${timestamp(start)} --> ${timestamp(end)}\n${captionTextOf(sentence)}`;
  });
  return ['WEBVTT', ...cues].join('\n\n') + '\n';
}
