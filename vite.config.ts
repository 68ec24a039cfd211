import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { startingModuleGroup } from './src/tools/startingModules.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { SECURITY_HEADERS } from './src/tools/contentSecurityPolicy.ts';
import { kioskContentPlugin } from './src/tools/kioskContentPlugin.ts';

/**
 * The largest single file the kiosk caches. Recordings and pictures are checked against their own
 * budgets by media:check first (with a message saying how to fix them); this is the last guard.
 */
const MAX_PRECACHED_FILE_BYTES = 16 * 1024 * 1024;

const packageVersion = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

export default defineConfig({
  base: '/',
  define: {
    'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageVersion),
  },
  // Pre-bundled when the dev server starts: otherwise the first `npm run dev` on a fresh machine
  // finds them while loading the page and reloads it halfway (every request of that load aborted).
  optimizeDeps: { include: ['three', 'gsap', 'howler', 'workbox-window'] },
  plugins: [
    kioskContentPlugin({ mediaDirectory: process.env.KIOSK_MEDIA_DIR ?? 'media' }),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/offline',
      filename: 'serviceWorker.ts',
      // The app registers the worker itself (src/offline/OfflineService.ts) to control when updates apply.
      injectRegister: false,
      registerType: 'prompt',
      injectManifest: {
        // The whole corridor: app, fonts, every picture, recording and caption, the keypad's prompts.
        globPatterns: ['**/*.{html,js,json,css,svg,png,jpg,jpeg,webp,avif,woff2,mp3,ogg,opus,m4a,webm,vtt,webmanifest}'],
        maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE_BYTES,
        // Hashed names change with their content; no revision query is needed (and none may break Range).
        dontCacheBustURLsMatching: /(-[A-Za-z0-9_-]{8}\.(js|css)$)|(\.[0-9a-f]{10}\.[a-z0-9]+$)/,
      },
      manifest: {
        name: '文化长廊 · 中国科技馆 Culture Corridor',
        short_name: '文化长廊',
        description: 'Culture corridor of the China Science and Technology Museum',
        lang: 'zh-Hans',
        display: 'fullscreen',
        orientation: 'any',
        background_color: '#0B1630',
        theme_color: '#0B1630',
        start_url: '/',
        scope: '/',
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Three.js alone is ~130 KiB gzipped; the app is one screen, so one chunk loads fastest offline.
    chunkSizeWarningLimit: 900,
    rolldownOptions: { output: { codeSplitting: { groups: [startingModuleGroup('src/main.ts', 'src/entry.ts')] } } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
});
