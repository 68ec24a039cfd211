/**
 * Build-time speech for the keypad: every clip of spokenPrompts.ts, in every visitor language,
 * spoken by espeak-ng (the voices of the starter narration), trimmed and levelled by sox, joined
 * into sprites per track, panel group and voice (24 clips at most each), and encoded by lame. Kiosk Chromium on Linux
 * has no speech voices, so the words must ship as audio. Sprites are kept under
 * node_modules/.cache/kiosk-prompts by their words, voice and tool versions: a rebuild speaks
 * only what changed. Without the tools the prompts still show as captions.
 */
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ContentBundle, LanguageCode } from '../contentModel/contentTypes.ts';
import { SIMPLIFIED, toTraditional, TRADITIONAL } from '../contentBuild/traditionalChinese.ts';
import { promptTexts } from '../keypad/spokenPrompts.ts';
import { readWavInfo, speechRunsOf, VOICES } from './narrationSpeech.ts';

const runFile = promisify(execFile);

/** A prompt is one voice saying a few words: 24 kbit/s mono MP3 is clear and about 3 KB a second. */
const PROMPT_KILOBITS_PER_SECOND = 24;
/** Air before and after each clip in a sprite: more than the MP3 encoder's delay, so no clip starts clipped. */
const LEAD_SECONDS = 0.1;
const TRAIL_SECONDS = 0.15;
/** Bump when the recipe changes, so sprites made the old way are spoken again. */
const PROMPT_RECIPE = `prompt-sprite-1:mp3-${PROMPT_KILOBITS_PER_SECOND}k:pad-${LEAD_SECONDS}-${TRAIL_SECONDS}`;
/**
 * At most this many clips in one sprite: about a minute and a half of speech, some 270 KB to
 * download and 17 MB decoded, however many events a track has.
 */
const CLIPS_PER_SPRITE = 24;
/** Two sprites at a time: the build machine has two cores, and each step is a short process. */
const PARALLEL_SPRITES = 2;
/** Quieter than this (dBFS) is the silence espeak-ng leaves around what it says. */
const TRIM_SILENCE = ['silence', '1', '0.01', '-50d', 'reverse', 'silence', '1', '0.01', '-50d', 'reverse'];

export const PROMPT_TOOLS_HINT = 'sudo apt-get install espeak-ng lame sox';

/**
 * One clip: its key, language and words, and where it is said: a stretch of a sprite file (one
 * MP3 per track or panel group and voice, plus one for the interface), or null when it could not
 * be made. Sprites keep the service worker's first install to a few dozen files, not hundreds.
 */
export interface BuiltPromptClip {
  readonly language: LanguageCode;
  readonly key: string;
  readonly text: string;
  readonly path: string | null;
  readonly startMs: number;
  readonly durationMs: number;
}

