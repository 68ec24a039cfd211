/**
 * npm run media:narrate [-- --media <folder>] [--force] [--only <id-prefix>] [--lang zh-Hans|en]
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
 *   with a prefix (for example `party/1949` or `culture/`), or to a folder by its bare name
 *   (`2023-test-exhibition`, as the staff guide tells staff to run it after adding an event);
 *   it may be repeated.
 * - It speaks the staff language, as media:check does: --lang, else kiosk.yaml's staff.language.
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
import { staffLanguageOf } from '../contentBuild/checkSettings.ts';
import { mediaFolder } from '../contentBuild/mediaFolder.ts';
import { narratedItemsOf, type NarratedItem } from '../contentBuild/narratedItems.ts';
import { generatedCaptionsAreStale, isGeneratedRecording, narrationLines } from '../contentBuild/starterNarration.ts';
import { staffList, staffText, type ProblemCode, type StaffParameter } from '../contentBuild/problemCatalogue.ts';
import { authoredLanguages } from '../contentBuild/traditionalChinese.ts';
import { readYamlFile } from '../contentBuild/yamlFile.ts';
import { isStaffLanguage, type StaffLanguage, type StaffText } from '../contentModel/contentProblem.ts';
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
  readonly log?: (line: StaffText) => void;
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
  readonly problems: StaffText[];
  /** Things worth knowing that need no fix. */
  readonly notes: StaffText[];
  /** How many narrated items matched --only. */
  readonly itemCount: number;
}

/** A failure to report to staff in their words, not as a stack trace. */
export class StaffError extends Error {
  constructor(readonly staff: StaffText) {
    super(staff.en);
  }
}

function languagesOf(source: ReturnType<typeof mediaFolder>): string[] {
  const kiosk = readYamlFile(source.readText('kiosk.yaml'));
  const languages = isRecord(kiosk.value) ? kiosk.value.languages : undefined;
  if (!Array.isArray(languages) || languages.length === 0 || !languages.every((language) => typeof language === 'string')) {
    throw new StaffError(staffText('narrate.noLanguages'));
  }
  // 繁體中文 is read in the same Mandarin: its narration plays the zh-Hans recording.
  return authoredLanguages(languages);
}

/**
 * Whether --only names the item: a prefix of its id (`museum/2023`, `culture/`) or of its folder
 * under media/ (`timeline/museum/...`, with or without `media/` and a trailing slash), or its
 * folder's bare name (`2023-test-exhibition`), which is what staff see in the file manager.
 */
export function matchesOnly(item: Pick<NarratedItem, 'id' | 'folder'>, prefixes: readonly string[]): boolean {
  if (prefixes.length === 0) return true;
  return prefixes.some((prefix) => {
    const cleaned = prefix.trim().replace(/\\/g, '/').replace(/^\.?\/?media\//, '').replace(/\/+$/, '');
    if (cleaned === '') return false;
    const folderName = item.folder.split('/').pop() ?? '';
    return item.id.startsWith(cleaned) || item.folder.startsWith(cleaned) || (!cleaned.includes('/') && folderName.startsWith(cleaned));
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
        const separators: StaffText = { 'zh-Hans': ' / ', en: ' / ' };
        report.notes.push(staffText('narrate.lineCountsDiffer', {
          file: item.yamlFile, counts: staffList(lineCounts.map(String), separators), languages: staffList(languages, separators),
        }));
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
      report.problems.push(staffText('narrate.noCaptions', { recording: recordings[0] ?? '', captionFile: captionFile.split('/').pop() ?? '' }));
    } else if (recordings.length === 0) {
      report.notes.push(staffText('narrate.captionsWithoutRecording', { captionFile, id: item.id }));
    } else if (generatedCaptionsAreStale(source.readText(captionFile), sentences.join('\n'))) {
      report.notes.push(staffText('narrate.stale', { base, id: item.id }));
    }
    return;
  }
  // Even --force never overwrites or deletes a professional recording: only MP3s this tool tagged.
  const studioRecordings = recordings.filter((file) => !isGeneratedRecording(source.readBytes(file).subarray(0, 4096)));
  if (studioRecordings.length > 0) {
    report.skipped += 1;
    report.problems.push(staffText('narrate.professionalKept', { files: studioRecordings.join(', ') }));
    return;
  }
  if (sentences.length === 0) {
    report.problems.push(staffText('narrate.noText', { file: item.yamlFile, language }));
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
      report.notes.push(staffText('narrate.removed', { file: other, replacement: mp3File.split('/').pop() ?? '' }));
    }
    const mp3Bytes = statSync(mp3Path).size;
    report.written.push(mp3File, captionFile);
    report.writtenBytes += mp3Bytes + Buffer.byteLength(vttText);
    (report.secondsByLanguage[language] ??= []).push(timeline.totalSeconds);
    options.log?.(staffText('narrate.madeFile', { file: mp3File, seconds: timeline.totalSeconds.toFixed(1), cues: timeline.cues.length, kib: (mp3Bytes / 1024).toFixed(0) }));
  } catch (error) {
    report.problems.push(staffText('narrate.failed', { file: mp3File, reason: error instanceof Error ? error.message : String(error) }));
  }
}

