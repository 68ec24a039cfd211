/**
 * Vite plugin that turns media/ into what the app imports:
 * - `virtual:kiosk-content`: the content bundle, validated by the same validateMedia() that
 *   media:check runs. The build refuses content with errors (kiosks keep the last good version).
 *   Pictures and recordings go through mediaProcessing.ts first (screen-sized AVIF/WebP, WAV to
 *   MP3), and every file the kiosk loads is served under a content-hashed name, so a new recording
 *   never hides behind a cached old one.
 * - `virtual:kiosk-phrase-breaks`: where each Chinese text may break a line (budoux, run here so
 *   its model never ships), for src/typography/phrases.ts.
 * - `virtual:kiosk-fonts`: the faces of Noto Sans SC and Noto Sans subset to the characters in use;
 *   the app adds them with the FontFace API, which needs no inline style under the kiosk's strict CSP.
 * - `virtual:kiosk-prompts`: the keypad's spoken prompts (promptAudio.ts), their words and clips.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { probeMediaFolder } from '../contentBuild/checkMediaFolder.ts';
import { formatProblem, sortProblems, type ContentProblem, type StaffLanguage } from '../contentModel/contentProblem.ts';
import { isAudioFile, isImageFile, recordingNeedsEncoding, type ProcessedMediaUrls } from '../contentModel/mediaFormats.ts';
import { derivedInterfaceTexts } from '../contentBuild/traditionalChinese.ts';
import { validateMedia, type MediaSource, type MediaValidation } from '../contentBuild/validateMedia.ts';
import { buildKioskFonts, firstFrameFaces, type KioskFontBuild } from './kioskFonts.ts';
import { buildPhraseBreakTable } from './phraseBreaks.ts';
import { processMedia, type MediaProcessingReport } from './mediaProcessing.ts';
import { buildPromptAudio, type PromptAudioReport } from './promptAudio.ts';
import { dataModule, kibibytes, promptModule, promptTable, traditionalCaptions } from './pluginOutputs.ts';

const CONTENT_ID = 'virtual:kiosk-content';
const FONTS_ID = 'virtual:kiosk-fonts';
const RESOLVED_CONTENT_ID = `\0${CONTENT_ID}`;
const RESOLVED_FONTS_ID = `\0${FONTS_ID}`;
const PHRASE_BREAKS_ID = 'virtual:kiosk-phrase-breaks';
const RESOLVED_PHRASE_BREAKS_ID = `\0${PHRASE_BREAKS_ID}`;
const PROMPTS_ID = 'virtual:kiosk-prompts';
const RESOLVED_PROMPTS_ID = `\0${PROMPTS_ID}`;

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.webm': 'audio/webm',
  '.wav': 'audio/wav',
  '.vtt': 'text/vtt; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

/** How long the media folder must be quiet after a change before the dev page reloads. */
const MEDIA_CHANGE_SETTLE_MS = 300;

/** Unsaved text laid over the media folder (the staff studio's drafts), shown by the dev server. */
export interface ContentDrafts {
  overlay(disk: MediaSource): MediaSource;
  /** Called with a function to run whenever a draft changes. */
  onChange(listener: () => void): void;
}

export interface KioskContentPluginOptions {
  /** The content folder; `media` under the project root unless a test builds a copy. */
  mediaDirectory?: string;
  drafts?: ContentDrafts;
}

function hashedName(relativePath: string, bytes: Uint8Array): string {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const extension = extname(relativePath);
  return `${relativePath.slice(0, -extension.length)}.${hash}${extension}`;
}


/** The validated content and the files the kiosk will load, by their hashed name under media/. */
interface PreparedContent {
  readonly validation: MediaValidation;
  readonly files: ReadonlyMap<string, string>;
}

function processingSummary(report: MediaProcessingReport): string {
  const copies = [...report.processed.values()];
  const images = copies.flatMap((copy) => (copy.kind === 'image' ? [copy] : []));
  const recordings = copies.flatMap((copy) => (copy.kind === 'recording' ? [copy] : []));
  const imageBytes = images.reduce((sum, copy) => sum + copy.avif.bytes + copy.webp.bytes + copy.thumbnail.bytes, 0);
  const recordingBytes = recordings.reduce((sum, copy) => sum + copy.mp3.bytes, 0);
  return `Media: ${images.length} picture(s) → AVIF + WebP + thumbnail (${kibibytes(imageBytes)}), `
    + `${recordings.length} recording(s) → MP3 (${kibibytes(recordingBytes)}); `
    + `${report.madeNow} made now, ${copies.length - report.madeNow} from the cache, ${(report.milliseconds / 1000).toFixed(1)} s`;
}

