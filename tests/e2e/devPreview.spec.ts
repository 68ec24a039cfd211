/**
 * What a staff member sees with `npm run dev` while editing media/: the kiosk reloads by itself
 * when a file is saved, a mistake appears on screen naming the file and line, the good content
 * keeps showing, and the message goes away once the file is fixed.
 */
import { createServer, type ViteDevServer } from 'vite';
import { expect, test } from './kioskTest.ts';
import { copyStarterMedia, type MediaCopy } from '../support/mediaCopy.ts';
import { PROJECT_ROOT } from '../support/staticServer.ts';
import { TEST_PORTS } from '../support/testPorts.ts';

const PORT = TEST_PORTS.devPreview;
const EVENT = 'timeline/party/1949-prc-founded/event.yaml';

test.describe('npm run dev while staff edit media/', () => {
  test.use({ autoOpen: false });
  let media: MediaCopy | null = null;
  let server: ViteDevServer | null = null;
  test.afterAll(async () => {
    await server?.close();
    media?.dispose();
  });

  test('reloads on save, shows the mistake with its file and line, and clears it once fixed', async ({ page, kiosk, expectProblem }) => {
    test.setTimeout(180_000);
    // A save reloads the page: whatever it was still fetching from the dev server (modules, the
    // fonts subset anew for the changed text) is cut off by the browser, as in a person's browser.
    // Only those aborts are expected; a failed response, a page error or a console error still fails.
    expectProblem(new RegExp(`^request failed: http://127\\.0\\.0\\.1:${PORT}/\\S+ \\(net::ERR_ABORTED\\)$`));
    media = copyStarterMedia();
    // The dev server reads KIOSK_MEDIA_DIR and sets NODE_ENV in this (shared) worker process:
    // both are put back, so the builds of later tests are not affected.
    const previous = { KIOSK_MEDIA_DIR: process.env.KIOSK_MEDIA_DIR, NODE_ENV: process.env.NODE_ENV };
    process.env.KIOSK_MEDIA_DIR = media.root;
    try {
      server = await createServer({ root: PROJECT_ROOT, logLevel: 'silent', server: { host: '127.0.0.1', port: PORT, strictPort: true } });
      await server.listen();
    } finally {
      for (const [name, value] of Object.entries(previous)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    const url = `http://127.0.0.1:${PORT}/`;
    await kiosk.open(url, { stayInAttract: true });
    const overlay = page.getByRole('alert').filter({ hasText: '内容' });
    await expect(page.locator('.content-problems')).toHaveCount(0);

    // The staff member types a month that does not exist and saves.
    let loads = 0;
    page.on('load', () => { loads += 1; });
    media.replace(EVENT, 'date: 1949-10-01', 'date: 1949-13-01');
    await expect(page.locator('.content-problems')).toBeVisible({ timeout: 30_000 });
    expect(loads).toBeGreaterThanOrEqual(1);
    await expect(page.locator('.content-problems')).toContainText(`${media.root}/${EVENT}:1: 错误：`);
    await expect(page.locator('.content-problems')).toContainText('修改方法');
    await expect(overlay).toBeVisible();
    // Everything else still shows: the other 24 events.
    await page.waitForFunction(() => window.kiosk !== undefined);
    await page.evaluate(() => window.kiosk!.ready);
    await expect(page.locator('.event-list__button')).toHaveCount(24);

    media.replace(EVENT, 'date: 1949-13-01', 'date: 1949-10-01');
    await expect(page.locator('.content-problems')).toHaveCount(0, { timeout: 30_000 });
    await page.waitForFunction(() => window.kiosk !== undefined);
    await page.evaluate(() => window.kiosk!.ready);
    await expect(page.locator('.event-list__button')).toHaveCount(25);
  });
});
