/**
 * Vite plugin that turns media/ into what the app imports:
 * - `virtual:kiosk-content`: the content bundle, validated by the same validateMedia() that
 *   media:check runs. The build refuses content with errors (kiosks keep the last good version);
 *   each media file it uses is emitted under a content-hashed name, so a new recording never
 *   hides behind a cached old one.
 * - `virtual:kiosk-fonts`: the faces of Noto Sans SC subset to the characters in use; the app adds
 *   them with the FontFace API, which needs no inline style under the kiosk's strict CSP.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { checkMediaFolder } from '../content/checkMediaFolder.ts';
import { formatProblem } from '../content/contentProblem.ts';
import type { MediaValidation } from '../content/validateMedia.ts';
import { buildKioskFonts, FONT_FAMILY, type KioskFontBuild } from './kioskFonts.ts';

const CONTENT_ID = 'virtual:kiosk-content';
const FONTS_ID = 'virtual:kiosk-fonts';
const RESOLVED_CONTENT_ID = `\0${CONTENT_ID}`;
const RESOLVED_FONTS_ID = `\0${FONTS_ID}`;

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.webm': 'audio/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

export interface KioskContentPluginOptions {
  /** The content folder; `media` under the project root unless a test builds a copy. */
  mediaDirectory?: string;
}

function hashedName(relativePath: string, bytes: Uint8Array): string {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const extension = extname(relativePath);
  return `${relativePath.slice(0, -extension.length)}.${hash}${extension}`;
}

function kibibytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

export function kioskContentPlugin(options: KioskContentPluginOptions = {}): Plugin {
  let config: ResolvedConfig;
  let mediaRoot = '';
  let isBuild = false;
  const hashedNames = new Map<string, string>();
  let validation: Promise<MediaValidation> | null = null;
  let fonts: Promise<KioskFontBuild> | null = null;

  /** One validation per build (or per media change in dev), shared by both virtual modules. */
  function currentValidation(): Promise<MediaValidation> {
    validation ??= checkMediaFolder(mediaRoot, {
      displayRoot: options.mediaDirectory ?? 'media',
      mediaUrl: (relativePath) => {
        if (!isBuild) return `${config.base}media/${relativePath}`;
        const name = hashedName(relativePath, readFileSync(join(mediaRoot, relativePath)));
        hashedNames.set(relativePath, name);
        return `${config.base}media/${name}`;
      },
    });
    return validation;
  }

  function currentFonts(): Promise<KioskFontBuild> {
    fonts ??= currentValidation().then((result) => buildKioskFonts(result.bundle));
    return fonts;
  }

  return {
    name: 'kiosk-content',
    configResolved(resolved) {
      config = resolved;
      isBuild = resolved.command === 'build';
      mediaRoot = resolve(resolved.root, options.mediaDirectory ?? 'media');
    },
    buildStart() {
      validation = null;
      fonts = null;
      hashedNames.clear();
    },
    resolveId(id) {
      if (id === CONTENT_ID) return RESOLVED_CONTENT_ID;
      if (id === FONTS_ID) return RESOLVED_FONTS_ID;
      return null;
    },
    async load(id) {
      if (id === RESOLVED_FONTS_ID) {
        const build = await currentFonts();
        if (isBuild) {
          for (const file of build.files) {
            this.emitFile({ type: 'asset', fileName: `fonts/${file.fileName}`, source: file.bytes });
            config.logger.info(`Font ${file.fileName}: ${kibibytes(file.originalBytes)} → ${kibibytes(file.bytes.length)} (${build.characterCount} characters)`);
          }
        }
        const faces = build.files.map((file) => ({ family: FONT_FAMILY, weight: file.weight, url: `${config.base}fonts/${file.fileName}` }));
        return `export const kioskFontFaces = ${JSON.stringify(faces)};\n`;
      }
      if (id !== RESOLVED_CONTENT_ID) return null;
      if (!existsSync(mediaRoot)) this.error(`The content folder ${mediaRoot} does not exist. Fix: restore media/ from git.`);
      const result = await currentValidation();
      for (const problem of result.problems) {
        if (problem.severity === 'warning') config.logger.warn(formatProblem(problem));
      }
      if (isBuild && result.errorCount > 0) {
        const report = result.problems.filter((problem) => problem.severity === 'error').map(formatProblem).join('\n');
        this.error(
          `The content in media/ has ${result.errorCount} error(s); the kiosk is not built, and kiosks keep the last good version.\n${report}\nRun "npm run media:check" after fixing them.`,
        );
      }
      if (!isBuild) {
        this.addWatchFile(mediaRoot);
        for (const problem of result.problems) {
          if (problem.severity === 'error') config.logger.error(formatProblem(problem));
        }
      }
      for (const [relativePath, fileName] of hashedNames) {
        this.emitFile({ type: 'asset', fileName: `media/${fileName}`, source: readFileSync(join(mediaRoot, relativePath)) });
      }
      const problems = result.problems.map((problem) => ({ ...problem, text: formatProblem(problem) }));
      return `export const contentBundle = ${JSON.stringify(result.bundle)};\nexport const contentProblems = ${JSON.stringify(problems)};\n`;
    },
    configureServer(server) {
      server.watcher.add(mediaRoot);
      const onMediaChange = (file: string): void => {
        if (!normalize(file).startsWith(mediaRoot)) return;
        validation = null;
        fonts = null;
        for (const id of [RESOLVED_CONTENT_ID, RESOLVED_FONTS_ID]) {
          const module = server.moduleGraph.getModuleById(id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onMediaChange);
      server.watcher.on('add', onMediaChange);
      server.watcher.on('unlink', onMediaChange);
      server.middlewares.use('/fonts/', (request, response, next) => {
        const name = (request.url ?? '').split('?')[0]?.replace(/^\/+/, '') ?? '';
        void currentFonts().then((build) => {
          const file = build.files.find((candidate) => candidate.fileName === name);
          if (!file) {
            next();
            return;
          }
          response.setHeader('Content-Type', 'font/woff2');
          response.end(file.bytes);
        }, next);
      });
      server.middlewares.use('/media/', (request, response, next) => {
        const relativePath = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        const filePath = normalize(join(mediaRoot, relativePath));
        if (!filePath.startsWith(mediaRoot) || !existsSync(filePath) || !statSync(filePath).isFile()) {
          next();
          return;
        }
        response.setHeader('Content-Type', MEDIA_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream');
        response.setHeader('Content-Length', statSync(filePath).size);
        createReadStream(filePath).pipe(response);
      });
    },
  };
}
