/**
 * The one content validator. media:check, the Vite build and the dev server all call
 * validateMedia(); it reads every file under media/, reports every problem at once (never only
 * the first), and builds the content bundle from whatever is good. The build refuses to ship a
 * bundle while any error remains; the dev server shows the errors and the good part.
 */
import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { isSupportedLanguage, SUPPORTED_LANGUAGES } from '../i18n/interfaceText.ts';
import { parseContentDate, timePositionOf, timeSpanOf } from './contentDate.ts';
import { sortProblems, type ContentProblem } from './contentProblem.ts';
import {
  eventFileSchema,
  groupFileSchema,
  ID_PATTERN,
  kioskSettingsSchema,
  panelFileSchema,
  sourcesFileSchema,
  tourFileSchema,
  tracksFileSchema,
  type EventFile,
  type ImageFile,
  type SourcesFile,
} from './contentSchema.ts';
import type {
  ContentBundle,
  KioskSettings,
  LanguageCode,
  LocalisedText,
  MediaImage,
  Narration,
  Panel,
  PanelGroup,
  SourceReference,
  TimelineEvent,
  Tour,
  Track,
} from './contentTypes.ts';
import { parseWebVtt } from './webVtt.ts';
import { readYamlFile, type YamlFile } from './yamlFile.ts';

/** The files under media/, as POSIX paths relative to it, and a way to read them. */
export interface MediaSource {
  readonly files: readonly string[];
  readText(relativePath: string): string;
  readBytes(relativePath: string): Uint8Array;
  sizeOf(relativePath: string): number;
}

export type AudioProbe =
  | { readonly ok: true; readonly durationSeconds: number; readonly codec: string }
  | { readonly ok: false; readonly reason: string };

export interface ValidateMediaOptions {
  /** The URL the kiosk will load a media file from (hashed in a build, plain in dev). */
  mediaUrl(relativePath: string): string;
  /** The folder name used in messages; `media` unless a test validates a copy. */
  displayRoot?: string;
  /** What each recording really holds (audioProbe.ts); without it recordings are not opened. */
  audioProbes?: ReadonlyMap<string, AudioProbe>;
}

/** Larger files slow every kiosk's offline install; above these the check says how to shrink them. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_RECORDING_BYTES = 10 * 1024 * 1024;

/** Captions may end this much after the audio (encoders pad the last frame). */
const CAPTION_OVERRUN_TOLERANCE_SECONDS = 0.1;

export interface ContentSummary {
  readonly eventsByTrack: Readonly<Record<string, number>>;
  readonly panelsByGroup: Readonly<Record<string, number>>;
  readonly languages: readonly LanguageCode[];
  readonly narratedItems: number;
  readonly recordedNarrations: number;
  readonly tours: number;
}

export interface MediaValidation {
  readonly problems: readonly ContentProblem[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** Built from every file that passed; complete only when errorCount is 0. */
  readonly bundle: ContentBundle;
  /** Media files (audio, captions, images) the bundle points at, relative to media/. */
  readonly referencedFiles: readonly string[];
  readonly summary: ContentSummary;
}

export const AUDIO_EXTENSIONS = ['ogg', 'opus', 'mp3', 'm4a', 'webm'] as const;
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;
const FALLBACK_LANGUAGES: readonly LanguageCode[] = ['zh-Hans', 'en'];
/** Files an operating system leaves behind; they are nobody's content. */
const SYSTEM_LITTER = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini|\._[^/]*)$/;
const ROOT_FILES = new Set(['kiosk.yaml', 'tracks.yaml', 'sources.yaml', 'README.md', 'README.zh-Hans.md']);

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { 'zh-Hans': 'Chinese (zh-Hans)', en: 'English (en)' };

/** Every field name any content file may use: suggestions for a misspelt field come from here. */
const KNOWN_FIELDS = [
  'languages', 'defaultLanguage', 'idle', 'warningAfterSeconds', 'countdownSeconds', 'narrationHoldCapSeconds',
  'audio', 'volumeCap', 'motion', 'reducedMotion', 'id', 'order', 'colour', 'accentColour', 'title', 'date',
  'dateLabel', 'before', 'after', 'summary', 'body', 'source', 'links', 'image', 'images', 'file', 'alt', 'credit',
  'narration', 'text', 'subtitle', 'stops', 'stop', 'talkingPoints', 'playNarration', 'updates', 'checkEveryMinutes',
  'maintenance', 'dailyReloadHour', 'staff', 'docent', 'pinSha256', 'silenceEndsTourMinutes',
  ...SUPPORTED_LANGUAGES,
];

