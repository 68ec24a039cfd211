/**
 * media:narrate: captions timed from the measured audio, one cue per line in every language, and
 * a staff recording is never replaced, even with --force. Real synthesis runs only on a tiny
 * temporary media folder (one panel, one short line per language) and only where espeak-ng,
 * lame and sox are installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mediaFolder } from '../../src/contentBuild/mediaFolder.ts';
import { GENERATED_NOTE, GENERATED_TAG, narrationLines } from '../../src/contentBuild/starterNarration.ts';
import { parseWebVtt } from '../../src/contentModel/webVtt.ts';
import { readYamlFile } from '../../src/contentBuild/yamlFile.ts';
import { matchesOnly, narrateMedia } from '../../src/tools/narrate.ts';
import {
  buildWebVtt,
  cueTimingsFromDurations,
  formatVttTimestamp,
  mandarinSpeechText,
  readWavInfo,
  speechRunsOf,
  type SilenceLayout,
} from '../../src/tools/narrationSpeech.ts';
import { INSTALL_HINT, missingTools } from '../../src/tools/speechSynthesiser.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const STARTER_MEDIA = join(PROJECT_ROOT, 'media');
const LAYOUT: SilenceLayout = { leadingSeconds: 0.3, pauseSeconds: 0.35, trailingSeconds: 0.5 };

/** A mono 16-bit PCM WAV of `frameCount` silent samples, as espeak-ng and sox write them. */
function silentWav(frameCount: number, sampleRate: number, declaredDataBytes = frameCount * 2): Uint8Array {
  const bytes = new Uint8Array(44 + frameCount * 2);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string): void => [...text].forEach((character, index) => view.setUint8(offset + index, character.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + frameCount * 2, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, declaredDataBytes, true);
  return bytes;
}

/** Every narration text in the starter media, keyed by item folder. */
function starterNarrations(): Map<string, Record<string, string>> {
  const source = mediaFolder(STARTER_MEDIA);
  const narrations = new Map<string, Record<string, string>>();
  for (const file of source.files.filter((candidate) => /^(timeline|panels)\/[^/]+\/[^/]+\/(event|panel)\.yaml$/.test(candidate))) {
    const value = readYamlFile(source.readText(file)).value as { narration?: { text?: Record<string, string> } } | undefined;
    const text = value?.narration?.text;
    if (text) narrations.set(dirname(file), text);
  }
  return narrations;
}

describe('narrationLines', () => {
  it('takes one sentence per non-empty line, trimmed', () => {
    expect(narrationLines('第一句。\n  第二句。 \n\n第三句。\n')).toEqual(['第一句。', '第二句。', '第三句。']);
    expect(narrationLines('First.\r\nSecond.')).toEqual(['First.', 'Second.']);
  });
});

describe('cueTimingsFromDurations', () => {
  const durations = [1.25, 2.5, 0.75];
  const timeline = cueTimingsFromDurations(durations, LAYOUT);

  it('makes one cue per sentence, contiguous from 0, each sentence starting where its audio starts', () => {
    expect(timeline.cues).toHaveLength(durations.length);
    expect(timeline.cues[0]?.startSeconds).toBe(0);
    for (let index = 1; index < timeline.cues.length; index += 1) {
      expect(timeline.cues[index]?.startSeconds).toBe(timeline.cues[index - 1]?.endSeconds);
    }
    expect(timeline.cues[1]?.startSeconds).toBeCloseTo(0.3 + 1.25 + 0.35, 9);
    expect(timeline.cues[2]?.startSeconds).toBeCloseTo(0.3 + 1.25 + 0.35 + 2.5 + 0.35, 9);
  });

  it('ends the last cue with the last sentence, inside the total length', () => {
    const speechEnd = 0.3 + 1.25 + 0.35 + 2.5 + 0.35 + 0.75;
    expect(timeline.cues.at(-1)?.endSeconds).toBeCloseTo(speechEnd, 9);
    expect(timeline.totalSeconds).toBeCloseTo(speechEnd + 0.5, 9);
    for (const cue of timeline.cues) {
      expect(cue.endSeconds).toBeGreaterThan(cue.startSeconds);
      expect(cue.endSeconds).toBeLessThanOrEqual(timeline.totalSeconds);
    }
  });

  it('refuses a sentence with no audio', () => {
    expect(() => cueTimingsFromDurations([1, 0], LAYOUT)).toThrow(/sentence 2 has no audio/);
  });
});