/** Why the build stopped, in the staff's language; the errors themselves are logged just before. */
function refusal(errorCount: number | null, language: StaffLanguage): string {
  const count = errorCount === null ? '' : ` (${errorCount})`;
  return language === 'zh-Hans'
    ? `内容有错误${count}（见上面各行），没有生成新版本；触摸屏继续显示上一个正常的版本。改正后先运行 npm run media:check。`
    : `The content has errors${count} (listed above); nothing was built, and kiosks keep showing the last good version. Run npm run media:check after fixing them.`;
}

/** A file the processing could not turn into the kiosk's format: an error naming it, like any other. */
function processingFailure(displayRoot: string, file: string, reason: string): ContentProblem {
  const picture = isImageFile(file);
  return {
    severity: 'error',
    file: `${displayRoot}/${file}`,
    line: 0,
    message: picture
      ? { 'zh-Hans': `无法为屏幕生成这张图片的版本（${reason}）`, en: `the picture could not be made into its screen copies (${reason})` }
      : { 'zh-Hans': `无法把这段录音压缩成 MP3（${reason}）`, en: `the recording could not be compressed to MP3 (${reason})` },
    fix: picture
      ? {
          'zh-Hans': '用看图或修图软件打开原图，另存为 .jpg 文件，删掉原来的文件，并在 yaml 里写上新的文件名',
          en: 'open the original in a photo editor, save it again as a .jpg file, delete the old one, and write the new name in the yaml',
        }
      : {
          'zh-Hans': '用录音软件重新导出为 WAV（16 位 PCM），命名为 narration.<语言>.wav，删掉原来的文件',
          en: 'export it again from the recording software as WAV (16-bit PCM) named narration.<language>.wav, and delete the old file',
        },
  };
}

/**
 * Probes every file, validates once to learn which pictures and recordings are in use, makes
 * the kiosk's copies of those, and validates again with the copies' URLs: the bundle the kiosk
 * gets never points at an original photograph or WAV.
 */
async function prepareContent(mediaRoot: string, displayRoot: string, isBuild: boolean, config: ResolvedConfig, drafts: ContentDrafts | undefined): Promise<PreparedContent> {
  const { source: disk, ...probes } = await probeMediaFolder(mediaRoot);
  const source = drafts ? drafts.overlay(disk) : disk;
  const survey = validateMedia(source, { ...probes, displayRoot, mediaUrl: (file) => file });
  if (isBuild && survey.errorCount > 0) return { validation: survey, files: new Map() };
  const toProcess = survey.referencedFiles.filter((file) => {
    if (isImageFile(file)) return probes.imageProbes.get(file)?.ok === true;
    const probe = probes.audioProbes.get(file);
    return isAudioFile(file) && probe?.ok === true && probes.narrationEncoderAvailable && recordingNeedsEncoding(file, probe.bitrate);
  });
  const report = await processMedia({ root: mediaRoot, files: toProcess, cacheDirectory: resolve(config.root, 'node_modules/.cache/kiosk-media') });
  if (toProcess.length > 0) config.logger.info(processingSummary(report));

  const files = new Map<string, string>();
  const publish = (name: string, path: string): string => {
    const hashed = hashedName(name, readFileSync(path));
    files.set(hashed, path);
    return `${config.base}media/${hashed}`;
  };
  const processed = new Map<string, ProcessedMediaUrls>();
  for (const [file, copy] of report.processed) {
    processed.set(file, copy.kind === 'image'
      ? {
          kind: 'image',
          url: publish(copy.webp.name, copy.webp.path),
          width: copy.webp.width,
          height: copy.webp.height,
          sources: [{ type: 'image/avif', url: publish(copy.avif.name, copy.avif.path) }],
          thumbnailUrl: publish(copy.thumbnail.name, copy.thumbnail.path),
        }
      : { kind: 'recording', url: publish(copy.mp3.name, copy.mp3.path) });
  }
  const captionsFor = traditionalCaptions(mediaRoot, files, publish, resolve(config.root, 'node_modules/.cache/kiosk-hant'));
  const validation = validateMedia(source, { ...probes, displayRoot, processed, captionsFor, mediaUrl: (file) => publish(file, join(mediaRoot, file)) });
  if (report.failures.size === 0) return { validation, files };
  const failures = [...report.failures].map(([file, reason]) => processingFailure(displayRoot, file, reason));
  return {
    validation: { ...validation, problems: sortProblems([...validation.problems, ...failures]), errorCount: validation.errorCount + failures.length },
    files,
  };
}

function logProblems(problems: readonly ContentProblem[], severity: ContentProblem['severity'], language: StaffLanguage, log: (line: string) => void): void {
  for (const problem of problems) {
    if (problem.severity === severity) log(formatProblem(problem, language));
  }
}