/** Field-specific advice for values of the wrong form. */
const FIELD_FORMS: Readonly<Record<string, string>> = {
  date: 'write the date as YYYY, YYYY-MM or YYYY-MM-DD, for example 1949-10-01; give only what the source says',
  before: 'write the id of an event, for example party/2022-twentieth-congress',
  after: 'write the id of an event, for example party/2022-twentieth-congress',
  links: 'write event ids on the other track, one per line, for example "- museum/2019-salute-to-the-republic"',
  stop: 'write an event id (party/...) or a panel id (culture/...)',
  colour: 'write a colour as # and six hex digits, for example #B71C1C',
  accentColour: 'write a colour as # and six hex digits, for example #D4A94A',
  id: 'use lowercase letters a-z, digits and hyphens, for example party',
  order: 'write a whole number, for example 1',
  source: 'write a key from media/sources.yaml (for example article), a list of keys ([public, article]), or a sentence naming the source',
  volumeCap: 'write a number from 0 (silent) to 1 (full volume), for example 0.8',
  reducedMotion: 'write auto (follow the screen\'s setting), always or never',
  playNarration: 'write true or false',
  pinSha256: 'write the SHA-256 of the PIN as 64 hex digits: run "npm run pin:hash -- 1234" (with your PIN) and paste what it prints',
  dailyReloadHour: 'write an hour from 0 to 23, or null for no daily reload',
};

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j] ?? 0;
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

