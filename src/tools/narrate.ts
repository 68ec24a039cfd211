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
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mediaFolder } from '../contentBuild/mediaFolder.ts';
import { narratedItemsOf, type NarratedItem } from '../contentBuild/narratedItems.ts';
import { generatedCaptionsAreStale, isGeneratedRecording, narrationLines } from '../contentBuild/starterNarration.ts';
import { authoredLanguages } from '../contentBuild/traditionalChinese.ts';
import { readYamlFile } from '../contentBuild/yamlFile.ts';
import { AUDIO_EXTENSIONS } from '../contentModel/mediaFormats.ts';
import { buildWebVtt } from './narrationSpeech.ts';
import { INSTALL_HINT, missingTools, missingVoices, Synthesiser } from './speechSynthesiser.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
  // 繁體中文 is read in the same Mandarin: its narration plays the zh-Hans recording.
  return authoredLanguages(languages);
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
  const found = narratedItemsOf(source, languages);
  const problems = [...found.problems];
  const items = found.items.filter((item) => matchesOnly(item, options.onlyPrefixes));
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
