/**
 * The one content validator. media:check, the Vite build and the dev server all call
 * validateMedia(); it reads every file under media/, reports every problem at once (never only
 * the first), and builds the content bundle from whatever is good. The build refuses to ship a
 * bundle while any error remains; the dev server shows the errors and the good part.
 */
import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { isSupportedLanguage, SUPPORTED_LANGUAGES } from '../i18n/interfaceText.ts';
import { parseContentDate, timePositionOf, timeSpanOf } from '../contentModel/contentDate.ts';
import { isStaffLanguage, sortProblems, type ContentProblem, type StaffLanguage, type StaffText } from '../contentModel/contentProblem.ts';
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
} from '../contentModel/contentSchema.ts';
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
} from '../contentModel/contentTypes.ts';
import type { ImageFormat, ImageProbe } from './imageProbe.ts';
import {
  AUDIO_EXTENSIONS,
  extensionOf,
  IMAGE_EXTENSIONS,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_PIXELS,
  MAX_RECORDING_BYTES,
  MAX_UNCOMPRESSED_RECORDING_BYTES,
  MIN_IMAGE_SHORT_SIDE,
  NARRATION_ENCODER,
  recordingNeedsEncoding,
  type ProcessedMediaUrls,
} from '../contentModel/mediaFormats.ts';
import { generatedCaptionsAreStale, isGeneratedCaptionFile } from './starterNarration.ts';
import { parseWebVtt } from '../contentModel/webVtt.ts';
import { readYamlFile, type YamlFile } from './yamlFile.ts';

/** The files under media/, as POSIX paths relative to it, and a way to read them. */
export interface MediaSource {
  readonly files: readonly string[];
  readText(relativePath: string): string;
  readBytes(relativePath: string): Uint8Array;
  sizeOf(relativePath: string): number;
}

export type AudioProbe =
  | { readonly ok: true; readonly durationSeconds: number; readonly codec: string; readonly bitrate: number | null }
  /** Why the recording cannot be played, in words for staff. */
  | { readonly ok: false; readonly reason: StaffText; /** The extension it should have, when it was only misnamed. */ readonly renameTo?: string };

export interface ValidateMediaOptions {
  /** The URL the kiosk will load a media file from (hashed in a build, plain in dev). */
  mediaUrl(relativePath: string): string;
  /** The folder name used in messages; `media` unless a test validates a copy. */
  displayRoot?: string;
  /** What each recording really holds (audioProbe.ts); without it recordings are not opened. */
  audioProbes?: ReadonlyMap<string, AudioProbe>;
  /** What each picture really is (imageProbe.ts); without it pictures are not opened. */
  imageProbes?: ReadonlyMap<string, ImageProbe>;
  /** Whether the recording encoder (lame) can run here; left out, recordings needing it are not judged. */
  narrationEncoderAvailable?: boolean;
  /** The build's copies of pictures and recordings (mediaProcessing.ts), by source file, as kiosk URLs. */
  processed?: ReadonlyMap<string, ProcessedMediaUrls>;
}

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
  /**
   * The language staff read problems in: kiosk.yaml's `staff.language`, else its `defaultLanguage`
   * when staff read that language, else Chinese (also when kiosk.yaml cannot be read).
   */
  readonly staffLanguage: StaffLanguage;
}

/** What a picture's name promises; a HEIF may hold HEVC (an iPhone photograph) or AV1. */
const FORMATS_BY_EXTENSION: Readonly<Record<string, readonly ImageFormat[]>> = {
  jpg: ['jpeg'], jpeg: ['jpeg'], png: ['png'], webp: ['webp'], avif: ['avif'], heic: ['heic'], heif: ['heic', 'avif'],
};
const FALLBACK_LANGUAGES: readonly LanguageCode[] = ['zh-Hans', 'en'];
/** Files an operating system leaves behind; they are nobody's content. */
const SYSTEM_LITTER = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini|\._[^/]*)$/;
const ROOT_FILES = new Set(['kiosk.yaml', 'tracks.yaml', 'sources.yaml', 'README.md', 'README.zh-Hans.md']);

const LANGUAGE_NAMES: Readonly<Record<string, StaffText>> = {
  'zh-Hans': { 'zh-Hans': '中文（zh-Hans）', en: 'Chinese (zh-Hans)' },
  en: { 'zh-Hans': '英文（en）', en: 'English (en)' },
};

/** Where staff are sent for the allowed fields and values. */
const STAFF_GUIDE: StaffText = { 'zh-Hans': 'README.md 里的内容维护说明', en: 'the staff guide in README.md' };

/** Every field name any content file may use: suggestions for a misspelt field come from here. */
const KNOWN_FIELDS = [
  'languages', 'defaultLanguage', 'idle', 'warningAfterSeconds', 'countdownSeconds', 'narrationHoldCapSeconds',
  'audio', 'volumeCap', 'motion', 'reducedMotion', 'id', 'order', 'colour', 'accentColour', 'title', 'date',
  'dateLabel', 'before', 'after', 'summary', 'body', 'source', 'links', 'image', 'images', 'file', 'alt', 'credit',
  'narration', 'text', 'subtitle', 'stops', 'stop', 'talkingPoints', 'playNarration', 'updates', 'checkEveryMinutes',
  'maintenance', 'dailyReloadHour', 'staff', 'docent', 'pinSha256', 'language', 'silenceEndsTourMinutes',
  ...SUPPORTED_LANGUAGES,
];

const EVENT_ID_FORM: StaffText = {
  'zh-Hans': '写一个事件的编号，例如 party/2022-twentieth-congress',
  en: 'write the id of an event, for example party/2022-twentieth-congress',
};

const DATE_FORM: StaffText = {
  'zh-Hans': '日期写成 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 1949-10-01；资料写到年就只写年，写到月就只写到月',
  en: 'write the date as YYYY, YYYY-MM or YYYY-MM-DD, for example 1949-10-01; give only what the source says',
};

