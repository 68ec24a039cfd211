/**
 * npm run media:narrate [-- --media <folder>] [--force] [--only <id-prefix>]
 *
 * Starter narration: for every event and panel whose yaml has `narration.text`, and every
 * language in kiosk.yaml, speaks the text with espeak-ng and writes `narration.<lang>.mp3` with
 * `narration.<lang>.vtt` beside the yaml, so the kiosk can play something before the
 * professional recordings arrive.
 *
 * - Sentence by sentence: one line of the text is one sentence and one caption cue, and each cue
 *   is timed from the measured length of that sentence's audio, so captions are exact.
 * - A recording or caption file that already exists is never replaced unless --force is given,
 *   and even then only a starter recording this tool made (its captions carry GENERATED_NOTE):
 *   a professional recording is never overwritten. --only limits the run to ids starting
 *   with a prefix (for example `party/1949` or `culture/`); it may be repeated.
 * - MP3, not Opus: Opus served offline from the service worker's precache reports its duration
 *   as Infinity in Chromium, which breaks the progress bar and the idle hold.
 *
 * Exit codes: 0 done, 1 something needs attention (listed), 2 espeak-ng, lame or sox is missing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mediaFolder } from '../contentBuild/mediaFolder.ts';
import { AUDIO_EXTENSIONS } from '../contentModel/mediaFormats.ts';
import {
  captionTextOf,
  GENERATED_NOTE,
  GENERATED_TAG,
  generatedCaptionsAreStale,
  isGeneratedRecording,
  narrationLines,
} from '../contentBuild/starterNarration.ts';
import { readYamlFile } from '../contentBuild/yamlFile.ts';


export const INSTALL_HINT = 'sudo apt-get install espeak-ng lame sox';
const REQUIRED_TOOLS = ['espeak-ng', 'lame', 'sox'] as const;

/** Silence around and between the sentences, in seconds. */
export interface SilenceLayout {
  readonly leadingSeconds: number;
  readonly pauseSeconds: number;
  readonly trailingSeconds: number;
}

/** A short breath between sentences; a little air at both ends so no decoder clips a syllable. */
export const SILENCE_LAYOUT: SilenceLayout = { leadingSeconds: 0.3, pauseSeconds: 0.35, trailingSeconds: 0.5 };

/**
 * Espeak-ng voices, checked on espeak-ng 1.51 with `espeak-ng -x` (which prints the phonemes):
 * - Mandarin uses `cmn-latn-pinyin`. It reads 中文测试 as zhong1 wen2 ce4 shi4. The plain `cmn`
 *   voice ("latin as English") turns the characters into pinyin and then reads that pinyin with
 *   its English rules (文 comes out as "wentu:", 测 as "sefo@"), which no listener understands.
 *   The price is that `cmn-latn-pinyin` would read Latin words as pinyin, so Latin words inside
 *   a Chinese line are spoken by the English voice instead (see speechRunsOf).
 * - English uses `en-us`; Chinese characters inside an English line go to the Mandarin voice,
 *   as en-us would only say "Chinese letter" for each.
 * Rates are espeak-ng's words per minute: 150 is a calm English pace; 170 gives about three
 * syllables a second in Mandarin, pauses included, which is slow and clear for a museum.
 */
interface SpeechVoice {
  readonly espeakVoice: string;
  readonly wordsPerMinute: number;
}

const MANDARIN: SpeechVoice = { espeakVoice: 'cmn-latn-pinyin', wordsPerMinute: 170 };
const ENGLISH: SpeechVoice = { espeakVoice: 'en-us', wordsPerMinute: 150 };
const VOICES: Readonly<Record<string, SpeechVoice>> = { 'zh-Hans': MANDARIN, en: ENGLISH };

/** A lame setting small enough for the precache and clear enough for one voice. */
const MP3_KILOBITS_PER_SECOND = 32;
/** Quieter than this (dBFS) counts as the silence espeak-ng leaves around each phrase. */
const SILENCE_THRESHOLD = '-50d';
/** The gap where a line switches voice (an English title inside a Chinese sentence). */
const VOICE_SWITCH_GAP_SECONDS = 0.12;