export interface PromptAudioReport {
  readonly clips: readonly BuiltPromptClip[];
  /** Sprites made now, not found in the cache. */
  readonly madeNow: number;
  /** Sprite files and their bytes. */
  readonly fileCount: number;
  readonly bytes: number;
  readonly milliseconds: number;
  /** Why no audio could be made at all (tools missing), or null. */
  readonly unavailable: string | null;
  /** Sprites that failed, with the tool's words. */
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

/** One clip as a WAV: spoken, trimmed at both ends, given its air back, peak-normalised so every clip is as loud. */
async function speakToWav(text: string, language: LanguageCode, wavPath: string, stem: string): Promise<void> {
  const pieces: string[] = [];
  try {
    for (const [index, speechRun] of speechRunsOf(text, language).entries()) {
      const textFile = `${stem}-${index}.txt`;
      const wavFile = `${stem}-${index}.wav`;
      await writeFile(textFile, speechRun.text);
      await runFile('espeak-ng', ['-v', speechRun.voice.espeakVoice, '-s', String(speechRun.voice.wordsPerMinute), '-w', wavFile, '-f', textFile]);
      await rm(textFile, { force: true });
      pieces.push(wavFile);
    }
    if (pieces.length === 0) throw new Error(`nothing to say in "${text}"`);
    await runFile('sox', [...pieces, wavPath, ...TRIM_SILENCE, 'pad', String(LEAD_SECONDS), String(TRAIL_SECONDS), 'gain', '-n', '-1']);
  } finally {
    await Promise.all(pieces.map((piece) => rm(piece, { force: true })));
  }
}

/** Where each words' clip lies in its sprite, in milliseconds. */
type SpriteOffsets = Record<string, { readonly startMs: number; readonly durationMs: number }>;

/** Speaks the words one by one and joins them into one MP3, writing the offsets beside it. */
async function makeSprite(words: readonly string[], language: LanguageCode, mp3Path: string, offsetsPath: string, workFolder: string): Promise<void> {
  const stem = join(workFolder, randomUUID());
  const wavs = words.map((_, index) => `${stem}-clip${index}.wav`);
  try {
    for (const [index, text] of words.entries()) await speakToWav(text, language, wavs[index]!, `${stem}-${index}`);
    const offsets: SpriteOffsets = {};
    let startMs = 0;
    for (const [index, text] of words.entries()) {
      const durationMs = Math.round(readWavInfo(await readFile(wavs[index]!)).seconds * 1000);
      offsets[text] = { startMs, durationMs };
      startMs += durationMs;
    }
    const joined = `${stem}-sprite.wav`;
    await runFile('sox', [...wavs, joined]);
    wavs.push(joined);
    const partial = `${mp3Path}.${process.pid}.${randomUUID()}.partial`;
    await runFile('lame', ['--quiet', '-m', 'm', '--cbr', '-b', String(PROMPT_KILOBITS_PER_SECOND), '-q', '2', joined, partial]);
    await writeFile(offsetsPath, JSON.stringify(offsets));
    await rename(partial, mp3Path);
  } finally {
    await Promise.all(wavs.map((wav) => rm(wav, { force: true })));
  }
}

/** The sprite a clip goes in: its track or panel group (`title:party/1949-...` → party), or the interface's. */
function spriteGroupOf(key: string): string {
  const colon = key.indexOf(':');
  return colon < 0 ? 'interface' : key.slice(colon + 1).split('/')[0] ?? 'interface';
}

interface WantedClip {
  readonly language: LanguageCode;
  readonly key: string;
  readonly text: string;
  /** What is said: a traditional clip whose words sound as the simplified ones is said by the same clip. */
  readonly spoken: string;
  readonly voiceLanguage: LanguageCode;
}

/** Speaks every clip the kiosk may need into sprites (or finds them in the cache). */
export async function buildPromptAudio(content: ContentBundle, cacheDirectory: string): Promise<PromptAudioReport> {
  const started = performance.now();
  const simplified = promptTexts(content, SIMPLIFIED);
  const wanted: WantedClip[] = content.settings.languages.flatMap((language) =>
    [...promptTexts(content, language)].map(([key, text]) => {
      const sameWords = simplified.get(key);
      const spoken = language === TRADITIONAL && sameWords !== undefined && toTraditional(sameWords) === text ? sameWords : text;
      return { language, key, text, spoken, voiceLanguage: language.startsWith('zh') ? SIMPLIFIED : language };
    }));
  const versions = await Promise.all(['espeak-ng', 'sox', 'lame'].map(toolVersion));
  const missingVoice = wanted.find((clip) => !VOICES[clip.voiceLanguage])?.language;
  const unavailable = versions.includes(null)
    ? `espeak-ng, sox or lame is not installed (fix: ${PROMPT_TOOLS_HINT})`
    : missingVoice ? `there is no espeak-ng voice for ${missingVoice} (add one to VOICES in src/tools/narrationSpeech.ts)` : null;
  const silent = (clip: WantedClip): BuiltPromptClip => ({ language: clip.language, key: clip.key, text: clip.text, path: null, startMs: 0, durationMs: 0 });
  if (unavailable) return { clips: wanted.map(silent), madeNow: 0, fileCount: 0, bytes: 0, milliseconds: performance.now() - started, unavailable, failures: [] };

  await mkdir(cacheDirectory, { recursive: true });
  const recipe = `${PROMPT_RECIPE}:${versions.join(':')}`;
  const groups = new Map<string, { readonly voiceLanguage: LanguageCode; readonly words: string[] }>();
  const placed = new Set<string>();
  const wordsPerBase = new Map<string, number>();
  for (const clip of wanted) {
    if (placed.has(`${clip.voiceLanguage}\n${clip.spoken}`)) continue;
    placed.add(`${clip.voiceLanguage}\n${clip.spoken}`);
    // A long track is cut into several sprites: each stays a short download and a small decoded buffer.
    const base = `${clip.voiceLanguage}|${spriteGroupOf(clip.key)}`;
    const count = wordsPerBase.get(base) ?? 0;
    wordsPerBase.set(base, count + 1);
    const name = `${base}|${Math.floor(count / CLIPS_PER_SPRITE)}`;
    const group = groups.get(name) ?? { voiceLanguage: clip.voiceLanguage, words: [] };
    group.words.push(clip.spoken);
    groups.set(name, group);
  }
  const sprites = new Map<string, { readonly path: string; readonly offsets: SpriteOffsets }>();
  const failures: string[] = [];
  let madeNow = 0;
  const queue = [...groups.entries()];
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, { voiceLanguage, words }] = next;
      const hash = createHash('sha256').update(`${recipe}\n${voiceLanguage}\n${words.join('\n')}`).digest('hex').slice(0, 10);
      const path = join(cacheDirectory, `prompts.${hash}.mp3`);
      const offsetsPath = join(cacheDirectory, `prompts.${hash}.json`);
      try {
        if (!existsSync(path) || !existsSync(offsetsPath)) {
          await makeSprite(words, voiceLanguage, path, offsetsPath, cacheDirectory);
          madeNow += 1;
        }
        const offsets = JSON.parse(await readFile(offsetsPath, 'utf8')) as SpriteOffsets;
        for (const word of words) sprites.set(`${voiceLanguage}\n${word}`, { path, offsets });
      } catch (error) {
        failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_SPRITES }, worker));
  const clips = wanted.map((clip): BuiltPromptClip => {
    const sprite = sprites.get(`${clip.voiceLanguage}\n${clip.spoken}`);
    const place = sprite?.offsets[clip.spoken];
    return sprite && place ? { language: clip.language, key: clip.key, text: clip.text, path: sprite.path, ...place } : silent(clip);
  });
  const files = [...new Set(clips.flatMap((clip) => (clip.path ? [clip.path] : [])))];
  // Counted once per file the kiosk gets, after every sprite is made or found.
  const bytes = (await Promise.all(files.map(async (file) => (await stat(file)).size))).reduce((sum, size) => sum + size, 0);
  return { clips, madeNow, fileCount: files.length, bytes, milliseconds: performance.now() - started, unavailable: null, failures };
}
