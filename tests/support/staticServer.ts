/**
 * Serves a production build on a fixed port and stops on demand: offline tests must stop the
 * real server (not only setOffline) to prove the service worker needs no network, and update
 * tests serve a second build on the same origin.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { SECURITY_HEADERS } from '../../src/tools/contentSecurityPolicy.ts';
import { copyStarterMedia, type MediaCopy } from './mediaCopy.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export type ServerKind = 'preview' | 'nginx';

/** Serves a build with Vite's preview server or with nginx and the shipped site configuration. */
export async function serveBuild(outDir: string, port: number, kind: ServerKind = 'preview', options: { readonly brokerPort?: number } = {}): Promise<RunningServer> {
  if (kind === 'nginx') return serveWithNginx(outDir, port, options.brokerPort);
  const server: PreviewServer = await preview({
    root: PROJECT_ROOT,
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, headers: { ...SECURITY_HEADERS } },
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => server.close(),
  };
}

async function serveWithNginx(outDir: string, port: number, brokerPort: number | undefined): Promise<RunningServer> {
  const env = brokerPort === undefined ? process.env : { ...process.env, TEST_BROKER_PORT: String(brokerPort) };
  const child = spawn(join(PROJECT_ROOT, 'deploy/nginx/test-server.sh'), [String(port), outDir], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  await new Promise<void>((resolveReady, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('ready:')) resolveReady();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`nginx test server exited (${code}):\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolveClosed) => {
      if (child.exitCode !== null) {
        resolveClosed();
        return;
      }
      child.removeAllListeners('exit');
      child.once('exit', () => resolveClosed());
      child.kill('SIGTERM');
    }),
  };
}

export interface TemporaryBuild {
  readonly outDir: string;
  readonly media: MediaCopy;
  dispose(): void;
}

/** Builds the kiosk from a changed copy of the starter media into a temporary folder. */
export function buildWithMedia(change: (media: MediaCopy) => void): TemporaryBuild {
  const media = copyStarterMedia();
  change(media);
  return buildFromMedia(media);
}

/** Builds the kiosk from a media folder a test has prepared; the build owns (and disposes) the copy. */
export function buildFromMedia(media: MediaCopy): TemporaryBuild {
  const outDir = join(mkdtempSync(join(tmpdir(), 'kiosk-build-')), 'dist');
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, KIOSK_MEDIA_DIR: media.root },
  });
  if (result.status !== 0) throw new Error(`the test build failed:\n${result.stdout}${result.stderr}`);
  return {
    outDir,
    media,
    dispose() {
      media.dispose();
      rmSync(resolve(outDir, '..'), { recursive: true, force: true });
    },
  };
}

/** A copy of the main build (dist/), so a test can serve it while others rebuild. */
export function copyOfBuild(): string {
  const outDir = join(mkdtempSync(join(tmpdir(), 'kiosk-dist-')), 'dist');
  cpSync(join(PROJECT_ROOT, 'dist'), outDir, { recursive: true });
  return outDir;
}