// ---------------------------------------------------------------------------------------------
// Pure parts: text to sentences, sentences to voices, durations to cues, cues to WebVTT.


export interface SpeechRun {
  readonly voice: SpeechVoice;
  readonly text: string;
}

const LATIN_PHRASE = /\p{Script=Latin}+(?:[\s'’.&-]+\p{Script=Latin}+)*/gu;
const HAN_PHRASE = /\p{Script=Han}+(?:[\s·]*\p{Script=Han}+)*/gu;
const SPEAKABLE = /[\p{L}\p{N}]/u;
const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese says years digit by digit (一九四九年); espeak-ng would say 一千九百四十九年. */
export function mandarinSpeechText(text: string): string {
  return text.replace(/\d{4}(?=\s*年)/g, (year) => [...year].map((digit) => CHINESE_DIGITS[Number(digit)] ?? digit).join(''));
}

/**
 * Splits one sentence into pieces for each voice: the language's own voice, except phrases in
 * the other script (Latin words in Chinese, Chinese characters in English). Pieces with nothing
 * to say (punctuation, spaces) are dropped: the silence between pieces is added anyway.
 */
export function speechRunsOf(sentence: string, language: string): SpeechRun[] {
  const ownVoice = VOICES[language];
  if (!ownVoice) throw new Error(`there is no espeak-ng voice for the language "${language}"; add one to VOICES in src/tools/narrate.ts`);
  const isMandarin = ownVoice === MANDARIN;
  const foreignPhrase = isMandarin ? LATIN_PHRASE : HAN_PHRASE;
  const foreignVoice = isMandarin ? ENGLISH : MANDARIN;
  const spoken = (voice: SpeechVoice, text: string): SpeechRun => ({ voice, text: voice === MANDARIN ? mandarinSpeechText(text) : text });
  const runs: SpeechRun[] = [];
  let position = 0;
  for (const match of sentence.matchAll(foreignPhrase)) {
    runs.push(spoken(ownVoice, sentence.slice(position, match.index)));
    runs.push(spoken(foreignVoice, match[0]));
    position = match.index + match[0].length;
  }
  runs.push(spoken(ownVoice, sentence.slice(position)));
  return runs.map((run) => ({ ...run, text: run.text.trim() })).filter((run) => SPEAKABLE.test(run.text));
}

export interface CueTiming {
  readonly startSeconds: number;
  readonly endSeconds: number;
}

export interface NarrationTimeline {
  readonly cues: readonly CueTiming[];
  readonly totalSeconds: number;
}

/**
 * Where each sentence sits in the joined recording: leading silence, the sentences with a pause
 * between them, trailing silence. Cues are contiguous so the caption never blinks out during a
 * pause: the first starts at 0, each runs until the next sentence starts, and the last ends
 * where its sentence's audio ends (before the trailing silence).
 */
export function cueTimingsFromDurations(sentenceSeconds: readonly number[], layout: SilenceLayout = SILENCE_LAYOUT): NarrationTimeline {
  const speechStarts: number[] = [];
  let position = layout.leadingSeconds;
  sentenceSeconds.forEach((seconds, index) => {
    if (!(seconds > 0)) throw new Error(`sentence ${index + 1} has no audio (${seconds} s)`);
    if (index > 0) position += layout.pauseSeconds;
    speechStarts.push(position);
    position += seconds;
  });
  const speechEnd = position;
  const cues = speechStarts.map((start, index) => ({
    startSeconds: index === 0 ? 0 : start,
    endSeconds: speechStarts[index + 1] ?? speechEnd,
  }));
  return { cues, totalSeconds: speechEnd + layout.trailingSeconds };
}

/** `mm:ss.ttt`, or `hh:mm:ss.ttt` from an hour on, as WebVTT wants. */
export function formatVttTimestamp(seconds: number): string {
  const totalMilliseconds = Math.round(seconds * 1000);
  const hours = Math.floor(totalMilliseconds / 3_600_000);
  const minutes = Math.floor(totalMilliseconds / 60_000) % 60;
  const wholeSeconds = Math.floor(totalMilliseconds / 1000) % 60;
  const milliseconds = totalMilliseconds % 1000;
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  const minutesAndSeconds = `${pad(minutes, 2)}:${pad(wholeSeconds, 2)}.${pad(milliseconds, 3)}`;
  return hours > 0 ? `${pad(hours, 2)}:${minutesAndSeconds}` : minutesAndSeconds;
}

/** The caption file: the generated-by NOTE, then one numbered cue per sentence. */
export function buildWebVtt(sentences: readonly string[], cues: readonly CueTiming[]): string {
  if (sentences.length !== cues.length) throw new Error(`${sentences.length} sentences but ${cues.length} cue timings`);
  const blocks = cues.map((cue, index) => {
    // "-->" would end the cue text early in any WebVTT reader.
    const text = captionTextOf(sentences[index] ?? '');
    return `${index + 1}\n${formatVttTimestamp(cue.startSeconds)} --> ${formatVttTimestamp(cue.endSeconds)}\n${text}`;
  });
  return ['WEBVTT', `NOTE ${GENERATED_NOTE}`, ...blocks].join('\n\n') + '\n';
}

export interface WavInfo {
  readonly sampleRate: number;
  readonly channels: number;
  readonly bitsPerSample: number;
  readonly frameCount: number;
  readonly seconds: number;
}

/** Reads the length of a PCM WAV file from its header: exact to the sample. */
export function readWavInfo(bytes: Uint8Array): WavInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fourCharacters = (offset: number): string => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.byteLength < 12 || fourCharacters(0) !== 'RIFF' || fourCharacters(8) !== 'WAVE') throw new Error('not a WAV file');
  let format: { sampleRate: number; channels: number; bitsPerSample: number } | null = null;
  let offset = 12;
  while (offset + 8 <= bytes.byteLength) {
    const chunkId = fourCharacters(offset);
    const chunkSize = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (chunkId === 'fmt ' && body + 16 <= bytes.byteLength) {
      format = { channels: view.getUint16(body + 2, true), sampleRate: view.getUint32(body + 4, true), bitsPerSample: view.getUint16(body + 14, true) };
    } else if (chunkId === 'data') {
      if (!format || format.sampleRate === 0 || format.channels === 0 || format.bitsPerSample === 0) throw new Error('the WAV file has no usable format chunk before its data');
      // A writer that streams leaves the size unset or too large; the bytes present are the truth.
      const available = bytes.byteLength - body;
      const dataBytes = chunkSize === 0 || chunkSize > available ? available : chunkSize;
      const frameCount = Math.floor(dataBytes / (format.channels * (format.bitsPerSample / 8)));
      return { ...format, frameCount, seconds: frameCount / format.sampleRate };
    }
    offset = body + chunkSize + (chunkSize % 2);
  }
  throw new Error('the WAV file has no data chunk');
}