/** Field-specific advice for values of the wrong form. */
const FIELD_FORMS: Readonly<Record<string, StaffText>> = {
  date: DATE_FORM,
  before: EVENT_ID_FORM,
  after: EVENT_ID_FORM,
  links: {
    'zh-Hans': '写另一条时间线上的事件编号，每行一个，例如“- museum/2019-salute-to-the-republic”',
    en: 'write event ids on the other track, one per line, for example "- museum/2019-salute-to-the-republic"',
  },
  stop: {
    'zh-Hans': '写一个事件编号（party/...）或专题编号（culture/...）',
    en: 'write an event id (party/...) or a panel id (culture/...)',
  },
  colour: {
    'zh-Hans': '颜色写成 # 加六位十六进制数字，例如 #B71C1C',
    en: 'write a colour as # and six hex digits, for example #B71C1C',
  },
  accentColour: {
    'zh-Hans': '颜色写成 # 加六位十六进制数字，例如 #D4A94A',
    en: 'write a colour as # and six hex digits, for example #D4A94A',
  },
  id: {
    'zh-Hans': '只用小写英文字母 a-z、数字和连字符（-），例如 party',
    en: 'use lowercase letters a-z, digits and hyphens, for example party',
  },
  order: { 'zh-Hans': '写一个整数，例如 1', en: 'write a whole number, for example 1' },
  source: {
    'zh-Hans': '写 media/sources.yaml 里的一个来源编号（例如 article）、几个编号组成的列表（[public, article]），或者用一句话写明来源',
    en: 'write a key from media/sources.yaml (for example article), a list of keys ([public, article]), or a sentence naming the source',
  },
  volumeCap: {
    'zh-Hans': '写 0（静音）到 1（最大音量）之间的数，例如 0.8',
    en: 'write a number from 0 (silent) to 1 (full volume), for example 0.8',
  },
  reducedMotion: {
    'zh-Hans': '写 auto（跟随屏幕的设置）、always 或 never',
    en: 'write auto (follow the screen\'s setting), always or never',
  },
  playNarration: { 'zh-Hans': '写 true（播放）或 false（不播放）', en: 'write true or false' },
  pinSha256: {
    'zh-Hans': '这里要写密码的 SHA-256 值（64 位十六进制数字）：运行“npm run pin:hash -- 1234”（把 1234 换成你的密码），把输出的内容粘贴到这里',
    en: 'write the SHA-256 of the PIN as 64 hex digits: run "npm run pin:hash -- 1234" (with your PIN) and paste what it prints',
  },
  dailyReloadHour: {
    'zh-Hans': '写 0 到 23 之间的一个钟点；不需要每天重新启动就写 null',
    en: 'write an hour from 0 to 23, or null for no daily reload',
  },
  language: { 'zh-Hans': '写 zh-Hans（中文）或 en（英文）', en: 'write zh-Hans (Chinese) or en (English)' },
};

const RENAME_FOLDER: StaffText = {
  'zh-Hans': '给文件夹改名，只用小写英文字母 a-z、数字和连字符（-）',
  en: 'rename the folder using lowercase letters a-z, digits and hyphens only',
};

/** Optimal string alignment distance: a swapped pair of letters ("atl" for "alt") counts as one edit. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
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

  error(file: string, line: number, message: StaffText, fix: StaffText): void {
    this.problems.push({ severity: 'error', file: this.where(file), line, message, fix });
  }

  warning(file: string, line: number, message: StaffText, fix: StaffText): void {
    this.problems.push({ severity: 'warning', file: this.where(file), line, message, fix });
  }

  private where(file: string): string {
    return file === '' ? this.displayRoot : `${this.displayRoot}/${file}`;
  }
}

/** A value as valibot quotes it (`"text"`, `12`, `Object`), put into Chinese words where it names a kind of value. */
function chineseValue(received: string): string {
  if (received === 'undefined') return '什么也没写';
  if (received === 'null') return '是空的';
  if (received === 'Object') return '是一组字段';
  if (received === 'Array') return '是一个列表';
  if (received.length >= 2 && received.startsWith('"') && received.endsWith('"')) return `写的是“${received.slice(1, -1)}”`;
  return `写的是 ${received}`;
}

/** Chinese leaves a space before Latin letters and digits that follow it: 写成 true 或 false. */
function afterChinese(text: string): string {
  return /^[\x21-\x7e]/.test(text) ? ` ${text}` : text;
}

/** valibot's bound (`>=10`, `<=3600`) in Chinese words. */
function chineseBound(expected: string | null): string {
  const bound = /^([<>]=?)(.*)$/.exec(expected ?? '');
  if (!bound) return expected ?? '';
  const words: Readonly<Record<string, string>> = { '>=': '不小于', '<=': '不大于', '>': '大于', '<': '小于' };
  return `${words[bound[1] ?? ''] ?? bound[1]} ${bound[2]}`;
}

