/**
 * Vite plugin that turns media/ into the content bundle. The app imports `virtual:kiosk-content`;
 * this plugin validates media/ (the same validateMedia() that media:check runs), refuses to build
 * while there is any error, and emits each media file the bundle uses under a content-hashed name
 * so that a new recording never hides behind a cached old one.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { formatProblem } from '../content/contentProblem.ts';
import { checkMediaFolder } from '../content/checkMediaFolder.ts';
import type { MediaValidation } from '../content/validateMedia.ts';

const VIRTUAL_ID = 'virtual:kiosk-content';
const RESOLVED_VIRTUAL_ID = `\0${VIRTUAL_ID}`;

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

export function kioskContentPlugin(options: KioskContentPluginOptions = {}): Plugin {
  let config: ResolvedConfig;
  let mediaRoot = '';
  let isBuild = false;
  const hashedNames = new Map<string, string>();

  function validate(): Promise<MediaValidation> {
    hashedNames.clear();
    return checkMediaFolder(mediaRoot, {
      displayRoot: options.mediaDirectory ?? 'media',
      mediaUrl: (relativePath) => {
        if (!isBuild) return `${config.base}media/${relativePath}`;
        const name = hashedName(relativePath, readFileSync(join(mediaRoot, relativePath)));
        hashedNames.set(relativePath, name);
        return `${config.base}media/${name}`;
      },
    });
  }

  return {
    name: 'kiosk-content',
    configResolved(resolved) {
      config = resolved;
      isBuild = resolved.command === 'build';
      mediaRoot = resolve(resolved.root, options.mediaDirectory ?? 'media');
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_VIRTUAL_ID) return null;
      if (!existsSync(mediaRoot)) this.error(`The content folder ${mediaRoot} does not exist. Fix: restore media/ from git.`);
      const validation = await validate();
      for (const problem of validation.problems) {
        if (problem.severity === 'warning') config.logger.warn(formatProblem(problem));
      }
      if (isBuild && validation.errorCount > 0) {
        const report = validation.problems.filter((problem) => problem.severity === 'error').map(formatProblem).join('\n');
        this.error(
          `The content in media/ has ${validation.errorCount} error(s); the kiosk is not built, and kiosks keep the last good version.\n${report}\nRun "npm run media:check" after fixing them.`,
        );
      }
      if (!isBuild) {
        this.addWatchFile(mediaRoot);
        for (const problem of validation.problems) {
          if (problem.severity === 'error') config.logger.error(formatProblem(problem));
        }
      }
      for (const [relativePath, fileName] of hashedNames) {
        this.emitFile({ type: 'asset', fileName: `media/${fileName}`, source: readFileSync(join(mediaRoot, relativePath)) });
      }
      const problems = validation.problems.map((problem) => ({ ...problem, text: formatProblem(problem) }));
      return `export const contentBundle = ${JSON.stringify(validation.bundle)};\nexport const contentProblems = ${JSON.stringify(problems)};\n`;
    },
    configureServer(server) {
      server.watcher.add(mediaRoot);
      const onMediaChange = (file: string): void => {
        if (!normalize(file).startsWith(mediaRoot)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_VIRTUAL_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onMediaChange);
      server.watcher.on('add', onMediaChange);
      server.watcher.on('unlink', onMediaChange);
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