// ---------------------------------------------------------------------------------------------
// Finding the narrated items.

export interface NarratedItem {
  /** `<track>/<event-id>` or `<group>/<panel-id>`, as elsewhere in the kiosk. */
  readonly id: string;
  /** The item's folder relative to the media root, e.g. `timeline/party/1949-prc-founded`. */
  readonly folder: string;
  readonly yamlFile: string;
  readonly text: Readonly<Record<string, unknown>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ITEM_YAML = /^(?:timeline\/([^/]+)\/([^/]+)\/event\.yaml|panels\/([^/]+)\/([^/]+)\/panel\.yaml)$/;

// ---------------------------------------------------------------------------------------------
// Running the tools.

/** The tools that cannot be started (not installed or not on PATH). */
export function missingTools(): string[] {
  return REQUIRED_TOOLS.filter((tool) => {
    const result = spawnSync(tool, ['--version'], { stdio: 'ignore' });
    return result.error !== undefined;
  });
}

/** Voices this tool needs that the installed espeak-ng lacks (older versions have no pinyin voice). */
function missingVoices(): string[] {
  const listing = spawnSync('espeak-ng', ['--voices'], { encoding: 'utf8' }).stdout ?? '';
  const installed = new Set(listing.split('\n').map((line) => line.trim().split(/\s+/)[1] ?? '').filter((name) => name !== ''));
  return [...new Set(Object.values(VOICES).map((voice) => voice.espeakVoice))].filter((name) => !installed.has(name));
}

function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${command} could not be started: ${result.error.message}`);
  if (result.status !== 0) {
    const detail = result.stderr.trim().split('\n').slice(-3).join(' ');
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}): ${detail}`);
  }
}

