import { readFileSync } from 'node:fs';
import { expect, test } from './kioskTest.ts';

test.describe('a kiosk that runs all day alone', () => {
  // The clock must be in place before the kiosk's first page load.
  test.use({ autoOpen: false });
  test.beforeEach(async ({ page, kiosk }) => {
    await page.clock.install();
    await kiosk.open('/', { stayInAttract: true });
  });

  test('staff open the diagnostics with the PIN, see real figures and export the visits just made', async ({ page, kiosk }) => {
    // Offline-ready first: the visits below jump the page's clock, and a jump during the install
    // would time out the kiosk's one question to its service worker.
    await kiosk.waitForState((state) => state.offline?.ready === true, 'the kiosk to be offline-ready', { timeout: 30_000 });
    // Two visits: one reads an event in English, one opens a panel; each ends at an idle reset.
    await kiosk.wake();
    await kiosk.tapItem('museum/2019-salute-to-the-republic');
    await page.getByRole('button', { name: 'English' }).tap();
    await kiosk.waitForState((state) => state.language === 'en', 'English');
    await page.clock.fastForward('01:31');
    await page.clock.fastForward('00:21');
    await kiosk.waitForState((state) => state.mode === 'attract', 'the first visit to end');
    await kiosk.wake();
    await page.locator('.bottom-bar [data-group-id="culture"]').tap();
    await kiosk.tapItem('culture/spirit');
    await page.clock.fastForward('01:31');
    await page.clock.fastForward('00:21');
    await kiosk.waitForState((state) => state.mode === 'attract', 'the second visit to end');

    // A visitor's quick tap in the corner does nothing; a 3 s press asks for the PIN.
    await kiosk.pauseClock();
    await page.touchscreen.tap(40, 40);
    await expect(page.getByRole('dialog', { name: '工作人员密码' })).toBeHidden();
    await kiosk.longPressAt(40, 40);
    const pad = page.getByRole('dialog', { name: '工作人员密码' });
    await expect(pad).toBeVisible();

    // Wrong PINs are refused, and after three they slow down.
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await kiosk.typePin('工作人员密码', '0000');
      await expect(pad.getByRole('status')).toHaveText('密码不对，请再试一次。');
    }
    await kiosk.typePin('工作人员密码', '1111');
    await expect(pad.getByRole('status')).toHaveText('请等 5 秒再试。');
    await kiosk.typePin('工作人员密码', '2468');
    await expect(pad.getByRole('status')).toHaveText(/请等 \d 秒再试。/);
    await page.clock.fastForward(6000);
    await kiosk.typePin('工作人员密码', '2468');
    await page.clock.resume();

    const panel = page.getByRole('dialog', { name: '运行状态' });
    await expect(panel).toBeVisible();
    const state = await kiosk.waitForState((current) => current.mode === 'diagnostics', 'diagnostics mode');
    await expect(panel.locator('[data-fact="diagnosticsContentVersion"]')).toHaveText(state.contentVersion);
    // In the staff language, whatever the last visitor chose (this one switched to English).
    await expect(panel.locator('[data-fact="diagnosticsOfflineReady"]')).toHaveText(new RegExp(`^是（已缓存 (\\d+) / \\1 个文件，\\d+\\.\\d MB）$`));
    await expect(panel.locator('[data-fact="diagnosticsGpu"]')).toHaveText(/^绘制调用 [1-9]\d* 次，纹理 [1-9]\d* 个/);
    await expect(panel.locator('[data-fact="verdict"]')).toHaveText(/^总体状态：(正常|注意 · .+)$/);
    await expect(panel.locator('[data-fact="diagnosticsLastUpdateCheck"]')).toHaveText(/^(还没有|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)$/);
    await expect(panel.locator('[data-fact="gallery"]')).toHaveText('未设置：本展项单独运行（一切功能照常）。');
    // Chromium reports the JS heap; where the browser does not (or a fake clock hides it), staff see a dash.
    const heapKnown = await page.evaluate(() => Number.isFinite((performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize));
    await expect(panel.locator('[data-fact="diagnosticsMemory"]')).toHaveText(heapKnown ? /^\d+\.\d MB$/ : '–');

    const downloadPromise = page.waitForEvent('download');
    await panel.getByRole('button', { name: '导出参观统计' }).tap();
    const csv = readFileSync(await (await downloadPromise).path(), 'utf8');
    const day = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    expect(csv.split('\n')[0]).toBe('day,metric,item,count');
    expect(csv).toContain(`${day},visit,,2`);
    expect(csv).toContain(`${day},event-opened,museum/2019-salute-to-the-republic,1`);
    expect(csv).toContain(`${day},panel-opened,culture/spirit,1`);
    expect(csv).toContain(`${day},language-chosen,en,1`);
    await expect(panel.getByRole('status')).toHaveText(/^已导出参观统计：\d+ 行。$/);
    await panel.getByRole('button', { name: '检查更新' }).tap();
    await expect(panel.getByRole('status')).toHaveText(/^(已检查：这已是最新版本。|发现新版本：.+)$/);

    await panel.getByRole('button', { name: '返回' }).tap();
    await kiosk.waitForState((current) => current.mode === 'attract', 'back to attract');
    await expect(panel).toBeHidden();
  });

  test('an uncaught error is logged for staff and the kiosk returns to attract instead of freezing', async ({ page, kiosk, expectProblem }) => {
    expectProblem(/page error: a fault for the test/);
    await kiosk.wake();
    await page.locator('.bottom-bar [data-group-id="awards"]').tap();
    await kiosk.waitForState((state) => state.openGroup === 'awards', 'the awards group');
    // A microtask, not a timer: the fake clock would catch an error thrown in its own timers.
    await page.evaluate(() => {
      queueMicrotask(() => {
        throw new Error('a fault for the test');
      });
    });
    await kiosk.waitForState((state) => state.mode === 'attract' && state.openGroup === null, 'the reset to attract');
    const log = await page.evaluate(() => window.kiosk!.staffLog());
    expect(log.some((entry) => entry.source === 'error' && entry.message.includes('a fault for the test'))).toBe(true);
    await kiosk.wake();
  });
});
