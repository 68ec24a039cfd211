/**
 * The captions of one narration in one language: the WebVTT file when it can be read, else the
 * narration's text line by line, untimed, so that visitors always have something to read.
 */
import type { StaffLog } from '../app/StaffLog.ts';
import { parseWebVtt, type CaptionCue } from '../contentModel/webVtt.ts';

export interface NarrationCaptions {
  readonly cues: readonly CaptionCue[];
  /** True when the cues come from the narration text because no caption file could be read. */
  readonly untimed: boolean;
}

/** Resolves with a file's text; rejects with a reason staff can act on. */
export type ReadTextFile = (url: string) => Promise<string>;

export const readTextWithFetch: ReadTextFile = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
};

function untimedCues(text: string): CaptionCue[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ startSeconds: 0, endSeconds: 0, text: line }));
}

/** Never rejects: a caption file that cannot be read is logged for staff and replaced by the text. */
export async function loadNarrationCaptions(
  captionsUrl: string | null,
  narrationText: string,
  readText: ReadTextFile,
  staffLog: StaffLog,
): Promise<NarrationCaptions> {
  const fallback: NarrationCaptions = { cues: untimedCues(narrationText), untimed: true };
  if (!captionsUrl) return fallback;
  try {
    const parsed = parseWebVtt(await readText(captionsUrl));
    if (parsed.cues.length === 0) throw new Error(parsed.problems[0]?.message ?? 'no cues');
    return { cues: parsed.cues, untimed: false };
  } catch (error) {
    staffLog.record('narration', `captions ${captionsUrl} could not be read (${error instanceof Error ? error.message : String(error)}); showing the narration text instead`);
    return fallback;
  }
}