function wavInfoOf(path: string): WavInfo {
  return readWavInfo(readFileSync(path));
}

/** Cuts away the silence espeak-ng puts before and after a phrase, so the pauses are ours. */
const TRIM_SILENCE = ['silence', '1', '0.01', SILENCE_THRESHOLD, 'reverse', 'silence', '1', '0.01', SILENCE_THRESHOLD, 'reverse'];

class Synthesiser {
  private fileNumber = 0;
  private readonly silences = new Map<string, string>();

  constructor(private readonly workFolder: string) {}

  private nextPath(name: string): string {
    this.fileNumber += 1;
    return join(this.workFolder, `${this.fileNumber}-${name}`);
  }

  /** A silent WAV of about `seconds`, matching the speech's sample rate; made once per length. */
  silence(seconds: number, sampleRate: number): string {
    const key = `${seconds}@${sampleRate}`;
    const existing = this.silences.get(key);
    if (existing) return existing;
    const path = this.nextPath('silence.wav');
    run('sox', ['-n', '-r', String(sampleRate), '-c', '1', '-b', '16', path, 'trim', '0', String(seconds)]);
    this.silences.set(key, path);
    return path;
  }

  /** One sentence as a WAV with no silence at either end. */
  sentence(text: string, language: string): { path: string; info: WavInfo } {
    const pieces: string[] = [];
    for (const speechRun of speechRunsOf(text, language)) {
      const textFile = this.nextPath('text.txt');
      const spokenFile = this.nextPath('spoken.wav');
      const trimmedFile = this.nextPath('trimmed.wav');
      writeFileSync(textFile, speechRun.text);
      run('espeak-ng', ['-v', speechRun.voice.espeakVoice, '-s', String(speechRun.voice.wordsPerMinute), '-z', '-w', spokenFile, '-f', textFile]);
      run('sox', [spokenFile, trimmedFile, ...TRIM_SILENCE]);
      if (wavInfoOf(trimmedFile).frameCount > 0) pieces.push(trimmedFile);
    }
    const first = pieces[0];
    if (!first) throw new Error(`espeak-ng said nothing for "${text}"`);
    if (pieces.length === 1) return { path: first, info: wavInfoOf(first) };
    const gap = this.silence(VOICE_SWITCH_GAP_SECONDS, wavInfoOf(first).sampleRate);
    const joined = this.nextPath('sentence.wav');
    run('sox', [...pieces.flatMap((piece, index) => (index === 0 ? [piece] : [gap, piece])), joined]);
    return { path: joined, info: wavInfoOf(joined) };
  }

