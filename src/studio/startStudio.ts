/**
 * npm run studio [-- --port <n>] [--media <folder>] [--host <address>]
 *
 * The staff studio: a form for every event, panel and tour of the media folder, the check beside
 * each field, pictures, recordings and caption timing, the kiosk itself as the preview, and a
 * history of every save. It runs on this computer only (127.0.0.1 unless --host says otherwise)
 * and is never part of the kiosk build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { kioskContentPlugin } from '../tools/kioskContentPlugin.ts';
import { studioPlugin } from './studioPlugin.ts';
import { StudioWorkspace } from './studioWorkspace.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const DEFAULT_PORT = 5174;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(DEFAULT_PORT) },
    media: { type: 'string', default: 'media' },
    host: { type: 'string', default: '127.0.0.1' },
    history: { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`--port ${values.port}: not a port number (1-65535). Example: npm run studio -- --port 5175`);
  process.exit(2);
}
const mediaRoot = resolve(PROJECT_ROOT, values.media);
const workspace = new StudioWorkspace(mediaRoot, values.history === undefined ? undefined : resolve(values.history));
const packageVersion = (JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

try {
  const server = await createServer({
    configFile: false,
    root: PROJECT_ROOT,
    logLevel: 'warn',
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageVersion) },
    optimizeDeps: { include: ['three', 'gsap', 'howler', 'workbox-window'] },
    server: { host: values.host, port, strictPort: true },
    plugins: [kioskContentPlugin({ mediaDirectory: mediaRoot, drafts: workspace }), studioPlugin(workspace, PROJECT_ROOT)],
  });
  await server.listen();
  console.log(`内容工作室 / Staff studio: http://${values.host}:${port}/studio/`);
  console.log(`媒体文件夹 / Media folder: ${mediaRoot}`);
  console.log('按 Ctrl+C 关闭 / Press Ctrl+C to stop.');
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (/EADDRINUSE|in use/i.test(message)) {
    console.error(`端口 ${port} 已被占用，请换一个：npm run studio -- --port ${port + 1}\nPort ${port} is in use; choose another: npm run studio -- --port ${port + 1}`);
  } else {
    console.error(message);
  }
  process.exit(1);
}
