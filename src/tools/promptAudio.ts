/**
 * Build-time speech for the keypad: every clip of spokenPrompts.ts, in every visitor language,
 * spoken by espeak-ng (the voices of the starter narration), trimmed and levelled by sox and
 * encoded by lame. Kiosk Chromium on Linux has no speech voices, so the words must ship as audio.
 * Clips are kept under node_modules/.cache/kiosk-prompts by words, voice and tool versions: a
 * rebuild speaks only what changed. Without the tools the prompts still show as captions.
 */
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ContentBundle, LanguageCode } from '../contentModel/contentTypes.ts';
import { promptTexts } from '../keypad/spokenPrompts.ts';
import { speechRunsOf, VOICES } from './narrationSpeech.ts';

const runFile = promisify(execFile);

/** A prompt is one voice saying a few words: 24 kbit/s mono MP3 is clear and about 3 KB a second. */
const PROMPT_KILOBITS_PER_SECOND = 24;
/** Bump when the recipe changes, so clips made the old way are spoken again. */
const PROMPT_RECIPE = `prompt-1:mp3-${PROMPT_KILOBITS_PER_SECOND}k:pad-0.05-0.15`;
/** Two clips at a time: the build machine has two cores, and each step is a short process. */
const PARALLEL_CLIPS = 2;
/** Quieter than this (dBFS) is the silence espeak-ng leaves around what it says. */
const TRIM_SILENCE = ['silence', '1', '0.01', '-50d', 'reverse', 'silence', '1', '0.01', '-50d', 'reverse'];

export const PROMPT_TOOLS_HINT = 'sudo apt-get install espeak-ng lame sox';

/** One clip on disk: its key, language, words and the MP3 in the cache (null when it could not be made). */
export interface BuiltPromptClip {
  readonly language: LanguageCode;
  readonly key: string;
  readonly text: string;
  readonly path: string | null;
}

export interface PromptAudioReport {
  readonly clips: readonly BuiltPromptClip[];
  readonly madeNow: number;
  /** Files (one per distinct words) and their bytes. */
  readonly fileCount: number;
  readonly bytes: number;
  readonly milliseconds: number;
  /** Why no audio could be made at all (tools missing), or null. */
  readonly unavailable: string | null;
  /** Clips that failed, with the tool's words. */
  readonly failures: readonly string[];
}

async function toolVersion(tool: string): Promise<string | null> {
  try {
    const { stdout } = await runFile(tool, ['--version']);
    return String(stdout).split('\n')[0]?.trim() ?? '';
  } catch {
    return null;
  }
}

async function speakClip(text: string, language: LanguageCode, path: string, workFolder: string): Promise<void> {
  const stem = join(workFolder, randomUUID());
  const pieces: string[] = [];
  try {
    for (const [index, speechRun] of speechRunsOf(text, language).entries()) {
      const textFile = `${stem}-${index}.txt`;
      const wavFile = `${stem}-${index}.wav`;
      await writeFile(textFile, speechRun.text);
      await runFile('espeak-ng', ['-v', speechRun.voice.espeakVoice, '-s', String(speechRun.voice.wordsPerMinute), '-w', wavFile, '-f', textFile]);
      pieces.push(wavFile);
    }
    if (pieces.length === 0) throw new Error(`nothing to say in "${text}"`);
    const joined = `${stem}-joined.wav`;
    // Trimmed at both ends, a breath of air added back, peak-normalised so every clip is as loud.
    await runFile('sox', [...pieces, joined, ...TRIM_SILENCE, 'pad', '0.05', '0.15', 'gain', '-n', '-1']);
    const partial = `${path}.${process.pid}.${randomUUID()}.partial`;
    await runFile('lame', ['--quiet', '-m', 'm', '--cbr', '-b', String(PROMPT_KILOBITS_PER_SECOND), '-q', '2', joined, partial]);
    await rename(partial, path);
    pieces.push(joined);
  } finally {
    await Promise.all(pieces.map((piece) => rm(piece, { force: true })));
    await Promise.all(pieces.map((piece) => rm(piece.replace(/\.wav$/, '.txt'), { force: true })));
  }
}

/** Speaks every clip the kiosk may need (or finds it in the cache). */
export async function buildPromptAudio(content: ContentBundle, cacheDirectory: string): Promise<PromptAudioReport> {
  const started = performance.now();
  const wanted = content.settings.languages.flatMap((language) =>
    [...promptTexts(content, language)].map(([key, text]) => ({ language, key, text })));
  const versions = await Promise.all(['espeak-ng', 'sox', 'lame'].map(toolVersion));
  const missingVoice = content.settings.languages.find((language) => !VOICES[language.startsWith('zh') ? 'zh-Hans' : language]);
  const unavailable = versions.includes(null)
    ? `espeak-ng, sox or lame is not installed (fix: ${PROMPT_TOOLS_HINT})`
    : missingVoice ? `there is no espeak-ng voice for ${missingVoice} (add one to VOICES in src/tools/narrationSpeech.ts)` : null;
  if (unavailable) {
    return { clips: wanted.map((clip) => ({ ...clip, path: null })), madeNow: 0, fileCount: 0, bytes: 0, milliseconds: performance.now() - started, unavailable, failures: [] };
  }
  await mkdir(cacheDirectory, { recursive: true });
  const recipe = `${PROMPT_RECIPE}:${versions.join(':')}`;
  const clips: BuiltPromptClip[] = [];
  const failures: string[] = [];
  let madeNow = 0;
  let bytes = 0;
  const counted = new Set<string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < wanted.length; index = next++) {
      const clip = wanted[index];
      if (!clip) continue;
      const voiceLanguage = clip.language.startsWith('zh') ? 'zh-Hans' : clip.language;
      const hash = createHash('sha256').update(`${recipe}\n${voiceLanguage}\n${clip.text}`).digest('hex').slice(0, 10);
      const path = join(cacheDirectory, `prompt.${hash}.mp3`);
      try {
        if (!existsSync(path)) {
          await speakClip(clip.text, voiceLanguage, path, cacheDirectory);
          madeNow += 1;
        }
        if (!counted.has(path)) {
          counted.add(path);
          bytes += (await stat(path)).size;
        }
        clips[index] = { ...clip, path };
      } catch (error) {
        failures.push(`${clip.language} ${clip.key}: ${error instanceof Error ? error.message : String(error)}`);
        clips[index] = { ...clip, path: null };
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_CLIPS }, worker));
  return { clips, madeNow, fileCount: counted.size, bytes, milliseconds: performance.now() - started, unavailable: null, failures };
}