interface DevMediaSources {
  readonly mediaRoot: string;
  readonly currentContent: () => Promise<PreparedContent>;
  readonly currentFonts: () => Promise<KioskFontBuild>;
  readonly currentPrompts: () => Promise<PromptAudioReport>;
  readonly drafts: ContentDrafts | undefined;
  /** Drops the prepared content and fonts, so the next request prepares them from the files again. */
  readonly forget: () => void;
}

/** Under `npm run dev`: reload the page when media/ changes, and serve the fonts and media copies. */
function serveMediaInDev(server: ViteDevServer, dev: DevMediaSources): void {
  server.watcher.add(dev.mediaRoot);
  // One save can fire several events, and copying a folder in fires one per file: they are
  // gathered into one reload, so the page is never reloaded again while it is still loading.
  let reloadTimer: ReturnType<typeof setTimeout> | null = null;
  const reloadWithNewContent = (): void => {
    reloadTimer = null;
    dev.forget();
    for (const id of [RESOLVED_CONTENT_ID, RESOLVED_FONTS_ID, RESOLVED_PHRASE_BREAKS_ID, RESOLVED_PROMPTS_ID]) {
      const module = server.moduleGraph.getModuleById(id);
      if (module) server.moduleGraph.invalidateModule(module);
    }
    server.ws.send({ type: 'full-reload' });
  };
  const onMediaChange = (file: string): void => {
    const changed = normalize(file);
    if (changed !== dev.mediaRoot && !changed.startsWith(`${dev.mediaRoot}${sep}`)) return;
    if (reloadTimer) clearTimeout(reloadTimer);
    reloadTimer = setTimeout(reloadWithNewContent, MEDIA_CHANGE_SETTLE_MS);
  };
  server.watcher.on('change', onMediaChange);
  server.watcher.on('add', onMediaChange);
  server.watcher.on('unlink', onMediaChange);
  dev.drafts?.onChange(() => onMediaChange(dev.mediaRoot));
  server.middlewares.use('/fonts/', (request, response, next) => {
    const name = (request.url ?? '').split('?')[0]?.replace(/^\/+/, '') ?? '';
    void dev.currentFonts().then((build) => {
      const file = build.files.find((candidate) => candidate.fileName === name);
      if (!file) {
        next();
        return;
      }
      response.setHeader('Content-Type', 'font/woff2');
      response.end(file.bytes);
    }, next);
  });
  server.middlewares.use('/prompts/', (request, response, next) => {
    const name = (request.url ?? '').split('?')[0]?.replace(/^\/+/, '') ?? '';
    void dev.currentPrompts().then((report) => {
      if (name === 'table.json') {
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(promptTable(report, '/')));
        return;
      }
      const path = report.clips.find((clip) => clip.path !== null && basename(clip.path) === name)?.path;
      if (!path) {
        next();
        return;
      }
      response.setHeader('Content-Type', 'audio/mpeg');
      response.setHeader('Content-Length', statSync(path).size);
      createReadStream(path).on('error', () => next()).pipe(response);
    }, next);
  });
  server.middlewares.use('/media/', (request, response, next) => {
    const name = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
    void dev.currentContent().then(({ files }) => {
      const filePath = files.get(name);
      if (!filePath || !existsSync(filePath)) {
        next();
        return;
      }
      response.setHeader('Content-Type', MEDIA_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream');
      response.setHeader('Content-Length', statSync(filePath).size);
      // A cache file removed between the check and the read is a 404, not a crashed dev server.
      createReadStream(filePath).on('error', () => next()).pipe(response);
    }, next);
  });
}

