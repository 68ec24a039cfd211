/** Speaking sentences with espeak-ng, joining them with sox and encoding the MP3 with lame. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_TAG } from '../contentBuild/starterNarration.ts';
import {
  cueTimingsFromDurations,
  readWavInfo,
  SILENCE_LAYOUT,
  speechRunsOf,
  VOICES,
  type NarrationTimeline,
  type SilenceLayout,
  type WavInfo,
} from './narrationSpeech.ts';

export const INSTALL_HINT = 'sudo apt-get install espeak-ng lame sox';
const REQUIRED_TOOLS = ['espeak-ng', 'lame', 'sox'] as const;

/** A lame setting small enough for the precache and clear enough for one voice. */
const MP3_KILOBITS_PER_SECOND = 32;
/** Quieter than this (dBFS) counts as the silence espeak-ng leaves around each phrase. */
const SILENCE_THRESHOLD = '-50d';
/** The gap where a line switches voice (an English title inside a Chinese sentence). */
const VOICE_SWITCH_GAP_SECONDS = 0.12;

/** The tools that cannot be started (not installed or not on PATH). */
export function missingTools(): string[] {
  return REQUIRED_TOOLS.filter((tool) => {
    const result = spawnSync(tool, ['--version'], { stdio: 'ignore' });
    return result.error !== undefined;
  });
}

/** Voices this tool needs that the installed espeak-ng lacks (older versions have no pinyin voice). */
export function missingVoices(): string[] {
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

export class Synthesiser {
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