describe('buildWebVtt', () => {
  it('formats WebVTT timestamps to the millisecond', () => {
    expect(formatVttTimestamp(0)).toBe('00:00.000');
    expect(formatVttTimestamp(61.2346)).toBe('01:01.235');
    expect(formatVttTimestamp(3723.5)).toBe('01:02:03.500');
  });

  it('writes a file the kiosk reads back exactly: the NOTE skipped, one cue per line, contiguous', () => {
    const sentences = ['First sentence.', 'Second --> sentence.'];
    const timeline = cueTimingsFromDurations([1.2344, 2.0004], LAYOUT);
    const vtt = buildWebVtt(sentences, timeline.cues);
    expect(vtt).toContain(`\n\nNOTE ${GENERATED_NOTE}\n\n`);
    const parsed = parseWebVtt(vtt);
    expect(parsed.problems).toEqual([]);
    expect(parsed.cues.map((cue) => cue.text)).toEqual(['First sentence.', 'Second → sentence.']);
    expect(parsed.cues[0]?.endSeconds).toBe(parsed.cues[1]?.startSeconds);
    expect(parsed.cues[1]?.startSeconds).toBe(1.884); // 0.3 + 1.2344 + 0.35
    expect(parsed.cues[1]?.endSeconds).toBe(3.885); // + 2.0004
  });

  it('gives both languages of every starter narration the same number of cues', () => {
    const narrations = starterNarrations();
    expect(narrations.size).toBe(19);
    for (const [folder, text] of narrations) {
      const chinese = narrationLines(text['zh-Hans'] ?? '');
      const english = narrationLines(text.en ?? '');
      expect(chinese.length, folder).toBeGreaterThan(0);
      expect(english.length, folder).toBe(chinese.length);
      const durations = chinese.map((_, index) => 1 + index);
      expect(parseWebVtt(buildWebVtt(english, cueTimingsFromDurations(durations, LAYOUT).cues)).cues).toHaveLength(chinese.length);
    }
  });

  it('matches the generated caption files in media/ to their narration lines', () => {
    for (const [folder, text] of starterNarrations()) {
      for (const language of ['zh-Hans', 'en']) {
        const captionFile = join(STARTER_MEDIA, folder, `narration.${language}.vtt`);
        if (!existsSync(captionFile)) continue;
        const vtt = readFileSync(captionFile, 'utf8');
        if (!vtt.includes(GENERATED_NOTE)) continue; // a professional caption file follows its own recording
        const parsed = parseWebVtt(vtt);
        expect(parsed.problems, captionFile).toEqual([]);
        expect(parsed.cues.map((cue) => cue.text), captionFile).toEqual(narrationLines(text[language] ?? ''));
        parsed.cues.slice(1).forEach((cue, index) => expect(cue.startSeconds, captionFile).toBe(parsed.cues[index]?.endSeconds));
      }
    }
  });
});

describe('readWavInfo', () => {
  it('measures a WAV to the sample from its header', () => {
    const info = readWavInfo(silentWav(22_050 + 441, 22_050));
    expect(info).toMatchObject({ sampleRate: 22_050, channels: 1, bitsPerSample: 16, frameCount: 22_491 });
    expect(info.seconds).toBeCloseTo(1.02, 9);
  });

  it('trusts the bytes present when a streaming writer left the size unset', () => {
    expect(readWavInfo(silentWav(1000, 24_000, 0xffffffff)).frameCount).toBe(1000);
    expect(() => readWavInfo(new TextEncoder().encode('ID3 not a wav file'))).toThrow(/not a WAV file/);
  });
});

describe('speechRunsOf', () => {
  it('gives Chinese characters in an English line to the Mandarin voice', () => {
    expect(speechRunsOf('巾帼 (jinguo) is an old word for women.', 'en').map((run) => [run.voice.espeakVoice, run.text])).toEqual([
      ['cmn-latn-pinyin', '巾帼'],
      ['en-us', '(jinguo) is an old word for women.'],
    ]);
  });

  it('gives Latin words in a Chinese line to the English voice and reads years digit by digit', () => {
    expect(speechRunsOf('2022年，CSTM Youth Medal设立。', 'zh-Hans').map((run) => [run.voice.espeakVoice, run.text])).toEqual([
      ['cmn-latn-pinyin', '二零二二年，'],
      ['en-us', 'CSTM Youth Medal'],
      ['cmn-latn-pinyin', '设立。'],
    ]);
    expect(mandarinSpeechText('1949年10月1日，70周年')).toBe('一九四九年10月1日，70周年');
  });

  it('names the fix for a language without a voice', () => {
    expect(() => speechRunsOf('Bonjour.', 'fr')).toThrow(/add one to VOICES/);
  });
});

