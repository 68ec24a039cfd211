/**
 * The pure parts of making starter narration: text to sentences, sentences to voices, measured
 * durations to caption cues, cues to WebVTT, and the length of a WAV file from its header.
 */
import { captionTextOf, GENERATED_NOTE } from '../contentBuild/starterNarration.ts';

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
export interface SpeechVoice {
  readonly espeakVoice: string;
  readonly wordsPerMinute: number;
}

const MANDARIN: SpeechVoice = { espeakVoice: 'cmn-latn-pinyin', wordsPerMinute: 170 };
const ENGLISH: SpeechVoice = { espeakVoice: 'en-us', wordsPerMinute: 150 };
export const VOICES: Readonly<Record<string, SpeechVoice>> = { 'zh-Hans': MANDARIN, en: ENGLISH };

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
