import { defineConfig } from 'vite';
import { kioskContentPlugin } from './src/tools/kioskContentPlugin.ts';

export default defineConfig({
  base: '/',
  plugins: [kioskContentPlugin({ mediaDirectory: process.env.KIOSK_MEDIA_DIR ?? 'media' })],
  build: {
    target: 'es2022',
    // Three.js alone is ~130 KiB gzipped; the app is one screen, so one chunk loads fastest offline.
    chunkSizeWarningLimit: 900,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