  /** Speaks the sentences, joins them with the pauses, and encodes the MP3; returns the cue timings. */
  narration(sentences: readonly string[], language: string, mp3Path: string, title: string): NarrationTimeline {
    const spoken = sentences.map((sentence) => this.sentence(sentence, language));
    const sampleRate = spoken[0]?.info.sampleRate ?? 22_050;
    if (spoken.some(({ info }) => info.sampleRate !== sampleRate || info.channels !== 1)) {
      throw new Error('espeak-ng produced audio in different formats; cannot join it exactly');
    }
    const leading = this.silence(SILENCE_LAYOUT.leadingSeconds, sampleRate);
    const pause = this.silence(SILENCE_LAYOUT.pauseSeconds, sampleRate);
    const trailing = this.silence(SILENCE_LAYOUT.trailingSeconds, sampleRate);
    // The layout as actually written (whole samples), so the cues match the file to the sample.
    const measuredLayout: SilenceLayout = {
      leadingSeconds: wavInfoOf(leading).seconds,
      pauseSeconds: wavInfoOf(pause).seconds,
      trailingSeconds: wavInfoOf(trailing).seconds,
    };
    const timeline = cueTimingsFromDurations(spoken.map(({ info }) => info.seconds), measuredLayout);

    const joined = this.nextPath('narration.wav');
    const inputs = [leading, ...spoken.flatMap(({ path }, index) => (index === 0 ? [path] : [pause, path])), trailing];
    // Peak-normalise so both languages play equally loud under the kiosk's volume cap.
    run('sox', [...inputs, joined, 'gain', '-n', '-1']);
    const joinedSeconds = wavInfoOf(joined).seconds;
    if (Math.abs(joinedSeconds - timeline.totalSeconds) > 1 / sampleRate) {
      throw new Error(`the joined audio is ${joinedSeconds} s but the parts add up to ${timeline.totalSeconds} s`);
    }
    const encoded = this.nextPath('narration.mp3');
    run('lame', [
      '--quiet', '-m', 'm', '--cbr', '-b', String(MP3_KILOBITS_PER_SECOND), '-q', '2',
      '--id3v2-only', '--tt', title, '--tc', GENERATED_TAG,
      joined, encoded,
    ]);
    copyFileSync(encoded, mp3Path);
    return timeline;
  }
}

// ---------------------------------------------------------------------------------------------
// The run.

export interface NarrateOptions {
  readonly mediaRoot: string;
  readonly force: boolean;
  /** Only items whose id (or folder under media/) starts with one of these; all when empty. */
  readonly onlyPrefixes: readonly string[];
  /** Where progress lines go; silent when omitted. */
  readonly log?: (line: string) => void;
}

export interface NarrateReport {
  /** Files written, relative to the media root. */
  readonly written: string[];
  writtenBytes: number;
  /** Language versions left alone because a recording (or staff captions) already exists. */
  skipped: number;
  /** Seconds of each written recording, by language. */
  readonly secondsByLanguage: Record<string, number[]>;
  /** Things staff must fix; the command exits 1 when there are any. */
  readonly problems: string[];
  /** Things worth knowing that need no fix. */
  readonly notes: string[];
  /** How many narrated items matched --only. */
  readonly itemCount: number;
}

function languagesOf(source: ReturnType<typeof mediaFolder>): string[] {
  const kiosk = readYamlFile(source.readText('kiosk.yaml'));
  const languages = isRecord(kiosk.value) ? kiosk.value.languages : undefined;
  if (!Array.isArray(languages) || languages.length === 0 || !languages.every((language) => typeof language === 'string')) {
    throw new Error('kiosk.yaml has no readable "languages" list; run npm run media:check to see why');
  }
  return languages;
}

function narratedItems(source: ReturnType<typeof mediaFolder>, problems: string[]): NarratedItem[] {
  const items: NarratedItem[] = [];
  for (const file of [...source.files].sort()) {
    const match = ITEM_YAML.exec(file);
    if (!match) continue;
    const [, track, event, group, panel] = match;
    const yaml = readYamlFile(source.readText(file));
    if (yaml.syntaxErrors.length > 0) {
      problems.push(`${file}: cannot be read as YAML, so its narration was not made; run npm run media:check to see why`);
      continue;
    }
    const narration = isRecord(yaml.value) ? yaml.value.narration : undefined;
    if (narration === undefined) continue;
    if (!isRecord(narration) || !isRecord(narration.text)) {
      problems.push(`${file}: "narration" has no "text" with one entry per language; run npm run media:check to see why`);
      continue;
    }
    items.push({ id: `${track ?? group}/${event ?? panel}`, folder: file.slice(0, file.lastIndexOf('/')), yamlFile: file, text: narration.text });
  }
  return items;
}