describe('narrateMedia on a tiny media folder', () => {
  let mediaRoot: string | null = null;
  afterEach(() => {
    if (mediaRoot) rmSync(dirname(mediaRoot), { recursive: true, force: true });
    mediaRoot = null;
  });

  const PANEL = 'panels/culture/tiny';
  function tinyMedia(): string {
    const root = join(mkdtempSync(join(tmpdir(), 'kiosk-narrate-test-')), 'media');
    const write = (relativePath: string, text: string | Uint8Array): void => {
      mkdirSync(dirname(join(root, relativePath)), { recursive: true });
      writeFileSync(join(root, relativePath), text);
    };
    write('kiosk.yaml', 'languages:\n  - zh-Hans\n  - en\ndefaultLanguage: zh-Hans\n');
    write(`${PANEL}/panel.yaml`, [
      'order: 1',
      'title:\n  zh-Hans: 测试\n  en: Test',
      'body:\n  zh-Hans: 测试。\n  en: A test.',
      'source: article',
      'narration:\n  text:\n    zh-Hans: |\n      你好。\n    en: |\n      Hello.',
      '',
    ].join('\n'));
    return root;
  }
  const read = (relativePath: string): Buffer => readFileSync(join(mediaRoot ?? '', relativePath));

  it('leaves staff files alone without --force, and needs no speech tools to do so', () => {
    mediaRoot = tinyMedia();
    const staffRecording = new TextEncoder().encode('a professional recording');
    const staffCaptions = 'WEBVTT\n\n00:00.000 --> 00:01.000\n你好。\n';
    writeFileSync(join(mediaRoot, PANEL, 'narration.zh-Hans.ogg'), staffRecording);
    writeFileSync(join(mediaRoot, PANEL, 'narration.zh-Hans.vtt'), staffCaptions);
    writeFileSync(join(mediaRoot, PANEL, 'narration.en.vtt'), staffCaptions);
    const report = narrateMedia({ mediaRoot, force: false, onlyPrefixes: [] });
    expect(report.written).toEqual([]);
    expect(report.skipped).toBe(2);
    expect(report.problems).toEqual([]);
    expect(report.notes.map((note) => note.en).join('\n')).toContain('narration.en.vtt: captions without a recording were left alone');
    expect(new Uint8Array(read(`${PANEL}/narration.zh-Hans.ogg`))).toEqual(staffRecording);
    expect(read(`${PANEL}/narration.en.vtt`).toString('utf8')).toBe(staffCaptions);
    expect(existsSync(join(mediaRoot, PANEL, 'narration.en.mp3'))).toBe(false);
  });

  it('never deletes a studio WAV dropped beside the starter MP3, even with --force', () => {
    mediaRoot = tinyMedia();
    const starter = Buffer.concat([Buffer.from('ID3'), Buffer.from(GENERATED_TAG, 'utf16le'), Buffer.alloc(64)]);
    const studio = new TextEncoder().encode('RIFF....WAVE a studio take');
    writeFileSync(join(mediaRoot, PANEL, 'narration.zh-Hans.mp3'), starter);
    writeFileSync(join(mediaRoot, PANEL, 'narration.zh-Hans.vtt'), `WEBVTT\n\nNOTE ${GENERATED_NOTE}\n\n00:00.000 --> 00:01.000\n你好。\n`);
    writeFileSync(join(mediaRoot, PANEL, 'narration.zh-Hans.wav'), studio);
    const forced = narrateMedia({ mediaRoot, force: true, onlyPrefixes: [] });
    expect(forced.problems.map((problem) => problem.en)).toContainEqual(expect.stringContaining(`${PANEL}/narration.zh-Hans.wav: a recording that was not made by this tool (a professional one) was left alone, even with --force`));
    expect(new Uint8Array(read(`${PANEL}/narration.zh-Hans.wav`))).toEqual(studio);
    expect(read(`${PANEL}/narration.zh-Hans.mp3`)).toEqual(starter);
  });

  it.skipIf(missingTools().length > 0)('never overwrites a recording without --force, and replaces it with --force', () => {
    mediaRoot = tinyMedia();
    const staffRecording = new TextEncoder().encode('a professional recording, not to be touched');
    writeFileSync(join(mediaRoot, PANEL, 'narration.zh-Hans.mp3'), staffRecording);

    const first = narrateMedia({ mediaRoot, force: false, onlyPrefixes: [] });
    expect(new Uint8Array(read(`${PANEL}/narration.zh-Hans.mp3`))).toEqual(staffRecording);
    expect(existsSync(join(mediaRoot, PANEL, 'narration.zh-Hans.vtt'))).toBe(false);
    expect(first.problems.map((problem) => problem.en)).toEqual([expect.stringContaining('narration.zh-Hans.mp3: the recording has no captions')]);
    expect(first.problems.map((problem) => problem['zh-Hans'])).toEqual([expect.stringContaining('narration.zh-Hans.mp3：这段录音没有字幕；请在旁边加上 narration.zh-Hans.vtt（录音没有改动）')]);
    expect(first.skipped).toBe(1);
    expect(first.written).toEqual([`${PANEL}/narration.en.mp3`, `${PANEL}/narration.en.vtt`]);
    expect(read(`${PANEL}/narration.en.mp3`).subarray(0, 3).toString('latin1')).toBe('ID3');
    const englishCaptions = parseWebVtt(read(`${PANEL}/narration.en.vtt`).toString('utf8'));
    expect(englishCaptions.problems).toEqual([]);
    expect(englishCaptions.cues.map((cue) => cue.text)).toEqual(['Hello.']);
    const englishSeconds = first.secondsByLanguage.en?.[0] ?? 0;
    expect(englishSeconds).toBeGreaterThan(0.5);
    expect(englishCaptions.cues[0]?.endSeconds).toBeLessThanOrEqual(englishSeconds);

    const again = narrateMedia({ mediaRoot, force: false, onlyPrefixes: [] });
    expect(again.written).toEqual([]);
    expect(again.skipped).toBe(2);

    // --force remakes the starter narration it made, and still never touches the professional one.
    const forced = narrateMedia({ mediaRoot, force: true, onlyPrefixes: ['culture/tiny'] });
    expect(forced.problems.map((problem) => problem.en)).toEqual([expect.stringContaining(`${PANEL}/narration.zh-Hans.mp3: a recording that was not made by this tool (a professional one) was left alone, even with --force`)]);
    expect(forced.written).toEqual([`${PANEL}/narration.en.mp3`, `${PANEL}/narration.en.vtt`]);
    expect(new Uint8Array(read(`${PANEL}/narration.zh-Hans.mp3`))).toEqual(staffRecording);

    // Once the staff member deletes it, the tool makes the Chinese starter narration too.
    rmSync(join(mediaRoot, PANEL, 'narration.zh-Hans.mp3'));
    const remade = narrateMedia({ mediaRoot, force: false, onlyPrefixes: [] });
    expect(remade.written).toEqual([`${PANEL}/narration.zh-Hans.mp3`, `${PANEL}/narration.zh-Hans.vtt`]);
    const chineseCaptions = parseWebVtt(read(`${PANEL}/narration.zh-Hans.vtt`).toString('utf8'));
    expect(chineseCaptions.cues).toHaveLength(englishCaptions.cues.length);
    expect(chineseCaptions.cues[0]?.endSeconds).toBeLessThanOrEqual(remade.secondsByLanguage['zh-Hans']?.[0] ?? 0);
  });
});