// ---------------------------------------------------------------------------------------------
// The command line.

function average(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The staff language of the media folder (kiosk.yaml's staff.language, as media:check reads it); Chinese when it cannot be read. */
function staffLanguageAt(mediaRoot: string): StaffLanguage {
  try {
    return staffLanguageOf(readYamlFile(mediaFolder(mediaRoot).readText('kiosk.yaml')));
  } catch {
    return 'zh-Hans';
  }
}

interface CommandLine {
  readonly media: string;
  readonly force: boolean;
  readonly only: string[];
  readonly help: boolean;
  readonly lang?: string | undefined;
}

function readCommandLine(): CommandLine | { readonly error: string } {
  try {
    return parseArgs({
      options: {
        media: { type: 'string', default: 'media' },
        force: { type: 'boolean', default: false },
        only: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', default: false },
        lang: { type: 'string' },
      },
    }).values;
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function main(): number {
  const values = readCommandLine();
  if ('error' in values) {
    // Without a readable command there is no --media to find kiosk.yaml by: say it in both languages.
    for (const language of ['zh-Hans', 'en'] as const) {
      console.error(staffText('narrate.badOption', { reason: values.error })[language]);
      console.error(staffText('narrate.usage')[language]);
    }
    return 1;
  }
  if (values.lang !== undefined && !isStaffLanguage(values.lang)) {
    for (const language of ['zh-Hans', 'en'] as const) console.error(staffText('narrate.badLanguage', { language: values.lang })[language]);
    return 1;
  }
  const mediaRoot = resolve(values.media);
  const language: StaffLanguage = isStaffLanguage(values.lang) ? values.lang : staffLanguageAt(mediaRoot);
  const say = (code: ProblemCode, parameters: Readonly<Record<string, StaffParameter>> = {}): string => staffText(code, parameters)[language];
  if (values.help) {
    console.log(say('narrate.usage'));
    return 0;
  }

  const missing = missingTools();
  if (missing.length > 0) {
    console.error(say('narrate.toolsMissing', { missing: missing.join(', ') }));
    console.error(say('narrate.install', { hint: INSTALL_HINT }));
    console.error(say('narrate.thenAgain'));
    return 2;
  }
  const voices = missingVoices();
  if (voices.length > 0) {
    console.error(say('narrate.voicesMissing', { voices: voices.join(', ') }));
    console.error(say('narrate.installNewer', { hint: INSTALL_HINT }));
    return 2;
  }

  let report: NarrateReport;
  try {
    report = narrateMedia({ mediaRoot, force: values.force, onlyPrefixes: values.only, log: (line) => console.log(line[language]) });
  } catch (error) {
    const reason = error instanceof StaffError ? error.staff[language] : error instanceof Error ? error.message : String(error);
    console.error(say('narrate.cannotRead', { root: mediaRoot, reason }));
    console.error(say('narrate.cannotRead.fix'));
    return 1;
  }

  if (values.only.length > 0 && report.itemCount === 0) {
    console.error(say('narrate.noMatch', { only: staffList(values.only, { 'zh-Hans': ' 或 ', en: ' or ' }) }));
    return 1;
  }
  for (const note of report.notes) console.log(say('narrate.note', { text: note }));
  for (const problem of report.problems) console.log(say('narrate.attention', { text: problem }));
  const mp3Count = report.written.filter((file) => file.endsWith('.mp3')).length;
  console.log('');
  console.log(say('narrate.wrote', { count: report.written.length, mp3: mp3Count, vtt: report.written.length - mp3Count, kib: (report.writtenBytes / 1024).toFixed(0) }));
  console.log(say('narrate.skipped', { count: report.skipped }));
  const averages = Object.entries(report.secondsByLanguage).map(([spoken, seconds]) => `${spoken} ${average(seconds).toFixed(1)} s`);
  if (averages.length > 0) console.log(say('narrate.average', { averages: staffList(averages) }));
  if (report.problems.length > 0) {
    console.log(say('narrate.needAttention', { count: report.problems.length }));
    return 1;
  }
  if (report.written.length > 0) console.log(say('narrate.next'));
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
