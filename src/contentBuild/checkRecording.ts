/** One narration recording and its caption file: can they be played, shipped, and do they fit each other. */
import {
  extensionOf,
  MAX_RECORDING_BYTES,
  MAX_UNCOMPRESSED_RECORDING_BYTES,
  NARRATION_ENCODER,
  recordingNeedsEncoding,
} from '../contentModel/mediaFormats.ts';
import { parseWebVtt } from '../contentModel/webVtt.ts';
import type { CheckContext, CheckReport } from './checkReport.ts';
import type { AudioProbe } from './contentCheckTypes.ts';
import { staffText } from './problemCatalogue.ts';
import { readContentText } from './readContentYaml.ts';
import { generatedCaptionsAreStale, isGeneratedCaptionFile } from './starterNarration.ts';

/** Cue times are written to the millisecond: a cue starting less than half of one before the last one ends does not overlap it. */
const CUE_TIME_TOLERANCE_SECONDS = 0.0005;

/** Captions may end this much after the audio (encoders pad the last frame). */
const CAPTION_OVERRUN_TOLERANCE_SECONDS = 0.1;

const fileName = (path: string): string => path.split('/').pop() ?? '';

/** Whether the size fits what the build takes; warns when it ships uncompressed for want of the encoder. */
function fitsTheBuild(recording: string, probe: AudioProbe | undefined, context: CheckContext, report: CheckReport): boolean {
  const { narrationEncoderAvailable } = context.options;
  const bytes = context.source.sizeOf(recording);
  const megabytes = (bytes / 1024 / 1024).toFixed(1);
  const kind = extensionOf(recording).toUpperCase();
  const needsEncoding = recordingNeedsEncoding(recording, probe?.ok ? probe.bitrate : null);
  // Without the encoder an MP3 ships as it is, so it must fit the shipping limit.
  const willBeEncoded = needsEncoding && (kind === 'WAV' || narrationEncoderAvailable !== false);
  const budget = willBeEncoded ? MAX_UNCOMPRESSED_RECORDING_BYTES : MAX_RECORDING_BYTES;
  if (bytes > budget) {
    const code = willBeEncoded ? 'recording.tooLargeToEncode' : 'recording.tooLarge';
    report.error(recording, 0, staffText(code, { megabytes, limit: budget / 1024 / 1024 }),
      staffText(willBeEncoded ? 'recording.tooLargeToEncode.fix' : 'recording.tooLarge.fix'));
    return false;
  }
  if (!needsEncoding || narrationEncoderAvailable !== false) return true;
  const install = staffText('recording.installEncoder', { encoder: NARRATION_ENCODER });
  if (kind === 'WAV') {
    report.error(recording, 0, staffText('recording.wavWithoutEncoder', { encoder: NARRATION_ENCODER }), staffText('recording.wavWithoutEncoder.fix', { install }));
    return false;
  }
  report.warning(recording, 0, staffText('recording.shipsUncompressed', { kind, encoder: NARRATION_ENCODER, megabytes }), install);
  return true;
}

/** Whether the recording can be played and shipped; says why not when it cannot. */
export function checkRecording(recording: string, probe: AudioProbe | undefined, context: CheckContext, report: CheckReport): boolean {
  if (probe && !probe.ok) {
    const renamed = probe.renameTo ? `${fileName(recording).replace(/\.[^.]+$/, '')}.${probe.renameTo}` : null;
    report.error(recording, 0, staffText('recording.unplayable', { reason: probe.reason }),
      renamed ? staffText('recording.unplayable.fixRename', { renamed }) : staffText('recording.unplayable.fix'));
    // A recording that cannot be opened has said so; its size and format are beside the point.
    return false;
  }
  return fitsTheBuild(recording, probe, context, report);
}

export interface CaptionEntry {
  readonly captionFile: string;
  /** The recording the captions go with, if there is one. */
  readonly recording: string | null;
  readonly probe: AudioProbe | undefined;
  /** The narration text in the captions' language. */
  readonly text: string;
  /** The item's id, for the media:narrate command that remakes starter captions. */
  readonly owner: string;
}

export interface CheckedCaptions {
  /** The kiosk URL of the captions, or null when they cannot be used. */
  readonly url: string | null;
  /** How many cues a well-formed caption file has, and the line of each; null when it is not well formed. */
  readonly cueCount: CueCount | null;
}

export interface CueCount {
  readonly file: string;
  readonly count: number;
  /** The 1-based line of each cue's timing. */
  readonly lines: readonly number[];
}

/** Reports every cue that starts before the one above it has ended (two captions on screen at once); whether there was none. */
function hasNoOverlaps(captionFile: string, parsed: ReturnType<typeof parseWebVtt>, report: CheckReport): boolean {
  let ok = true;
  parsed.cues.forEach((cue, index) => {
    const previous = parsed.cues[index - 1];
    if (!previous || cue.startSeconds >= previous.endSeconds - CUE_TIME_TOLERANCE_SECONDS) return;
    ok = false;
    const line = parsed.cueLines[index] ?? 0;
    const previousLine = parsed.cueLines[index - 1] ?? 0;
    report.error(captionFile, line, staffText('captions.overlap', {
      line, previousLine, start: cue.startSeconds.toFixed(3), previousEnd: previous.endSeconds.toFixed(3),
    }), staffText('captions.overlap.fix', { line, previousLine }));
  });
  return ok;
}

export function checkCaptions(entry: CaptionEntry, context: CheckContext, report: CheckReport): CheckedCaptions {
  const { captionFile, recording, probe, owner } = entry;
  // Found by its name, so never also reported as unused, whatever else is wrong with it.
  report.claim(captionFile);
  const captionText = readContentText(context.source, captionFile, report);
  if (captionText === null) return { url: null, cueCount: null };
  const parsed = parseWebVtt(captionText);
  const generated = isGeneratedCaptionFile(captionText);
  for (const problem of parsed.problems) {
    report.error(captionFile, problem.line, staffText('captions.invalid', { reason: problem.staffMessage }),
      generated ? staffText('captions.invalid.fixGenerated', { owner }) : staffText('captions.invalid.fix'));
  }
  const wellFormed = parsed.problems.length === 0 && hasNoOverlaps(captionFile, parsed, report);
  if (wellFormed && generatedCaptionsAreStale(captionText, entry.text)) {
    report.warning(captionFile, 0, staffText('captions.stale'), staffText('captions.stale.fix', { owner }));
  }
  const lastCue = parsed.cues[parsed.cues.length - 1];
  let fitsAudio = true;
  if (probe?.ok && lastCue && lastCue.endSeconds > probe.durationSeconds + CAPTION_OVERRUN_TOLERANCE_SECONDS) {
    fitsAudio = false;
    const lastCueLine = captionText.split(/\r?\n/).findLastIndex((line) => line.includes('-->')) + 1;
    report.error(captionFile, lastCueLine, staffText('captions.longerThanRecording', {
      captionsEnd: lastCue.endSeconds.toFixed(2),
      recording: fileName(recording ?? ''),
      recordingLength: probe.durationSeconds.toFixed(2),
    }), staffText('captions.longerThanRecording.fix'));
  }
  if (wellFormed && fitsAudio) report.reference(captionFile);
  return {
    url: wellFormed && fitsAudio ? context.options.mediaUrl(captionFile) : null,
    cueCount: wellFormed ? { file: captionFile, count: parsed.cues.length, lines: parsed.cueLines } : null,
  };
}