describe('npm run media:narrate without the speech tools', () => {
  it('says how to install them and exits 2 without a stack trace', () => {
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/tools/narrate.ts'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: '/nonexistent' },
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(2);
    expect(output).toContain(INSTALL_HINT);
    expect(output).not.toMatch(/^\s+at /m);
  });
});

describe('npm run media:narrate speaks the staff language', () => {
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/tools/narrate.ts', ...args], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: '/nonexistent' },
    });
    return `${result.stdout}${result.stderr}`;
  };

  it('in kiosk.yaml\'s staff.language (Chinese in the starter content), or the one --lang asks for', () => {
    expect(run()).toContain('生成初版讲解需要 espeak-ng、lame 和 sox 这几个程序，这台电脑上没有：');
    const english = run('--lang', 'en');
    expect(english).toContain('media:narrate needs espeak-ng, lame and sox to make starter narration; not found: ');
    expect(english).not.toMatch(/[\u4e00-\u9fff]/);
    expect(run('--lang', 'fr')).toContain('media:narrate 不认识 --lang fr：请写 --lang zh-Hans（中文）或 --lang en（英文）');
  });
});

describe('--only', () => {
  const item = { id: 'museum/2023-test-exhibition', folder: 'timeline/museum/2023-test-exhibition' };

  it('takes an id prefix, a folder path, or a bare folder name', () => {
    for (const only of ['museum/2023-test-exhibition', 'museum/', 'museum', '2023-test-exhibition', 'media/timeline/museum/2023-test-exhibition/', 'timeline/museum/2023']) {
      expect(matchesOnly(item, [only]), only).toBe(true);
    }
    for (const only of ['party/2023-test-exhibition', '2023-other', 'exhibition', '']) {
      expect(matchesOnly(item, [only]), only).toBe(false);
    }
  });
});