/** Turns a valibot issue into a sentence a staff member can act on. */
function describeSchemaIssue(issue: v.BaseIssue<unknown>): { message: StaffText; fix: StaffText } {
  const path = (issue.path ?? []).map((item) => item.key as string | number);
  const last = path[path.length - 1];
  const parentPath = path.slice(0, -1);
  const field = fieldPath(path) || 'the file';
  /** The field as Chinese prose names it: quoted, or "this file" for the whole file. */
  const chineseField = fieldPath(path) ? `“${fieldPath(path)}”` : '这个文件';
  const namedField = String([...path].reverse().find((segment) => typeof segment === 'string') ?? '');
  const lastPathItem = issue.path?.[issue.path.length - 1];

  if ((issue.type === 'strict_object' || issue.type === 'object') && lastPathItem?.origin === 'key') {
    if (issue.expected === 'never') {
      const suggestion = closest(String(last), KNOWN_FIELDS);
      return {
        message: {
          'zh-Hans': `${parentPath.length ? `“${fieldPath(parentPath)}”下面` : ''}有一个不认识的字段“${String(last)}”（触摸屏会忽略它）`,
          en: `unknown field "${String(last)}"${parentPath.length ? ` under "${fieldPath(parentPath)}"` : ''} (the kiosk would ignore it)`,
        },
        fix: suggestion
          ? { 'zh-Hans': `是不是想写“${suggestion}”？请改成这个名字，或者删掉这一行`, en: `did you mean "${suggestion}"? Rename it, or delete the line` }
          : { 'zh-Hans': `删掉这一行，或者对照 ${STAFF_GUIDE['zh-Hans']}检查拼写`, en: `delete the line, or check the spelling against ${STAFF_GUIDE.en}` },
      };
    }
    const missing = String(last);
    if (LANGUAGE_NAMES[missing] !== undefined || isSupportedLanguage(missing)) {
      const languageName = LANGUAGE_NAMES[missing];
      return {
        message: {
          'zh-Hans': `“${fieldPath(parentPath)}”缺少${languageName?.['zh-Hans'] ?? ` ${missing} `}文字`,
          en: `the ${languageName?.en ?? missing} text of "${fieldPath(parentPath)}" is missing`,
        },
        fix: {
          'zh-Hans': `在“${fieldPath(parentPath)}:”下面加一行“${missing}: ...”，写上这种语言的文字`,
          en: `add a line "${missing}: ..." under "${fieldPath(parentPath)}:" with the text in that language`,
        },
      };
    }
    const form = FIELD_FORMS[missing];
    return {
      message: { 'zh-Hans': `缺少字段“${field}”`, en: `the field "${field}" is missing` },
      fix: {
        'zh-Hans': `加上“${missing}:”${form ? `（${form['zh-Hans']}）` : `，写法见 ${STAFF_GUIDE['zh-Hans']}`}`,
        en: `add "${missing}:" ${form ? `(${form.en})` : `as shown in ${STAFF_GUIDE.en}`}`,
      },
    };
  }
  if (issue.type === 'min_length' && issue.expected === '>=1') {
    if (typeof issue.input === 'string') {
      return {
        message: { 'zh-Hans': `${chineseField}是空的`, en: `"${field}" is empty` },
        fix: { 'zh-Hans': '写上文字；如果这个字段可以不写，就删掉这一行', en: 'write the text, or remove the line if the field is optional' },
      };
    }
    return {
      message: { 'zh-Hans': `${chineseField}是一个空列表`, en: `"${field}" is an empty list` },
      fix: { 'zh-Hans': '至少写一项；如果这个字段可以不写，就删掉它', en: 'add at least one item, or remove the field if it is optional' },
    };
  }
  const form = FIELD_FORMS[namedField];
  if (issue.type === 'regex' || issue.type === 'union' || issue.type === 'picklist') {
    return {
      message: {
        'zh-Hans': `${chineseField}${chineseValue(issue.received)}，这个值在这里不能用`,
        en: `"${field}" has the value ${issue.received}, which is not valid here`,
      },
      fix: form ?? { 'zh-Hans': `可以写哪些值，见 ${STAFF_GUIDE['zh-Hans']}`, en: `see ${STAFF_GUIDE.en} for the allowed values` },
    };
  }
  if (issue.type === 'min_value' || issue.type === 'max_value') {
    return {
      message: {
        'zh-Hans': `${chineseField}是 ${issue.received}，但必须${chineseBound(issue.expected)}`,
        en: `"${field}" is ${issue.received}, but it must be ${issue.expected}`,
      },
      fix: form ?? { 'zh-Hans': `写一个${chineseBound(issue.expected)} 的数`, en: `write a number ${issue.expected}` },
    };
  }
  if (issue.type === 'integer') {
    return {
      message: { 'zh-Hans': `${chineseField}是 ${issue.received}，但必须是整数`, en: `"${field}" is ${issue.received}, but it must be a whole number` },
      fix: form ?? { 'zh-Hans': '写一个整数', en: 'write a whole number' },
    };
  }
  const groupOfFields: StaffText = { 'zh-Hans': '一组字段（写在它下面、向右缩进的几行）', en: 'a group of fields (indented lines under it)' };
  const expectedWords: Readonly<Record<string, StaffText>> = {
    string: { 'zh-Hans': '文字', en: 'text' },
    number: { 'zh-Hans': '一个数', en: 'a number' },
    boolean: { 'zh-Hans': 'true 或 false', en: 'true or false' },
    array: { 'zh-Hans': '一个列表（每行以“- ”开头）', en: 'a list (lines starting with "- ")' },
    strict_object: groupOfFields,
    object: groupOfFields,
    record: groupOfFields,
  };
  const expected = expectedWords[issue.type];
  if (expected) {
    const received = issue.received === 'undefined' ? 'nothing'
      : issue.received === 'null' ? 'empty'
      : issue.received === 'Object' ? 'a group of fields'
      : issue.received === 'Array' ? 'a list'
      : issue.received;
    return {
      message: {
        'zh-Hans': `${chineseField}应该是${afterChinese(expected['zh-Hans'])}，但现在${chineseValue(issue.received)}`,
        en: `"${field}" should be ${expected.en}, but it is ${received}`,
      },
      fix: form ?? (issue.type === 'strict_object' || issue.type === 'object'
        ? { 'zh-Hans': '把属于它的字段向右缩进两个空格，和其他文件一样', en: 'indent the fields that belong under it by two spaces, as in the other files' }
        : { 'zh-Hans': `写成${afterChinese(expected['zh-Hans'])}`, en: `write ${expected.en}` }),
    };
  }
  return {
    message: { 'zh-Hans': `${chineseField}的值不对（解析器提示：${issue.message}）`, en: `"${field}": ${issue.message}` },
    fix: form ?? { 'zh-Hans': `见 ${STAFF_GUIDE['zh-Hans']}`, en: `see ${STAFF_GUIDE.en}` },
  };
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
      problems.warning(file, yaml.lineOf(path), {
        'zh-Hans': `“${fieldPath(path)}”里有“${found[0]}”，触摸屏会把它原样显示出来`,
        en: `"${fieldPath(path)}" contains "${found[0]}", which the kiosk will show literally, as typed`,
      }, { 'zh-Hans': '只写普通文字；触摸屏不会执行网页代码，也不会打开链接', en: 'write plain text; the kiosk never runs markup or opens links' });
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
    problems.error(file, syntaxError.line, {
      'zh-Hans': `文件无法按 YAML 格式读取（${syntaxError.staffMessage['zh-Hans']}）`,
      en: `the file cannot be read as YAML (${syntaxError.staffMessage.en})`,
    }, {
      'zh-Hans': '检查缩进（用空格，不用 Tab，和上下几行对齐）、字段名后面有没有少冒号“:”、引号是不是成对',
      en: 'check the indentation (spaces, not tabs, lined up with the lines around it), a missing ":" after a field name, and quotes that open but do not close',
    });
  }
  if (yaml.syntaxErrors.length > 0) return null;
  if (yaml.value === null || yaml.value === undefined) {
    problems.error(file, 1, { 'zh-Hans': '文件是空的', en: 'the file is empty' }, {
      'zh-Hans': `按 ${STAFF_GUIDE['zh-Hans']}写上各个字段，或者删掉这个文件`,
      en: `write the fields shown in ${STAFF_GUIDE.en}, or delete the file`,
    });
    return null;
  }
  return yaml;
}

/**
 * The staff language kiosk.yaml asks for. Read from the parsed YAML rather than the checked
 * settings, so that a mistake elsewhere in kiosk.yaml is still reported in the staff's language.
 */