function closest(word: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(dot + 1).toLowerCase();
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function fieldPath(path: readonly (string | number)[]): string {
  return path.map((segment) => (typeof segment === 'number' ? `[${segment + 1}]` : segment)).join('.').replace(/\.\[/g, '[');
}

class ProblemCollector {
  readonly problems: ContentProblem[] = [];
  constructor(private readonly displayRoot: string) {}

  error(file: string, line: number, message: string, fix: string): void {
    this.problems.push({ severity: 'error', file: this.where(file), line, message, fix });
  }

  warning(file: string, line: number, message: string, fix: string): void {
    this.problems.push({ severity: 'warning', file: this.where(file), line, message, fix });
  }

  private where(file: string): string {
    return file === '' ? this.displayRoot : `${this.displayRoot}/${file}`;
  }
}

/** Turns a valibot issue into a sentence a staff member can act on. */
function describeSchemaIssue(issue: v.BaseIssue<unknown>): { message: string; fix: string } {
  const path = (issue.path ?? []).map((item) => item.key as string | number);
  const last = path[path.length - 1];
  const parentPath = path.slice(0, -1);
  const field = fieldPath(path) || 'the file';
  const namedField = String([...path].reverse().find((segment) => typeof segment === 'string') ?? '');
  const lastPathItem = issue.path?.[issue.path.length - 1];

  if ((issue.type === 'strict_object' || issue.type === 'object') && lastPathItem?.origin === 'key') {
    if (issue.expected === 'never') {
      const suggestion = closest(String(last), KNOWN_FIELDS);
      return {
        message: `unknown field "${String(last)}"${parentPath.length ? ` under "${fieldPath(parentPath)}"` : ''} (the kiosk would ignore it)`,
        fix: suggestion ? `did you mean "${suggestion}"? Rename it, or delete the line` : 'delete the line, or check the spelling against the staff guide in README.md',
      };
    }
    const missing = String(last);
    if (LANGUAGE_NAMES[missing] !== undefined || isSupportedLanguage(missing)) {
      return {
        message: `the ${LANGUAGE_NAMES[missing] ?? missing} text of "${fieldPath(parentPath)}" is missing`,
        fix: `add a line "${missing}: ..." under "${fieldPath(parentPath)}:" with the text in that language`,
      };
    }
    return {
      message: `the field "${field}" is missing`,
      fix: `add "${missing}:" ${FIELD_FORMS[missing] ? `(${FIELD_FORMS[missing]})` : 'as shown in the staff guide in README.md'}`,
    };
  }
  if (issue.type === 'min_length' && issue.expected === '>=1') {
    if (typeof issue.input === 'string') {
      return { message: `"${field}" is empty`, fix: 'write the text, or remove the line if the field is optional' };
    }
    return { message: `"${field}" is an empty list`, fix: 'add at least one item, or remove the field if it is optional' };
  }
  const form = FIELD_FORMS[namedField];
  if (issue.type === 'regex' || issue.type === 'union' || issue.type === 'picklist') {
    return { message: `"${field}" has the value ${issue.received}, which is not valid here`, fix: form ?? 'see the staff guide in README.md for the allowed values' };
  }
  if (issue.type === 'min_value' || issue.type === 'max_value') {
    return { message: `"${field}" is ${issue.received}, but it must be ${issue.expected}`, fix: form ?? `write a number ${issue.expected}` };
  }
  const expectedWords: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list (lines starting with "- ")',
    strict_object: 'a group of fields (indented lines under it)',
    object: 'a group of fields (indented lines under it)',
    record: 'a group of fields (indented lines under it)',
  };
  const expected = expectedWords[issue.type];
  if (expected) {
    const received = issue.received === 'undefined' ? 'nothing' : issue.received;
    return {
      message: `"${field}" should be ${expected}, but it is ${received}`,
      fix: form ?? (issue.type === 'strict_object' || issue.type === 'object'
        ? 'indent the fields that belong under it by two spaces, as in the other files'
        : `write ${expected}`),
    };
  }
  return { message: `"${field}": ${issue.message}`, fix: form ?? 'see the staff guide in README.md' };
}

const MARKUP_OR_ADDRESS = /<\/?[a-z!][^>]*>|&[a-z#0-9]+;|https?:\/\/|www\.[a-z0-9-]+\./i;

/**
 * Text is always shown as text: markup, script or a web address in it would appear literally on
 * the screen (and a link could not be followed at a kiosk anyway). Staff are told where.
 */
function warnAboutMarkup(value: unknown, path: (string | number)[], file: string, yaml: YamlFile, problems: ProblemCollector): void {
  if (typeof value === 'string') {
    const found = MARKUP_OR_ADDRESS.exec(value);
    if (found && path[0] !== 'source' && path[path.length - 1] !== 'file') {
      problems.warning(file, yaml.lineOf(path), `"${fieldPath(path)}" contains "${found[0]}", which the kiosk will show literally, as typed`,
        'write plain text; the kiosk never runs markup or opens links');
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => warnAboutMarkup(item, [...path, index], file, yaml, problems));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) warnAboutMarkup(item, [...path, key], file, yaml, problems);
  }
}

function checkWithSchema<TSchema extends v.GenericSchema>(
  schema: TSchema,
  yaml: YamlFile,
  file: string,
  problems: ProblemCollector,
): v.InferOutput<TSchema> | null {
  const result = v.safeParse(schema, yaml.value, { abortEarly: false });
  if (result.success) {
    warnAboutMarkup(result.output, [], file, yaml, problems);
    return result.output;
  }
  for (const issue of result.issues) {
    const { message, fix } = describeSchemaIssue(issue);
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    problems.error(file, yaml.lineOf(path), message, fix);
  }
  return null;
}

function readYaml(source: MediaSource, file: string, problems: ProblemCollector): YamlFile | null {
  const yaml = readYamlFile(source.readText(file));
  // One broken line often trips several parser errors; staff need the line, once.
  const reportedLines = new Set<number>();
  for (const syntaxError of yaml.syntaxErrors) {
    if (reportedLines.has(syntaxError.line)) continue;
    reportedLines.add(syntaxError.line);
    problems.error(
      file,
      syntaxError.line,
      `the file cannot be read as YAML (${syntaxError.message})`,
      'check the indentation (spaces, not tabs, lined up with the lines around it), a missing ":" after a field name, and quotes that open but do not close',
    );
  }
  if (yaml.syntaxErrors.length > 0) return null;
  if (yaml.value === null || yaml.value === undefined) {
    problems.error(file, 1, 'the file is empty', 'write the fields shown in the staff guide in README.md, or delete the file');
    return null;
  }
  return yaml;
}

interface ItemFolderFiles {
  readonly yamlFile: string | null;
  readonly files: string[];
}

function groupIntoFolders(files: readonly string[], depth: number, yamlName: string): Map<string, ItemFolderFiles> {
  const folders = new Map<string, ItemFolderFiles>();
  for (const file of files) {
    const parts = file.split('/');
    const folder = parts.slice(0, depth).join('/');
    const entry = folders.get(folder) ?? { yamlFile: null, files: [] };
    const isYaml = parts.length === depth + 1 && parts[depth] === yamlName;
    folders.set(folder, isYaml ? { ...entry, yamlFile: file } : { ...entry, files: [...entry.files, file] });
  }
  return folders;
}

export function validateMedia(source: MediaSource, options: ValidateMediaOptions): MediaValidation {
  const problems = new ProblemCollector(options.displayRoot ?? 'media');
  const files = source.files.filter((file) => !SYSTEM_LITTER.test(file)).sort();
  const fileSet = new Set(files);
  const usedFiles = new Set<string>();
  const referencedFiles = new Set<string>();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(source.readBytes(file)).update('\0');

  const media = (file: string): string => {
    referencedFiles.add(file);
    usedFiles.add(file);
    return options.mediaUrl(file);
  };

  // kiosk.yaml: the languages decide the shape of every other file.
  let settings: KioskSettings = {
    languages: FALLBACK_LANGUAGES,
    defaultLanguage: 'zh-Hans',
    idle: { warningAfterSeconds: 90, countdownSeconds: 20, narrationHoldCapSeconds: 300 },
    audio: { volumeCap: 0.8 },
    motion: { reducedMotion: 'auto' },
    updates: { checkEveryMinutes: 5 },
    maintenance: { dailyReloadHour: null },
    // Used only while kiosk.yaml is broken (and the build refuses it): the documented defaults.
    staff: { pinSha256: 'a1fb4e703a9ef1fa4936801721ff285a97ac85330856674412e054892afe6972' },
    docent: { pinSha256: 'f3e055913a0b1eb0f07317896f9a1bc466b9a50db85a7f882f3ffde9ffb23aca', silenceEndsTourMinutes: 30 },
  };
  if (!fileSet.has('kiosk.yaml')) {
    problems.error('kiosk.yaml', 0, 'the settings file is missing', 'restore media/kiosk.yaml from the previous version (git) or copy the example in README.md');
  } else {
    usedFiles.add('kiosk.yaml');
    const yaml = readYaml(source, 'kiosk.yaml', problems);
    const parsed = yaml ? checkWithSchema(kioskSettingsSchema, yaml, 'kiosk.yaml', problems) : null;
    if (yaml && parsed) {
      const unsupported = parsed.languages.filter((language) => !isSupportedLanguage(language));
      for (const language of unsupported) {
        problems.error('kiosk.yaml', yaml.lineOf(['languages', parsed.languages.indexOf(language)]),
          `the kiosk's buttons have no words in "${language}"`,
          `use only ${SUPPORTED_LANGUAGES.join(', ')}; a new language needs a programmer to add its interface words first`);
      }
      if (!parsed.languages.includes(parsed.defaultLanguage)) {
        problems.error('kiosk.yaml', yaml.lineOf(['defaultLanguage']),
          `the default language "${parsed.defaultLanguage}" is not in the languages list`,
          `set defaultLanguage to one of: ${parsed.languages.join(', ')}`);
      }
      if (unsupported.length === 0 && parsed.languages.includes(parsed.defaultLanguage)) {
        settings = parsed;
      }
    }
  }
  const languages = settings.languages;

  // sources.yaml
  let sources: SourcesFile = {};
  if (fileSet.has('sources.yaml')) {
    usedFiles.add('sources.yaml');
    const yaml = readYaml(source, 'sources.yaml', problems);
    sources = (yaml && checkWithSchema(sourcesFileSchema(languages), yaml, 'sources.yaml', problems)) ?? {};
  }

  // tracks.yaml
  const tracks: Track[] = [];
  if (!fileSet.has('tracks.yaml')) {
    problems.error('tracks.yaml', 0, 'the list of timeline tracks is missing', 'restore media/tracks.yaml from the previous version (git)');
  } else {
    usedFiles.add('tracks.yaml');
    const yaml = readYaml(source, 'tracks.yaml', problems);
    const parsed = yaml ? checkWithSchema(tracksFileSchema(languages), yaml, 'tracks.yaml', problems) : null;
    if (yaml && parsed) {
      const seen = new Set<string>();
      parsed.forEach((track, index) => {
        if (seen.has(track.id)) {
          problems.error('tracks.yaml', yaml.lineOf([index, 'id']), `the track id "${track.id}" is used twice`, 'give every track its own id');
          return;
        }
        seen.add(track.id);
        tracks.push({ id: track.id, order: track.order, colour: track.colour, accentColour: track.accentColour, title: track.title });
      });
      tracks.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    }
  }
  const trackIds = new Set(tracks.map((track) => track.id));

  function sourceReferences(value: string | readonly string[], file: string, yaml: YamlFile): SourceReference[] {
    const entries = typeof value === 'string' ? [value] : value;
    const references: SourceReference[] = [];
    entries.forEach((entry, index) => {
      const citation = sources[entry];
      if (citation) {
        references.push({ key: entry, citation });
        return;
      }
      if (ID_PATTERN.test(entry)) {
        const suggestion = closest(entry, Object.keys(sources));
        problems.error(file, yaml.lineOf(typeof value === 'string' ? ['source'] : ['source', index]),
          `the source key "${entry}" is not in media/sources.yaml`,
          suggestion ? `did you mean "${suggestion}"?` : 'add the key with its citation to media/sources.yaml, or write the source out in words');
        return;
      }
      const citationText: Record<string, string> = {};
      for (const language of languages) citationText[language] = entry;
      references.push({ key: null, citation: citationText });
    });
    return references;
  }

  function imageOf(image: ImageFile, folder: string, file: string, yaml: YamlFile, path: (string | number)[]): MediaImage | null {
    const imagePath = `${folder}/${image.file}`;
    if (!IMAGE_EXTENSIONS.includes(extensionOf(image.file) as (typeof IMAGE_EXTENSIONS)[number])) {
      problems.error(file, yaml.lineOf([...path, 'file']), `"${image.file}" is not a picture format the kiosk shows`,
        `save the picture as ${IMAGE_EXTENSIONS.join(', ')} and change the file name here`);
      return null;
    }
    if (!fileSet.has(imagePath)) {
      problems.error(file, yaml.lineOf([...path, 'file']), `the picture "${image.file}" is not in the folder ${folder}/`,
        `copy the picture into ${folder}/ or correct the file name (names are case-sensitive)`);
      return null;
    }
    const bytes = source.sizeOf(imagePath);
    if (bytes > MAX_IMAGE_BYTES) {
      problems.error(imagePath, 0, `the picture is ${(bytes / 1024 / 1024).toFixed(1)} MB; the kiosk takes at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB per picture`,
        'save it again at about 2000 pixels on the long side (JPEG quality 85 or WebP) and keep the same name');
      return null;
    }
    return { url: media(imagePath), alt: image.alt, credit: image.credit ?? null };
  }

  function narrationOf(
    folder: string,
    folderFiles: readonly string[],
    text: LocalisedText | undefined,
    file: string,
    yaml: YamlFile,
  ): Narration | null {
    const audio: Record<LanguageCode, string | null> = {};
    const captions: Record<LanguageCode, string | null> = {};
    let anyMediaFile = false;
    for (const language of languages) {
      const recordings = folderFiles.filter((candidate) =>
        AUDIO_EXTENSIONS.some((extension) => candidate === `${folder}/narration.${language}.${extension}`));
      const captionFile = `${folder}/narration.${language}.vtt`;
      const recording = recordings[0] ?? null;
      if (recordings.length > 1) {
        problems.warning(recordings[1] ?? folder, 0, `there are ${recordings.length} recordings for ${language}; the kiosk plays ${recording}`,
          'delete the recordings you do not want');
      }
      const hasCaptions = fileSet.has(captionFile);
      anyMediaFile ||= recording !== null || hasCaptions;
      if (!text) continue;
      const probe = recording ? options.audioProbes?.get(recording) : undefined;
      const recordingTooLarge = recording !== null && source.sizeOf(recording) > MAX_RECORDING_BYTES;
      if (recording && recordingTooLarge) {
        problems.error(recording, 0, `the recording is ${(source.sizeOf(recording) / 1024 / 1024).toFixed(1)} MB; the kiosk takes at most ${MAX_RECORDING_BYTES / 1024 / 1024} MB per recording`,
          'export it again as MP3, mono, 64 kbit/s (plenty for a voice), and keep the same name');
      }
      if (recording && probe && !probe.ok) {
        problems.error(recording, 0, `the recording cannot be played: ${probe.reason}`,
          'export it again as MP3 (or Ogg) from the recording software, or delete it to use captions only');
      }
      if (hasCaptions) {
        const parsed = parseWebVtt(source.readText(captionFile));
        for (const problem of parsed.problems) {
          problems.error(captionFile, problem.line, `caption file: ${problem.message}`, 'correct the caption file (WebVTT), or run "npm run media:narrate" to make it again');
        }
        const lastCue = parsed.cues[parsed.cues.length - 1];
        let captionsFitAudio = true;
        if (probe?.ok && lastCue && lastCue.endSeconds > probe.durationSeconds + CAPTION_OVERRUN_TOLERANCE_SECONDS) {
          captionsFitAudio = false;
          const lastCueLine = source.readText(captionFile).split(/\r?\n/).findLastIndex((line) => line.includes('-->')) + 1;
          problems.error(captionFile, lastCueLine,
            `the captions run to ${lastCue.endSeconds.toFixed(2)} s, but the recording ${recording?.split('/').pop() ?? ''} is only ${probe.durationSeconds.toFixed(2)} s long`,
            'correct the cue times to fit the recording (or replace the recording with the one the captions were made for)');
        }
        captions[language] = parsed.problems.length === 0 && captionsFitAudio ? media(captionFile) : null;
      } else {
        captions[language] = null;
      }
      if (recording && !hasCaptions) {
        problems.error(recording, 0, `the recording has no captions (every narration must be captioned)`,
          `add ${captionFile.split('/').pop() ?? ''} beside it, or run "npm run media:narrate" to make starter captions`);
      }
      audio[language] = recording && captions[language] && (!probe || probe.ok) && !recordingTooLarge ? media(recording) : null;
    }
    if (!text) {
      if (anyMediaFile) {
        problems.warning(folder, 0, 'narration files are here, but the yaml has no "narration:" text, so they are not used',
          'add "narration:" with "text:" in every language to the yaml file');
      }
      return null;
    }
    const lineCounts = languages.map((language) => (text[language] ?? '').trim().split('\n').length);
    if (new Set(lineCounts).size > 1) {
      problems.warning(file, yaml.lineOf(['narration', 'text']),
        `the narration has ${lineCounts.join(' / ')} lines in ${languages.join(' / ')}; captions are matched line by line`,
        'write one sentence per line, with the same number of lines in every language');
    }
    return { text, audio, captions };
  }

  // Timeline events
  interface PendingEvent { event: EventFile; id: string; trackId: string; file: string; yaml: YamlFile }
  const pendingEvents: PendingEvent[] = [];
  /** Every event folder that exists, broken or not: a link to a broken event is not a second error. */
  const existingEventIds = new Set<string>();
  const timelineFiles = files.filter((file) => file.startsWith('timeline/'));
  for (const file of timelineFiles.filter((candidate) => candidate.split('/').length < 4)) {
    problems.warning(file, 0, 'this file is not inside an event folder, so the kiosk does not use it',
      'move it into media/timeline/<track>/<event-id>/ or delete it');
    usedFiles.add(file);
  }
  const eventFolders = groupIntoFolders(timelineFiles.filter((candidate) => candidate.split('/').length >= 4), 3, 'event.yaml');
  for (const [folder, entry] of eventFolders) {
    const [, trackId = '', eventSlug = ''] = folder.split('/');
    if (!trackIds.has(trackId)) {
      problems.error(folder, 0, `"${trackId}" is not a track listed in media/tracks.yaml, so this event is not shown`,
        `move the folder into ${[...trackIds].map((id) => `media/timeline/${id}/`).join(' or ')}${closest(trackId, trackIds) ? ` (did you mean "${closest(trackId, trackIds)}"?)` : ''}`);
      continue;
    }
    if (!ID_PATTERN.test(eventSlug)) {
      problems.error(folder, 0, `the folder name "${eventSlug}" cannot be an event id`,
        `rename the folder using lowercase letters a-z, digits and hyphens only, for example "${eventSlug.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+/, '') || '2021-new-event'}"`);
      continue;
    }
    existingEventIds.add(folder.slice('timeline/'.length));
    if (!entry.yamlFile) {
      problems.error(folder, 0, 'the event folder has no event.yaml, so the event is not shown',
        'add event.yaml (copy one from another event folder and change it), or delete the folder');
      continue;
    }
    usedFiles.add(entry.yamlFile);
    const yaml = readYaml(source, entry.yamlFile, problems);
    const event = yaml ? checkWithSchema(eventFileSchema(languages), yaml, entry.yamlFile, problems) : null;
    if (yaml && event) pendingEvents.push({ event, id: folder.slice('timeline/'.length), trackId, file: entry.yamlFile, yaml });
    // While the yaml is broken its error speaks for the folder; its files are not "unused".
    else for (const file of entry.files) usedFiles.add(file);
  }

  const dateChecked = pendingEvents.flatMap((pending) => {
    const parsedDate = parseContentDate(pending.event.date);
    if (!parsedDate.ok) {
      problems.error(pending.file, pending.yaml.lineOf(['date']), parsedDate.reason, FIELD_FORMS.date ?? '');
      return [];
    }
    return [{ ...pending, date: parsedDate.date }];
  });
  const eventIds = new Set(dateChecked.map((pending) => pending.id));
  const basePosition = new Map(dateChecked.map((pending) => [pending.id, timePositionOf(pending.date)]));

  const events: TimelineEvent[] = [];
  const linkPairs = new Map<string, Set<string>>();
  for (const pending of dateChecked) {
    const { event, id, file, yaml, date } = pending;
    const folder = folderOf(file);
    let position = timePositionOf(date);
    let placementOk = true;
    for (const relation of ['before', 'after'] as const) {
      const anchorId = event[relation];
      if (anchorId === undefined) continue;
      const anchorPosition = basePosition.get(anchorId);
      const span = timeSpanOf(date);
      if (anchorPosition === undefined) {
        if (!existingEventIds.has(anchorId)) {
          problems.error(file, yaml.lineOf([relation]), `"${relation}: ${anchorId}" names an event that does not exist`,
            `write the id of an existing event${closest(anchorId, existingEventIds) ? `, perhaps "${closest(anchorId, existingEventIds)}"` : ''}`);
        } else {
          problems.warning(file, yaml.lineOf([relation]), `"${relation}: ${anchorId}" cannot be used while that event has errors, so this event is placed by its date alone`,
            'fix the errors reported for that event');
        }
      } else if (anchorPosition <= span.start || anchorPosition >= span.end) {
        problems.error(file, yaml.lineOf([relation]), `"${relation}: ${anchorId}" cannot hold: that event is outside the date ${event.date}`,
          `use "${relation}" only to order events within the same ${date.month === null ? 'year' : 'month'}`);
        placementOk = false;
      } else {
        position = relation === 'before' ? (span.start + anchorPosition) / 2 : (anchorPosition + span.end) / 2;
      }
    }
    if (!placementOk) continue;

    const links: string[] = [];
    event.links.forEach((link, index) => {
      if (!existingEventIds.has(link)) {
        const suggestion = closest(link, existingEventIds);
        problems.error(file, yaml.lineOf(['links', index]), `the link "${link}" points to an event that does not exist`,
          suggestion ? `did you mean "${suggestion}"? Otherwise remove the line` : 'correct the id (track/folder-name) or remove the line');
        return;
      }
      if (link.split('/')[0] === pending.trackId) {
        problems.error(file, yaml.lineOf(['links', index]), `the link "${link}" is on the same track`,
          'links join an event to one on the other track; remove this line');
        return;
      }
      if (link === id) return;
      links.push(link);
    });
    for (const link of links) {
      (linkPairs.get(id) ?? linkPairs.set(id, new Set()).get(id)!).add(link);
      (linkPairs.get(link) ?? linkPairs.set(link, new Set()).get(link)!).add(id);
    }

    const folderFiles = files.filter((candidate) => folderOf(candidate) === folder);
    const image = event.image ? imageOf(event.image, folder, file, yaml, ['image']) : null;
    events.push({
      id,
      trackId: pending.trackId,
      date,
      dateLabel: event.dateLabel ?? null,
      timePosition: position,
      title: event.title,
      summary: event.summary,
      body: event.body ?? null,
      sources: sourceReferences(event.source, file, yaml),
      links: [],
      image,
      narration: narrationOf(folder, folderFiles, event.narration?.text, file, yaml),
    });
  }
  const builtEventIds = new Set(events.map((event) => event.id));
  const linkedEvents = events
    .map((event) => ({ ...event, links: [...(linkPairs.get(event.id) ?? [])].filter((link) => builtEventIds.has(link)).sort() }))
    .sort((a, b) => a.timePosition - b.timePosition || a.id.localeCompare(b.id));

  // Panels
  const panelFiles = files.filter((file) => file.startsWith('panels/'));
  const panelGroups: PanelGroup[] = [];
  const groupFolders = new Map<string, string[]>();
  for (const file of panelFiles) {
    const parts = file.split('/');
    if (parts.length < 3) {
      problems.warning(file, 0, 'this file is not inside a panel group folder, so the kiosk does not use it',
        'move it into media/panels/<group>/<panel-id>/ or delete it');
      usedFiles.add(file);
      continue;
    }
    const groupId = parts[1] ?? '';
    groupFolders.set(groupId, [...(groupFolders.get(groupId) ?? []), file]);
  }
  const panelIds = new Set<string>();
  const existingPanelIds = new Set<string>();
  for (const [groupId, groupFiles] of groupFolders) {
    const groupFile = `panels/${groupId}/group.yaml`;
    if (!ID_PATTERN.test(groupId)) {
      problems.error(`panels/${groupId}`, 0, `the folder name "${groupId}" cannot be a group id`, 'rename the folder using lowercase letters a-z, digits and hyphens only');
      continue;
    }
    if (trackIds.has(groupId)) {
      problems.error(`panels/${groupId}`, 0, `the group id "${groupId}" is also a track id, so their ids would clash`, 'rename the panel group folder');
      continue;
    }
    if (!fileSet.has(groupFile)) {
      problems.error(`panels/${groupId}`, 0, 'the panel group has no group.yaml, so its panels are not shown',
        'add group.yaml with title, summary and order (copy it from another group)');
      continue;
    }
    usedFiles.add(groupFile);
    const groupYaml = readYaml(source, groupFile, problems);
    const group = groupYaml ? checkWithSchema(groupFileSchema(languages), groupYaml, groupFile, problems) : null;
    if (!group) continue;
    const panels: Panel[] = [];
    const inPanelFolders = groupFiles.filter((file) => file !== groupFile);
    for (const file of inPanelFolders.filter((candidate) => candidate.split('/').length === 3)) {
      problems.warning(file, 0, 'this file is not inside a panel folder, so the kiosk does not use it',
        `move it into media/panels/${groupId}/<panel-id>/ or delete it`);
      usedFiles.add(file);
    }
    for (const [folder, entry] of groupIntoFolders(inPanelFolders.filter((file) => file.split('/').length > 3), 3, 'panel.yaml')) {
      const panelSlug = folder.split('/')[2] ?? '';
      if (!ID_PATTERN.test(panelSlug)) {
        problems.error(folder, 0, `the folder name "${panelSlug}" cannot be a panel id`, 'rename the folder using lowercase letters a-z, digits and hyphens only');
        continue;
      }
      existingPanelIds.add(`${groupId}/${panelSlug}`);
      if (!entry.yamlFile) {
        problems.error(folder, 0, 'the panel folder has no panel.yaml, so the panel is not shown',
          'add panel.yaml (copy one from another panel folder and change it), or delete the folder');
        continue;
      }
      usedFiles.add(entry.yamlFile);
      const yaml = readYaml(source, entry.yamlFile, problems);
      const panel = yaml ? checkWithSchema(panelFileSchema(languages), yaml, entry.yamlFile, problems) : null;
      if (!yaml || !panel) {
        for (const file of entry.files) usedFiles.add(file);
        continue;
      }
      const id = `${groupId}/${panelSlug}`;
      panelIds.add(id);
      const images = panel.images
        .map((image, index) => imageOf(image, folder, entry.yamlFile!, yaml, ['images', index]))
        .filter((image): image is MediaImage => image !== null);
      panels.push({
        id,
        groupId,
        order: panel.order,
        title: panel.title,
        subtitle: panel.subtitle ?? null,
        body: panel.body,
        sources: sourceReferences(panel.source, entry.yamlFile, yaml),
        images,
        narration: narrationOf(folder, entry.files, panel.narration?.text, entry.yamlFile, yaml),
      });
    }
    panels.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    panelGroups.push({ id: groupId, order: group.order, title: group.title, summary: group.summary, panels });
  }
  panelGroups.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

  // Tours
  const tours: Tour[] = [];
  for (const file of files.filter((candidate) => candidate.startsWith('tours/'))) {
    const name = file.slice('tours/'.length);
    if (!name.endsWith('.yaml') || name.includes('/')) {
      problems.warning(file, 0, 'the kiosk reads only .yaml files directly in media/tours/', 'rename it to <tour-id>.yaml in media/tours/, or delete it');
      usedFiles.add(file);
      continue;
    }
    const tourId = name.slice(0, -'.yaml'.length);
    usedFiles.add(file);
    if (!ID_PATTERN.test(tourId)) {
      problems.error(file, 0, `the file name "${name}" cannot be a tour id`, 'rename the file using lowercase letters a-z, digits and hyphens only');
      continue;
    }
    const yaml = readYaml(source, file, problems);
    const tour = yaml ? checkWithSchema(tourFileSchema(languages), yaml, file, problems) : null;
    if (!yaml || !tour) continue;
    const stops = tour.stops.flatMap((stop, index) => {
      if (builtEventIds.has(stop.stop) || panelIds.has(stop.stop)) {
        return [{ target: stop.stop, talkingPoints: stop.talkingPoints ?? null, playNarration: stop.playNarration }];
      }
      // A stop at an event or panel that exists but has errors of its own is left out until they
      // are fixed; those errors are reported already, and say where.
      if (existingEventIds.has(stop.stop) || existingPanelIds.has(stop.stop)) return [];
      const suggestion = closest(stop.stop, [...eventIds, ...panelIds]);
      problems.error(file, yaml.lineOf(['stops', index, 'stop']), `the stop "${stop.stop}" is not an event or panel that exists`,
        suggestion ? `did you mean "${suggestion}"? Otherwise remove the stop` : 'correct the id or remove the stop');
      return [];
    });
    tours.push({ id: tourId, title: tour.title, stops });
  }

  for (const file of files) {
    if (usedFiles.has(file)) continue;
    if (!file.includes('/') && ROOT_FILES.has(file)) continue;
    problems.warning(file, 0, 'the kiosk does not use this file', 'if it should appear, name it in the yaml beside it (see the staff guide); otherwise delete it');
  }

  const sorted = sortProblems(problems.problems);
  const eventsByTrack: Record<string, number> = {};
  for (const track of tracks) eventsByTrack[track.id] = linkedEvents.filter((event) => event.trackId === track.id).length;
  const panelsByGroup: Record<string, number> = {};
  for (const group of panelGroups) panelsByGroup[group.id] = group.panels.length;
  const narrations = [...linkedEvents.map((event) => event.narration), ...panelGroups.flatMap((group) => group.panels.map((panel) => panel.narration))]
    .filter((narration): narration is Narration => narration !== null);

  return {
    problems: sorted,
    errorCount: sorted.filter((problem) => problem.severity === 'error').length,
    warningCount: sorted.filter((problem) => problem.severity === 'warning').length,
    bundle: {
      version: hash.digest('hex').slice(0, 12),
      settings,
      tracks,
      events: linkedEvents,
      panelGroups,
      tours,
    },
    referencedFiles: [...referencedFiles].sort(),
    summary: {
      eventsByTrack,
      panelsByGroup,
      languages,
      narratedItems: narrations.length,
      recordedNarrations: narrations.filter((narration) => Object.values(narration.audio).some((url) => url !== null)).length,
      tours: tours.length,
    },
  };
}
