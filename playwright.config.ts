import { defineConfig } from '@playwright/test';
import { ensureChromium } from './tests/support/findChromium.ts';

const PORT = 4173;
const baseURL = process.env.KIOSK_BASE_URL ?? `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores rendering WebGL in software: one browser at a time is faster than two fighting.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    baseURL,
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    locale: 'zh-CN',
    launchOptions: {
      executablePath: ensureChromium(),
      // Headless Chromium renders WebGL through ANGLE on SwiftShader with Playwright's default
      // flags; adding GPU flags breaks it (shared/PLATFORM.md). Autoplay mirrors the kiosk launcher.
      args: ['--autoplay-policy=no-user-gesture-required'],
    },
    trace: 'retain-on-failure',
  },
  webServer: process.env.KIOSK_BASE_URL
    ? undefined
    : {
        command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
        url: baseURL,
        reuseExistingServer: !process.env.CI,
        timeout: 30_000,
      },
});