export function kioskContentPlugin(options: KioskContentPluginOptions = {}): Plugin {
  let config: ResolvedConfig;
  let mediaRoot = '';
  let isBuild = false;
  let prepared: Promise<PreparedContent> | null = null;
  let fonts: Promise<KioskFontBuild> | null = null;
  let prompts: Promise<PromptAudioReport> | null = null;
  /** Set when this build refused the content: the language to say so in. */
  let refusedIn: StaffLanguage | null = null;
  /** Data files the built modules fetch (dataModule), which index.html asks for at once. */
  const preloadedData: string[] = [];
  const displayRoot = options.mediaDirectory ?? 'media';

  /** One preparation per build (or per media change in dev), shared by both virtual modules. */
  function currentContent(): Promise<PreparedContent> {
    prepared ??= prepareContent(mediaRoot, displayRoot, isBuild, config, options.drafts);
    return prepared;
  }

  function currentFonts(): Promise<KioskFontBuild> {
    fonts ??= currentContent().then(({ validation }) => buildKioskFonts(validation.bundle));
    return fonts;
  }

  function currentPrompts(): Promise<PromptAudioReport> {
    prompts ??= currentContent().then(({ validation }) => buildPromptAudio(validation.bundle, resolve(config.root, 'node_modules/.cache/kiosk-prompts')));
    return prompts;
  }

  return {
    name: 'kiosk-content',
    configResolved(resolved) {
      config = resolved;
      isBuild = resolved.command === 'build';
      mediaRoot = resolve(resolved.root, options.mediaDirectory ?? 'media');
    },
    buildStart() {
      preloadedData.length = 0;
      prepared = null;
      fonts = null;
      prompts = null;
      refusedIn = null;
    },
    closeBundle: {
      // Runs before vite-plugin-pwa's closeBundle, which (under Vite 8) would otherwise write a new
      // service worker over the last good build's even though this build was refused.
      order: 'pre',
      sequential: true,
      handler() {
        if (refusedIn) throw new Error(refusal(null, refusedIn));
      },
    },
    // The first frame's faces are asked for with the built page, not once the script has run: on a
    // cold start they arrive while the script loads. (The dev server would only wait for them.)
    transformIndexHtml: {
      order: 'post',
      async handler(_html, context) {
        if (!isBuild || context.path !== '/index.html') return [];
        const [build, { validation }] = await Promise.all([currentFonts(), currentContent()]);
        const faces = firstFrameFaces(build, validation.bundle.settings.languages).map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `${config.base}fonts/${file.fileName}`, crossorigin: '' },
          injectTo: 'head' as const,
        }));
        // The content the script fetches, asked for as the page arrives (the same request, so one download).
        const data = preloadedData.map((href) => ({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', href, crossorigin: '' }, injectTo: 'head' as const }));
        return [...data, ...faces];
      },
    },
    resolveId(id) {
      if (id === CONTENT_ID) return RESOLVED_CONTENT_ID;
      if (id === FONTS_ID) return RESOLVED_FONTS_ID;
      if (id === PHRASE_BREAKS_ID) return RESOLVED_PHRASE_BREAKS_ID;
      if (id === PROMPTS_ID) return RESOLVED_PROMPTS_ID;
      return null;
    },
    async load(id) {
      const emitAsset = (fileName: string, source: string): void => {
        this.emitFile({ type: 'asset', fileName, source });
      };
      if (id === RESOLVED_PHRASE_BREAKS_ID) {
        const { validation } = await currentContent();
        return dataModule('phraseBreaks', buildPhraseBreakTable(validation.bundle), isBuild, config, emitAsset, preloadedData);
      }
      if (id === RESOLVED_PROMPTS_ID) {
        const report = await currentPrompts();
        return promptModule(report, isBuild, config, (fileName, source) => this.emitFile({ type: 'asset', fileName, source }));
      }
      if (id === RESOLVED_FONTS_ID) {
        const build = await currentFonts();
        if (isBuild) {
          for (const file of build.files) {
            this.emitFile({ type: 'asset', fileName: `fonts/${file.fileName}`, source: file.bytes });
            config.logger.info(`Font ${file.fileName}: ${kibibytes(file.originalBytes)} → ${kibibytes(file.bytes.length)} (${build.characterCount} characters)`);
          }
        }
        const faces = build.files.map((file) => ({ family: file.family, weight: file.weight, url: `${config.base}fonts/${file.fileName}` }));
        return `export const kioskFontFaces = ${JSON.stringify(faces)};\n`;
      }
      if (id !== RESOLVED_CONTENT_ID) return null;
      if (!existsSync(mediaRoot)) this.error(`The content folder ${mediaRoot} does not exist. Fix: restore media/ from git.`);
      const { validation: result, files } = await currentContent();
      const language = result.staffLanguage;
      logProblems(result.problems, 'warning', language, (line) => config.logger.warn(line));
      // Logged here, not only thrown: Vite 8 reports the last plugin error, which is closeBundle's.
      logProblems(result.problems, 'error', language, (line) => config.logger.error(line));
      if (isBuild && result.errorCount > 0) {
        refusedIn = language;
        this.error(refusal(result.errorCount, language));
      }
      if (isBuild) {
        for (const [fileName, path] of files) this.emitFile({ type: 'asset', fileName: `media/${fileName}`, source: readFileSync(path) });
      }
      return dataModule('contentBundle', result.bundle, isBuild, config, emitAsset, preloadedData)
        + `export const contentProblems = ${JSON.stringify(result.problems)};\n`
        + `export const staffLanguage = ${JSON.stringify(language)};\n`
        // The interface's words in 繁體中文 (converted at build) are data too.
        + dataModule('derivedInterfaceText', derivedInterfaceTexts(result.bundle.settings.languages), isBuild, config, emitAsset, preloadedData)
        + `export const serviceWorkerBuilt = ${isBuild};\n`;
    },
    configureServer(server) {
      serveMediaInDev(server, {
        mediaRoot,
        currentContent,
        currentFonts,
        currentPrompts,
        drafts: options.drafts,
        forget: () => {
          prepared = null;
          fonts = null;
          prompts = null;
        },
      });
    },
  };
}
