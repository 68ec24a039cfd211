import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import { ensureChromium } from './tests/support/findChromium.ts';
import { findNginx } from './tests/support/findNginx.ts';
import { TEST_PORTS } from './tests/support/testPorts.ts';

const PREVIEW_PORT = TEST_PORTS.preview;
const NGINX_PORT = TEST_PORTS.nginx;
const previewURL = process.env.KIOSK_BASE_URL ?? `http://127.0.0.1:${PREVIEW_PORT}`;
const nginxURL = `http://127.0.0.1:${NGINX_PORT}`;
/** Tests tagged @nginx run a second time behind nginx with the shipped site configuration. */
const withNginx = !process.env.KIOSK_BASE_URL && findNginx() !== null;

const webServers: NonNullable<PlaywrightTestConfig['webServer']> = [];
if (!process.env.KIOSK_BASE_URL) {
  webServers.push({
    command: `npx vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
    url: previewURL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  });
}
if (withNginx) {
  webServers.push({
    command: `deploy/nginx/test-server.sh ${NGINX_PORT} dist`,
    url: nginxURL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    // SIGTERM lets the script stop nginx and remove its temporary folder.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
  });
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores rendering WebGL in software: one browser at a time is faster than two fighting.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.KIOSK_E2E_REPORT ?? 'test-results/e2e-report.json' }]],
  use: {
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    locale: 'zh-CN',
    launchOptions: {
      executablePath: ensureChromium(),
      // Headless Chromium renders WebGL through ANGLE on SwiftShader with Playwright's default
      // flags; adding --use-gl, --enable-gpu or Vulkan flags, or dropping Playwright's default
      // arguments, leaves it without WebGL. Autoplay mirrors the kiosk launcher.
      args: ['--autoplay-policy=no-user-gesture-required'],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'preview', metadata: { server: 'preview' }, use: { baseURL: previewURL } },
    ...(withNginx ? [{ name: 'nginx', metadata: { server: 'nginx' }, grep: /@nginx/, use: { baseURL: nginxURL } }] : []),
  ],
  webServer: webServers,
});