function matchesOnly(item: NarratedItem, prefixes: readonly string[]): boolean {
  if (prefixes.length === 0) return true;
  return prefixes.some((prefix) => {
    const cleaned = prefix.replace(/^\.?\/?media\//, '');
    return item.id.startsWith(cleaned) || item.folder.startsWith(cleaned);
  });
}

interface RunContext {
  readonly options: NarrateOptions;
  readonly source: ReturnType<typeof mediaFolder>;
  /** The files under the media root before this run wrote anything. */
  readonly existing: ReadonlySet<string>;
  readonly synthesiser: Synthesiser;
  readonly report: NarrateReport;
}

/** Makes the missing starter narration under one media folder. Needs espeak-ng, lame and sox. */
export function narrateMedia(options: NarrateOptions): NarrateReport {
  const source = mediaFolder(options.mediaRoot);
  const languages = languagesOf(source);
  const problems: string[] = [];
  const items = narratedItems(source, problems).filter((item) => matchesOnly(item, options.onlyPrefixes));
  const report: NarrateReport = { written: [], writtenBytes: 0, skipped: 0, secondsByLanguage: {}, problems, notes: [], itemCount: items.length };
  const workFolder = mkdtempSync(join(tmpdir(), 'kiosk-narrate-'));
  const context: RunContext = { options, source, existing: new Set(source.files), synthesiser: new Synthesiser(workFolder), report };
  try {
    for (const item of items) {
      const sentencesByLanguage = new Map(languages.map((language) => {
        const text = item.text[language];
        return [language, typeof text === 'string' ? narrationLines(text) : []];
      }));
      const lineCounts = languages.map((language) => sentencesByLanguage.get(language)?.length ?? 0);
      if (new Set(lineCounts).size > 1) {
        report.notes.push(`${item.yamlFile}: the narration has ${lineCounts.join(' / ')} lines in ${languages.join(' / ')}; captions are matched line by line, so give every language the same number of lines`);
      }
      for (const language of languages) {
        narrateOneLanguage(context, item, language, sentencesByLanguage.get(language) ?? []);
      }
    }
  } finally {
    rmSync(workFolder, { recursive: true, force: true });
  }
  return report;
}

function narrateOneLanguage(context: RunContext, item: NarratedItem, language: string, sentences: readonly string[]): void {
  const { options, source, existing, synthesiser, report } = context;
  const base = `${item.folder}/narration.${language}`;
  const recordings = AUDIO_EXTENSIONS.map((extension) => `${base}.${extension}`).filter((file) => existing.has(file));
  const captionFile = `${base}.vtt`;
  const hasCaptions = existing.has(captionFile);
  if (!options.force && (recordings.length > 0 || hasCaptions)) {
    report.skipped += 1;
    if (recordings.length > 0 && !hasCaptions) {
      report.problems.push(`${recordings[0]}: the recording has no captions; add ${captionFile.split('/').pop() ?? ''} beside it (the recording was left alone)`);
    } else if (recordings.length === 0) {
      report.notes.push(`${captionFile}: captions without a recording were left alone; use --force --only ${item.id} to replace them with a generated recording and captions`);
    } else if (generatedCaptionsAreStale(source.readText(captionFile), sentences.join('\n'))) {
      report.notes.push(`${base}: the narration text changed since this starter narration was made; run npm run media:narrate -- --force --only ${item.id}`);
    }
    return;
  }
  // Even --force never overwrites or deletes a professional recording: only MP3s this tool tagged.
  const studioRecordings = recordings.filter((file) => !isGeneratedRecording(source.readBytes(file).subarray(0, 4096)));
  if (studioRecordings.length > 0) {
    report.skipped += 1;
    report.problems.push(`${studioRecordings.join(', ')}: a recording that was not made by this tool (a professional one) was left alone, even with --force. To replace it with a synthetic one, delete it and its captions first`);
    return;
  }
  if (sentences.length === 0) {
    report.problems.push(`${item.yamlFile}: the narration has no ${language} text, so no ${language} narration was made`);
    return;
  }
  const mp3File = `${base}.mp3`;
  try {
    const mp3Path = join(options.mediaRoot, mp3File);
    const timeline = synthesiser.narration(sentences, language, mp3Path, `${item.id} (${language})`);
    const vttText = buildWebVtt(sentences, timeline.cues);
    writeFileSync(join(options.mediaRoot, captionFile), vttText);
    // --force: a recording in another format would be played instead of the new one.
    for (const other of recordings.filter((file) => file !== mp3File)) {
      rmSync(join(options.mediaRoot, other));
      report.notes.push(`${other}: removed (--force), replaced by ${mp3File.split('/').pop() ?? ''}`);
    }
    const mp3Bytes = statSync(mp3Path).size;
    report.written.push(mp3File, captionFile);
    report.writtenBytes += mp3Bytes + Buffer.byteLength(vttText);
    (report.secondsByLanguage[language] ??= []).push(timeline.totalSeconds);
    options.log?.(`  ${mp3File}  ${timeline.totalSeconds.toFixed(1)} s, ${timeline.cues.length} cue(s), ${(mp3Bytes / 1024).toFixed(0)} KiB`);
  } catch (error) {
    report.problems.push(`${mp3File}: could not be made: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The command line.

const USAGE = 'usage: npm run media:narrate [-- --media <folder>] [--force] [--only <id-prefix>]...';

function average(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function main(): number {
  let values: { media: string; force: boolean; only: string[]; help: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        media: { type: 'string', default: 'media' },
        force: { type: 'boolean', default: false },
        only: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(USAGE);
    return 1;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }

  const missing = missingTools();
  if (missing.length > 0) {
    console.error(`media:narrate needs espeak-ng, lame and sox to make starter narration; not found: ${missing.join(', ')}.`);
    console.error(`Install them (Debian/Ubuntu): ${INSTALL_HINT}`);
    console.error('Then run the command again.');
    return 2;
  }
  const voices = missingVoices();
  if (voices.length > 0) {
    console.error(`The installed espeak-ng has no voice ${voices.join(', ')} (it needs espeak-ng 1.50 or later).`);
    console.error(`Install a newer one (Debian/Ubuntu): ${INSTALL_HINT}`);
    return 2;
  }

  const mediaRoot = resolve(values.media);
  let report: NarrateReport;
  try {
    report = narrateMedia({ mediaRoot, force: values.force, onlyPrefixes: values.only, log: (line) => console.log(line) });
  } catch (error) {
    console.error(`media:narrate could not read ${mediaRoot}: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Fix: run the command from the project folder, or pass the content folder with --media <folder>.');
    return 1;
  }

  if (values.only.length > 0 && report.itemCount === 0) {
    console.error(`No narrated event or panel has an id starting with ${values.only.join(' or ')}.`);
    return 1;
  }
  for (const note of report.notes) console.log(`note: ${note}`);
  for (const problem of report.problems) console.log(`needs attention: ${problem}`);
  const mp3Count = report.written.filter((file) => file.endsWith('.mp3')).length;
  console.log('');
  console.log(`Wrote ${report.written.length} file(s) (${mp3Count} mp3 + ${report.written.length - mp3Count} vtt), ${(report.writtenBytes / 1024).toFixed(0)} KiB in total.`);
  console.log(`Skipped ${report.skipped} already recorded (use --force to replace them).`);
  const averages = Object.entries(report.secondsByLanguage).map(([language, seconds]) => `${language} ${average(seconds).toFixed(1)} s`);
  if (averages.length > 0) console.log(`Average length: ${averages.join(', ')}.`);
  if (report.problems.length > 0) {
    console.log(`${report.problems.length} thing(s) need attention (listed above).`);
    return 1;
  }
  if (report.written.length > 0) console.log('Next: npm run media:check');
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