function staffLanguageOf(kioskYaml: YamlFile | null): StaffLanguage {
  const settings: unknown = kioskYaml?.value;
  if (!settings || typeof settings !== 'object') return 'zh-Hans';
  const { staff, defaultLanguage } = settings as { staff?: unknown; defaultLanguage?: unknown };
  const language = staff && typeof staff === 'object' ? (staff as { language?: unknown }).language : undefined;
  if (isStaffLanguage(language)) return language;
  if (isStaffLanguage(defaultLanguage)) return defaultLanguage;
  return 'zh-Hans';
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
  let staffLanguage: StaffLanguage = 'zh-Hans';
  const files = source.files.filter((file) => !SYSTEM_LITTER.test(file)).sort();
  const fileSet = new Set(files);
  const usedFiles = new Set<string>();
  const referencedFiles = new Set<string>();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(source.readBytes(file)).update('\0');

  /** Narration text (language and text) → the item that has it first: a copied folder's leftover is caught. */
  const narrationOwners = new Map<string, string>();
  const media = (file: string): string => {
    referencedFiles.add(file);
    usedFiles.add(file);
    return options.mediaUrl(file);
  };
  /** The build's copy of a picture or recording, when it has made one (the kiosk never loads the original then). */
  const processedCopy = (file: string): ProcessedMediaUrls | undefined => {
    referencedFiles.add(file);
    usedFiles.add(file);
    return options.processed?.get(file);
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
    problems.error('kiosk.yaml', 0, { 'zh-Hans': '缺少设置文件', en: 'the settings file is missing' }, {
      'zh-Hans': '从上一个版本（git）恢复 media/kiosk.yaml，或者复制 README.md 里的示例',
      en: 'restore media/kiosk.yaml from the previous version (git) or copy the example in README.md',
    });
  } else {
    usedFiles.add('kiosk.yaml');
    const yaml = readYaml(source, 'kiosk.yaml', problems);
    staffLanguage = staffLanguageOf(yaml);
    const parsed = yaml ? checkWithSchema(kioskSettingsSchema, yaml, 'kiosk.yaml', problems) : null;
    if (yaml && parsed) {
      const unsupported = parsed.languages.filter((language) => !isSupportedLanguage(language));
      for (const language of unsupported) {
        problems.error('kiosk.yaml', yaml.lineOf(['languages', parsed.languages.indexOf(language)]), {
          'zh-Hans': `触摸屏的按钮没有“${language}”这种语言的文字`,
          en: `the kiosk's buttons have no words in "${language}"`,
        }, {
          'zh-Hans': `只能用 ${SUPPORTED_LANGUAGES.join('、')}；要增加新的语言，需要先请程序员加上这种语言的界面文字`,
          en: `use only ${SUPPORTED_LANGUAGES.join(', ')}; a new language needs a programmer to add its interface words first`,
        });
      }
      if (!parsed.languages.includes(parsed.defaultLanguage)) {
        problems.error('kiosk.yaml', yaml.lineOf(['defaultLanguage']), {
          'zh-Hans': `默认语言“${parsed.defaultLanguage}”不在 languages 列表里`,
          en: `the default language "${parsed.defaultLanguage}" is not in the languages list`,
        }, {
          'zh-Hans': `把 defaultLanguage 改成其中之一：${parsed.languages.join('、')}`,
          en: `set defaultLanguage to one of: ${parsed.languages.join(', ')}`,
        });
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
    problems.error('tracks.yaml', 0, { 'zh-Hans': '缺少时间线列表', en: 'the list of timeline tracks is missing' }, {
      'zh-Hans': '从上一个版本（git）恢复 media/tracks.yaml',
      en: 'restore media/tracks.yaml from the previous version (git)',
    });
  } else {
    usedFiles.add('tracks.yaml');
    const yaml = readYaml(source, 'tracks.yaml', problems);
    const parsed = yaml ? checkWithSchema(tracksFileSchema(languages), yaml, 'tracks.yaml', problems) : null;
    if (yaml && parsed) {
      const seen = new Set<string>();
      parsed.forEach((track, index) => {
        if (seen.has(track.id)) {
          problems.error('tracks.yaml', yaml.lineOf([index, 'id']),
            { 'zh-Hans': `时间线编号“${track.id}”用了两次`, en: `the track id "${track.id}" is used twice` },
            { 'zh-Hans': '每条时间线要有自己的编号', en: 'give every track its own id' });
          return;
        }
        seen.add(track.id);
        tracks.push({ id: track.id, order: track.order, colour: track.colour, accentColour: track.accentColour, title: track.title });
      });
      tracks.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    }
  }
  const trackIds = new Set(tracks.map((track) => track.id));
  /** Without a readable tracks.yaml no event can be placed; its own error says so, once. */
  const tracksReadable = tracks.length > 0;

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
        problems.error(file, yaml.lineOf(typeof value === 'string' ? ['source'] : ['source', index]), {
          'zh-Hans': `来源编号“${entry}”不在 media/sources.yaml 里`,
          en: `the source key "${entry}" is not in media/sources.yaml`,
        }, suggestion ? { 'zh-Hans': `是不是想写“${suggestion}”？`, en: `did you mean "${suggestion}"?` } : {
          'zh-Hans': '在 media/sources.yaml 里加上这个编号和它的完整出处，或者直接用文字写出来源',
          en: 'add the key with its citation to media/sources.yaml, or write the source out in words',
        });
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
      problems.error(file, yaml.lineOf([...path, 'file']), {
        'zh-Hans': `触摸屏不能显示“${image.file}”这种格式的图片`,
        en: `"${image.file}" is not a picture format the kiosk shows`,
      }, {
        'zh-Hans': `把图片另存为 ${IMAGE_EXTENSIONS.join('、')} 格式之一，并改正这里的文件名`,
        en: `save the picture as ${IMAGE_EXTENSIONS.join(', ')} and change the file name here`,
      });
      return null;
    }
    if (!fileSet.has(imagePath)) {
      const sameButCase = files.find((candidate) => folderOf(candidate) === folder && candidate.toLowerCase() === imagePath.toLowerCase());
      const actualName = sameButCase?.split('/').pop();
      problems.error(file, yaml.lineOf([...path, 'file']), {
        'zh-Hans': `文件夹 ${folder}/ 里没有图片“${image.file}”`,
        en: `the picture "${image.file}" is not in the folder ${folder}/`,
      }, actualName ? {
        'zh-Hans': `文件夹里有“${actualName}”：照它写（大小写也要一致）`,
        en: `the folder has "${actualName}": write that name (names are case-sensitive)`,
      } : {
        'zh-Hans': `把图片复制到 ${folder}/ 里，或者改正文件名（大小写也要一致）`,
        en: `copy the picture into ${folder}/ or correct the file name (names are case-sensitive)`,
      });
      return null;
    }
    // Named by its yaml, so never also reported as unused, whatever else is wrong with it.
    usedFiles.add(imagePath);
    const bytes = source.sizeOf(imagePath);
    if (bytes > MAX_IMAGE_BYTES) {
      const megabytes = (bytes / 1024 / 1024).toFixed(1);
      problems.error(imagePath, 0, {
        'zh-Hans': `图片有 ${megabytes} MB；生成触摸屏版本时会自动缩小图片，但每张原图最多 ${MAX_IMAGE_BYTES / 1024 / 1024} MB`,
        en: `the picture is ${megabytes} MB; the build shrinks pictures for the screen itself, but takes at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB per original`,
      }, {
        'zh-Hans': '从相机或相册重新导出为 JPEG（长边约 4000 像素、质量 90 就足够），并在 yaml 里写上新的文件名',
        en: 'export it again from the camera or photo app as JPEG (about 4000 pixels on the long side, quality 90 is plenty) and write its name in the yaml',
      });
      return null;
    }
    const probe = options.imageProbes?.get(imagePath);
    if (probe && !probe.ok) {
      problems.error(imagePath, 0, probe.reason, {
        'zh-Hans': '用看图或修图软件打开原图，另存为 JPEG，文件名和这里写的一致',
        en: 'open the original in a photo editor and save it again as JPEG, with the name written here',
      });
      return null;
    }
    if (probe?.ok) {
      const megapixels = (probe.width * probe.height) / 1_000_000;
      if (probe.width * probe.height > MAX_IMAGE_PIXELS) {
        problems.error(imagePath, 0, {
          'zh-Hans': `图片有 ${probe.width} × ${probe.height} 像素（${megapixels.toFixed(0)} 百万像素），太大，无法处理`,
          en: `the picture is ${probe.width} x ${probe.height} pixels (${megapixels.toFixed(0)} megapixels), too many to process`,
        }, {
          'zh-Hans': '重新导出为长边约 4000 像素的 JPEG，并在 yaml 里写上新的文件名',
          en: 'export it again as JPEG at about 4000 pixels on the long side and write its name in the yaml',
        });
        return null;
      }
      const extension = extensionOf(image.file);
      if (!(FORMATS_BY_EXTENSION[extension] ?? []).includes(probe.format)) {
        const actual = probe.format === 'other' ? '' : probe.format.toUpperCase();
        problems.warning(imagePath, 0, {
          'zh-Hans': `文件名是 .${extension}，但里面是${actual ? ` ${actual} ` : '另一种格式的'}图片`,
          en: `the file is named .${extension} but holds a ${actual || 'different kind of'} picture`,
        }, {
          'zh-Hans': '按实际格式改文件名（并改正这里的 file:），或者另存为 JPEG',
          en: 'rename it to match what it is (and the file: line here), or save it again as JPEG',
        });
      }
      if (Math.min(probe.width, probe.height) < MIN_IMAGE_SHORT_SIDE) {
        problems.warning(imagePath, 0, {
          'zh-Hans': `图片只有 ${probe.width} × ${probe.height} 像素，在屏幕上会显得模糊`,
          en: `the picture is only ${probe.width} x ${probe.height} pixels and will look blurred on the screen`,
        }, {
          'zh-Hans': `换一张短边至少 ${MIN_IMAGE_SHORT_SIDE} 像素的原图`,
          en: `use an original at least ${MIN_IMAGE_SHORT_SIDE} pixels on its shorter side`,
        });
      }
    }
    const copy = processedCopy(imagePath);
    if (copy?.kind === 'image') {
      const { url, sources, thumbnailUrl, width, height } = copy;
      return { url, sources, thumbnailUrl, width, height, alt: image.alt, credit: image.credit ?? null };
    }
    const url = media(imagePath);
    const width = probe?.ok ? probe.width : 0;
    const height = probe?.ok ? probe.height : 0;
    return { url, sources: [], thumbnailUrl: url, width, height, alt: image.alt, credit: image.credit ?? null };
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
    const cueCounts: { file: string; count: number }[] = [];
    const ownerId = folder.replace(/^(timeline|panels)\//, '');
    let anyMediaFile = false;
    for (const language of languages) {
      // In AUDIO_EXTENSIONS order, so a studio WAV dropped beside the starter MP3 is the one played.
      const recordings = AUDIO_EXTENSIONS
        .map((extension) => `${folder}/narration.${language}.${extension}`)
        .filter((candidate) => folderFiles.includes(candidate));
      // Found by their names: a second recording gets its own warning below, not an "unused" one too.
      for (const candidate of recordings) usedFiles.add(candidate);
      const captionFile = `${folder}/narration.${language}.vtt`;
      const recording = recordings[0] ?? null;
      if (recording && recordings.length > 1) {
        const played = recording.split('/').pop() ?? '';
        const others = recordings.slice(1).map((other) => other.split('/').pop() ?? '');
        problems.warning(recordings[1] ?? folder, 0, {
          'zh-Hans': `${language} 有 ${recordings.length} 个录音，触摸屏只播放 ${played}`,
          en: `there are ${recordings.length} recordings for ${language}; the kiosk plays ${played}`,
        }, {
          'zh-Hans': `如果应该播放 ${played}，就删掉 ${others.join('、')}；否则删掉 ${played}`,
          en: `if ${played} is the right one, delete ${others.join(', ')}; otherwise delete ${played}`,
        });
      }
      const hasCaptions = fileSet.has(captionFile);
      anyMediaFile ||= recording !== null || hasCaptions;
      if (!text) continue;
      const probe = recording ? options.audioProbes?.get(recording) : undefined;
      let recordingUsable = probe === undefined || probe.ok;
      if (recording && probe && !probe.ok) {
        const renamed = probe.renameTo ? `${recording.split('/').pop()?.replace(/\.[^.]+$/, '')}.${probe.renameTo}` : null;
        problems.error(recording, 0, {
          'zh-Hans': `录音无法播放：${probe.reason['zh-Hans']}`,
          en: `the recording cannot be played: ${probe.reason.en}`,
        }, renamed ? {
          'zh-Hans': `把文件名改成 ${renamed}`,
          en: `rename it to ${renamed}`,
        } : {
          'zh-Hans': '用录音软件重新导出为 WAV 或 MP3；也可以删掉它，只显示字幕',
          en: 'export it again as WAV or MP3 from the recording software, or delete it to use captions only',
        });
      }
      // A recording that cannot be opened has said so above; its size and format are beside the point.
      if (recording && recordingUsable) {
        const bytes = source.sizeOf(recording);
        const megabytes = (bytes / 1024 / 1024).toFixed(1);
        const kind = extensionOf(recording).toUpperCase();
        const needsEncoding = recordingNeedsEncoding(recording, probe?.ok ? probe.bitrate : null);
        // Without the encoder an MP3 ships as it is, so it must fit the shipping limit.
        const willBeEncoded = needsEncoding && (kind === 'WAV' || options.narrationEncoderAvailable !== false);
        const budget = willBeEncoded ? MAX_UNCOMPRESSED_RECORDING_BYTES : MAX_RECORDING_BYTES;
        if (bytes > budget) {
          recordingUsable = false;
          problems.error(recording, 0, willBeEncoded ? {
            'zh-Hans': `录音有 ${megabytes} MB；生成触摸屏版本时会自动压缩，但每段原始录音最多 ${budget / 1024 / 1024} MB`,
            en: `the recording is ${megabytes} MB; the build compresses recordings itself, but takes at most ${budget / 1024 / 1024} MB per original`,
          } : {
            'zh-Hans': `录音有 ${megabytes} MB，触摸屏每段录音最多 ${budget / 1024 / 1024} MB`,
            en: `the recording is ${megabytes} MB; the kiosk takes at most ${budget / 1024 / 1024} MB per recording`,
          }, willBeEncoded ? {
            'zh-Hans': '把讲解分成几段（每个展项一段），或者导出为单声道 WAV',
            en: 'split the narration into shorter pieces (one per item), or export it as mono WAV',
          } : {
            'zh-Hans': '重新导出为 WAV，生成时会自动压缩；或导出为 MP3、单声道、64 kbit/s（录人声足够清楚），文件名不变',
            en: 'export it again as WAV (the build compresses it), or as MP3, mono, 64 kbit/s (plenty for a voice), keeping the same name',
          });
        } else if (needsEncoding && options.narrationEncoderAvailable === false) {
          const install = {
            'zh-Hans': `安装 ${NARRATION_ENCODER}（Debian/Ubuntu：sudo apt-get install ${NARRATION_ENCODER}；macOS：brew install ${NARRATION_ENCODER}），再运行检查`,
            en: `install ${NARRATION_ENCODER} (Debian/Ubuntu: sudo apt-get install ${NARRATION_ENCODER}; macOS: brew install ${NARRATION_ENCODER}) and run the check again`,
          };
          if (kind === 'WAV') {
            recordingUsable = false;
            problems.error(recording, 0, {
              'zh-Hans': `这是 WAV 录音；生成触摸屏版本时要用 ${NARRATION_ENCODER} 程序把它压缩成 MP3，但这台电脑上没有 ${NARRATION_ENCODER}`,
              en: `this is a WAV recording; the build compresses it to MP3 with the program ${NARRATION_ENCODER}, which is not installed on this computer`,
            }, {
              'zh-Hans': `${install['zh-Hans']}；或者自己把录音导出为 MP3（单声道，64 kbit/s）`,
              en: `${install.en}; or export the recording as MP3 (mono, 64 kbit/s) yourself`,
            });
          } else {
            problems.warning(recording, 0, {
              'zh-Hans': `这段 ${kind} 录音的码率高于讲解需要的，本该压缩，但这台电脑上没有 ${NARRATION_ENCODER}，只能原样使用（${megabytes} MB）`,
              en: `this ${kind} recording has a higher bit rate than a voice needs and would be compressed, but ${NARRATION_ENCODER} is not installed, so it ships as it is (${megabytes} MB)`,
            }, install);
          }
        }
      }
      if (hasCaptions) {
        // Found by its name, so never also reported as unused, whatever else is wrong with it.
        usedFiles.add(captionFile);
        const captionText = source.readText(captionFile);
        const parsed = parseWebVtt(captionText);
        const generated = isGeneratedCaptionFile(captionText);
        for (const problem of parsed.problems) {
          problems.error(captionFile, problem.line, {
            'zh-Hans': `字幕文件：${problem.staffMessage['zh-Hans']}`,
            en: `caption file: ${problem.staffMessage.en}`,
          }, generated ? {
            'zh-Hans': `改正字幕文件（WebVTT 格式），或者运行“npm run media:narrate -- --force --only ${ownerId}”重新生成初版讲解`,
            en: `correct the caption file (WebVTT), or run "npm run media:narrate -- --force --only ${ownerId}" to make the starter narration again`,
          } : {
            'zh-Hans': '改正字幕文件（WebVTT 格式，员工指南里有示例）',
            en: 'correct the caption file (WebVTT; the staff guide shows the form)',
          });
        }
        if (parsed.problems.length === 0) cueCounts.push({ file: captionFile, count: parsed.cues.length });
        if (text && parsed.problems.length === 0 && generatedCaptionsAreStale(captionText, text[language] ?? '')) {
          problems.warning(captionFile, 0, {
            'zh-Hans': `讲解文字改过了，但这份初版录音和字幕还是按原来的文字生成的，观众听到、看到的仍是旧内容`,
            en: 'the narration text has changed since this starter recording and its captions were made, so visitors still hear and read the old text',
          }, {
            'zh-Hans': `运行“npm run media:narrate -- --force --only ${ownerId}”重新生成（或者换成新的专业录音和字幕）`,
            en: `run "npm run media:narrate -- --force --only ${ownerId}" to make them again (or replace them with a new professional recording and captions)`,
          });
        }
        const lastCue = parsed.cues[parsed.cues.length - 1];
        let captionsFitAudio = true;
        if (probe?.ok && lastCue && lastCue.endSeconds > probe.durationSeconds + CAPTION_OVERRUN_TOLERANCE_SECONDS) {
          captionsFitAudio = false;
          const lastCueLine = source.readText(captionFile).split(/\r?\n/).findLastIndex((line) => line.includes('-->')) + 1;
          const recordingName = recording?.split('/').pop() ?? '';
          problems.error(captionFile, lastCueLine, {
            'zh-Hans': `字幕一直到 ${lastCue.endSeconds.toFixed(2)} 秒，但录音 ${recordingName} 只有 ${probe.durationSeconds.toFixed(2)} 秒长`,
            en: `the captions run to ${lastCue.endSeconds.toFixed(2)} s, but the recording ${recordingName} is only ${probe.durationSeconds.toFixed(2)} s long`,
          }, {
            'zh-Hans': '改正字幕的时间，让它和录音对上（或者换回和这份字幕配套的录音）',
            en: 'correct the cue times to fit the recording (or replace the recording with the one the captions were made for)',
          });
        }
        captions[language] = parsed.problems.length === 0 && captionsFitAudio ? media(captionFile) : null;
      } else {
        captions[language] = null;
      }
      if (recording && !hasCaptions) {
        const captionName = captionFile.split('/').pop() ?? '';
        problems.error(recording, 0, {
          'zh-Hans': '录音没有字幕（每段讲解都必须有字幕）',
          en: 'the recording has no captions (every narration must be captioned)',
        }, {
          'zh-Hans': `在录音旁边加上字幕文件 ${captionName}：WebVTT 格式，每句一条（员工指南里有示例）`,
          en: `write its captions beside it as ${captionName}: WebVTT, one cue per sentence (the staff guide shows the form)`,
        });
      }
      if (recording && captions[language] && recordingUsable) {
        const copy = processedCopy(recording);
        audio[language] = copy?.kind === 'recording' ? copy.url : media(recording);
      } else {
        audio[language] = null;
      }
    }
    const [firstCaptions, ...otherCaptions] = cueCounts;
    for (const other of otherCaptions) {
      if (!firstCaptions || other.count === firstCaptions.count) continue;
      const firstName = firstCaptions.file.split('/').pop() ?? '';
      problems.warning(other.file, 0, {
        'zh-Hans': `有 ${other.count} 条字幕，但 ${firstName} 有 ${firstCaptions.count} 条；观众在讲解中途切换语言时，会跳到另一句`,
        en: `it has ${other.count} captions but ${firstName} has ${firstCaptions.count}; a visitor who switches language mid-narration would land on a different sentence`,
      }, {
        'zh-Hans': '每种语言每句一条字幕，顺序一样，条数相同',
        en: 'give every language one caption per sentence, in the same order, so the counts match',
      });
    }
    const repeated = text ? languages.map((language) => {
      const key = `${language}\0${(text[language] ?? '').trim()}`;
      const earlier = text[language]?.trim() ? narrationOwners.get(key) : undefined;
      narrationOwners.set(key, earlier ?? ownerId);
      return earlier ? { language, earlier } : null;
    }).find((match) => match !== null) : undefined;
    if (repeated) {
      problems.warning(file, yaml.lineOf(['narration', 'text', repeated.language]), {
        'zh-Hans': `讲解文字和 ${repeated.earlier} 的一模一样，观众在这里会听到那一项的内容`,
        en: `the narration text is the same as ${repeated.earlier}'s, so visitors would hear that item's story here`,
      }, {
        'zh-Hans': '为这一项写它自己的讲解文字（复制来的文件夹会带着原来的讲解），或者删掉 narration:',
        en: 'write this item\'s own narration (a copied folder keeps the old one), or delete narration:',
      });
    }
    if (!text) {
      if (anyMediaFile) {
        problems.warning(folder, 0, {
          'zh-Hans': '这里有讲解录音或字幕，但 yaml 文件里没有“narration:”文字，所以它们没有被使用',
          en: 'narration files are here, but the yaml has no "narration:" text, so they are not used',
        }, {
          'zh-Hans': '在 yaml 文件里加上“narration:”，并在它的“text:”下面写上每种语言的讲解文字',
          en: 'add "narration:" with "text:" in every language to the yaml file',
        });
      }
      return null;
    }
    const lineCounts = languages.map((language) => (text[language] ?? '').trim().split('\n').length);
    if (new Set(lineCounts).size > 1) {
      problems.warning(file, yaml.lineOf(['narration', 'text']), {
        'zh-Hans': `讲解文字在 ${languages.join(' / ')} 中分别有 ${lineCounts.join(' / ')} 行；字幕是按行一一对应的`,
        en: `the narration has ${lineCounts.join(' / ')} lines in ${languages.join(' / ')}; captions are matched line by line`,
      }, {
        'zh-Hans': '每行写一句，每种语言的行数要一样',
        en: 'write one sentence per line, with the same number of lines in every language',
      });
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
    problems.warning(file, 0, {
      'zh-Hans': '这个文件不在任何事件文件夹里，触摸屏不会使用它',
      en: 'this file is not inside an event folder, so the kiosk does not use it',
    }, {
      'zh-Hans': '把它移到 media/timeline/<时间线>/<事件编号>/ 里，或者删掉它',
      en: 'move it into media/timeline/<track>/<event-id>/ or delete it',
    });
    usedFiles.add(file);
  }
  const eventFolders = groupIntoFolders(timelineFiles.filter((candidate) => candidate.split('/').length >= 4), 3, 'event.yaml');
  for (const [folder, entry] of eventFolders) {
    const [, trackId = '', eventSlug = ''] = folder.split('/');
    // The folder's own problem (or tracks.yaml's) explains its files: they are not also "unused".
    if (!trackIds.has(trackId)) for (const file of [...entry.files, entry.yamlFile ?? '']) usedFiles.add(file);
    if (!tracksReadable) {
      existingEventIds.add(folder.slice('timeline/'.length));
      continue;
    }
    if (!trackIds.has(trackId)) {
      const trackFolders = [...trackIds].map((id) => `media/timeline/${id}/`);
      const suggestion = closest(trackId, trackIds);
      problems.error(folder, 0, {
        'zh-Hans': `“${trackId}”不是 media/tracks.yaml 里列出的时间线，所以这个事件不会显示`,
        en: `"${trackId}" is not a track listed in media/tracks.yaml, so this event is not shown`,
      }, {
        'zh-Hans': `把文件夹移到 ${trackFolders.join(' 或 ')} 里${suggestion ? `（是不是想写“${suggestion}”？）` : ''}`,
        en: `move the folder into ${trackFolders.join(' or ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
      });
      continue;
    }
    if (!ID_PATTERN.test(eventSlug)) {
      const example = eventSlug.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+/, '') || '2021-new-event';
      problems.error(folder, 0, {
        'zh-Hans': `文件夹名“${eventSlug}”不能用作事件编号`,
        en: `the folder name "${eventSlug}" cannot be an event id`,
      }, {
        'zh-Hans': `给文件夹改名，只用小写英文字母 a-z、数字和连字符（-），例如“${example}”`,
        en: `rename the folder using lowercase letters a-z, digits and hyphens only, for example "${example}"`,
      });
      continue;
    }
    existingEventIds.add(folder.slice('timeline/'.length));
    if (!entry.yamlFile) {
      problems.error(folder, 0, {
        'zh-Hans': '事件文件夹里没有 event.yaml，所以这个事件不会显示',
        en: 'the event folder has no event.yaml, so the event is not shown',
      }, {
        'zh-Hans': '加上 event.yaml（从别的事件文件夹复制一个再修改），或者删掉这个文件夹',
        en: 'add event.yaml (copy one from another event folder and change it), or delete the folder',
      });
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
      problems.error(pending.file, pending.yaml.lineOf(['date']), parsedDate.staffReason, DATE_FORM);
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
          const suggestion = closest(anchorId, existingEventIds);
          problems.error(file, yaml.lineOf([relation]), {
            'zh-Hans': `“${relation}: ${anchorId}”指向的事件不存在`,
            en: `"${relation}: ${anchorId}" names an event that does not exist`,
          }, {
            'zh-Hans': `写一个已有事件的编号${suggestion ? `，也许是“${suggestion}”` : ''}`,
            en: `write the id of an existing event${suggestion ? `, perhaps "${suggestion}"` : ''}`,
          });
        } else {
          problems.warning(file, yaml.lineOf([relation]), {
            'zh-Hans': `“${relation}: ${anchorId}”指向的事件还有错误，暂时不能用，所以这个事件只按自己的日期排列`,
            en: `"${relation}: ${anchorId}" cannot be used while that event has errors, so this event is placed by its date alone`,
          }, { 'zh-Hans': '先改正那个事件的错误', en: 'fix the errors reported for that event' });
        }
      } else if (anchorPosition <= span.start || anchorPosition >= span.end) {
        problems.error(file, yaml.lineOf([relation]), {
          'zh-Hans': `“${relation}: ${anchorId}”做不到：那个事件不在 ${event.date} 这个日期之内`,
          en: `"${relation}: ${anchorId}" cannot hold: that event is outside the date ${event.date}`,
        }, {
          'zh-Hans': `“${relation}”只能用来给同一${date.month === null ? '年' : '个月'}里的事件排先后`,
          en: `use "${relation}" only to order events within the same ${date.month === null ? 'year' : 'month'}`,
        });
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
        problems.error(file, yaml.lineOf(['links', index]), {
          'zh-Hans': `关联事件“${link}”不存在`,
          en: `the link "${link}" points to an event that does not exist`,
        }, suggestion
          ? { 'zh-Hans': `是不是想写“${suggestion}”？如果不是，请删掉这一行`, en: `did you mean "${suggestion}"? Otherwise remove the line` }
          : { 'zh-Hans': '改正编号（时间线/文件夹名），或者删掉这一行', en: 'correct the id (track/folder-name) or remove the line' });
        return;
      }
      if (link.split('/')[0] === pending.trackId) {
        problems.error(file, yaml.lineOf(['links', index]), {
          'zh-Hans': `关联事件“${link}”在同一条时间线上`,
          en: `the link "${link}" is on the same track`,
        }, {
          'zh-Hans': '关联只能连到另一条时间线上的事件，请删掉这一行',
          en: 'links join an event to one on the other track; remove this line',
        });
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
  // An event left out for an error of its own (a date, a placement): that error speaks for its
  // folder, so its picture and narration files are not also reported as unused.
  for (const [folder, entry] of eventFolders) {
    if (!builtEventIds.has(folder.slice('timeline/'.length))) for (const file of entry.files) usedFiles.add(file);
  }
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
      problems.warning(file, 0, {
        'zh-Hans': '这个文件不在任何专题分组文件夹里，触摸屏不会使用它',
        en: 'this file is not inside a panel group folder, so the kiosk does not use it',
      }, {
        'zh-Hans': '把它移到 media/panels/<分组>/<专题编号>/ 里，或者删掉它',
        en: 'move it into media/panels/<group>/<panel-id>/ or delete it',
      });
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
      problems.error(`panels/${groupId}`, 0,
        { 'zh-Hans': `文件夹名“${groupId}”不能用作分组编号`, en: `the folder name "${groupId}" cannot be a group id` },
        RENAME_FOLDER);
      continue;
    }
    if (trackIds.has(groupId)) {
      problems.error(`panels/${groupId}`, 0, {
        'zh-Hans': `分组编号“${groupId}”和一条时间线的编号相同，两者会冲突`,
        en: `the group id "${groupId}" is also a track id, so their ids would clash`,
      }, { 'zh-Hans': '给这个专题分组文件夹换个名字', en: 'rename the panel group folder' });
      continue;
    }
    if (!fileSet.has(groupFile)) {
      problems.error(`panels/${groupId}`, 0, {
        'zh-Hans': '专题分组里没有 group.yaml，所以其中的专题不会显示',
        en: 'the panel group has no group.yaml, so its panels are not shown',
      }, {
        'zh-Hans': '加上 group.yaml，写明 title、summary 和 order（可以从别的分组复制一个）',
        en: 'add group.yaml with title, summary and order (copy it from another group)',
      });
      continue;
    }
    usedFiles.add(groupFile);
    const groupYaml = readYaml(source, groupFile, problems);
    const group = groupYaml ? checkWithSchema(groupFileSchema(languages), groupYaml, groupFile, problems) : null;
    if (!group) continue;
    const panels: Panel[] = [];
    const inPanelFolders = groupFiles.filter((file) => file !== groupFile);
    for (const file of inPanelFolders.filter((candidate) => candidate.split('/').length === 3)) {
      problems.warning(file, 0, {
        'zh-Hans': '这个文件不在任何专题文件夹里，触摸屏不会使用它',
        en: 'this file is not inside a panel folder, so the kiosk does not use it',
      }, {
        'zh-Hans': `把它移到 media/panels/${groupId}/<专题编号>/ 里，或者删掉它`,
        en: `move it into media/panels/${groupId}/<panel-id>/ or delete it`,
      });
      usedFiles.add(file);
    }
    for (const [folder, entry] of groupIntoFolders(inPanelFolders.filter((file) => file.split('/').length > 3), 3, 'panel.yaml')) {
      const panelSlug = folder.split('/')[2] ?? '';
      if (!ID_PATTERN.test(panelSlug)) {
        problems.error(folder, 0,
          { 'zh-Hans': `文件夹名“${panelSlug}”不能用作专题编号`, en: `the folder name "${panelSlug}" cannot be a panel id` },
          RENAME_FOLDER);
        continue;
      }
      existingPanelIds.add(`${groupId}/${panelSlug}`);
      if (!entry.yamlFile) {
        problems.error(folder, 0, {
          'zh-Hans': '专题文件夹里没有 panel.yaml，所以这个专题不会显示',
          en: 'the panel folder has no panel.yaml, so the panel is not shown',
        }, {
          'zh-Hans': '加上 panel.yaml（从别的专题文件夹复制一个再修改），或者删掉这个文件夹',
          en: 'add panel.yaml (copy one from another panel folder and change it), or delete the folder',
        });
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
      const sameOrder = panels.find((other) => other.order === panel.order);
      if (sameOrder) {
        problems.warning(entry.yamlFile, yaml.lineOf(['order']), {
          'zh-Hans': `order: ${panel.order} 和 ${sameOrder.id} 一样，两者的先后只能按编号排`,
          en: `order: ${panel.order} is the same as ${sameOrder.id}'s, so the two are placed by their ids`,
        }, {
          'zh-Hans': '给同一分组里的每个专题一个不同的 order',
          en: 'give each panel of the group its own order',
        });
      }
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
      problems.warning(file, 0, {
        'zh-Hans': '触摸屏只读取直接放在 media/tours/ 里的 .yaml 文件',
        en: 'the kiosk reads only .yaml files directly in media/tours/',
      }, {
        'zh-Hans': '把它改名为 media/tours/<路线编号>.yaml，或者删掉它',
        en: 'rename it to <tour-id>.yaml in media/tours/, or delete it',
      });
      usedFiles.add(file);
      continue;
    }
    const tourId = name.slice(0, -'.yaml'.length);
    usedFiles.add(file);
    if (!ID_PATTERN.test(tourId)) {
      problems.error(file, 0, { 'zh-Hans': `文件名“${name}”不能用作路线编号`, en: `the file name "${name}" cannot be a tour id` }, {
        'zh-Hans': '给文件改名，只用小写英文字母 a-z、数字和连字符（-）',
        en: 'rename the file using lowercase letters a-z, digits and hyphens only',
      });
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
      problems.error(file, yaml.lineOf(['stops', index, 'stop']), {
        'zh-Hans': `站点“${stop.stop}”不是已有的事件或专题`,
        en: `the stop "${stop.stop}" is not an event or panel that exists`,
      }, suggestion
        ? { 'zh-Hans': `是不是想写“${suggestion}”？如果不是，请删掉这一站`, en: `did you mean "${suggestion}"? Otherwise remove the stop` }
        : { 'zh-Hans': '改正编号，或者删掉这一站', en: 'correct the id or remove the stop' });
      return [];
    });
    tours.push({ id: tourId, title: tour.title, stops });
  }

  for (const file of files) {
    if (usedFiles.has(file)) continue;
    if (!file.includes('/') && ROOT_FILES.has(file)) continue;
    problems.warning(file, 0, { 'zh-Hans': '触摸屏没有用到这个文件', en: 'the kiosk does not use this file' }, {
      'zh-Hans': '如果它应该显示出来，就在旁边的 yaml 文件里写上它的文件名（见内容维护说明）；否则删掉它',
      en: 'if it should appear, name it in the yaml beside it (see the staff guide); otherwise delete it',
    });
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
    staffLanguage,
  };
}
