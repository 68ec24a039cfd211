import { expect, test, type KioskPage } from './kioskTest.ts';
import type { Page } from '@playwright/test';
import { topics } from '../../src/gallery/galleryTopics.ts';
import { brokerClient, GALLERY_URL, openKiosk, openTablet, SIMULATED_KIOSKS, startGallery, type Gallery } from './gallerySupport.ts';

const TOUR = 'two-tracks-in-pairs';

/** The docent pairs the tablet with kiosk-01 by typing the code the kiosk shows. */
async function pair(tablet: Page, kiosk: KioskPage): Promise<void> {
  await tablet.getByRole('button', { name: '配对 kiosk-01' }).click();
  const { pairing } = await kiosk.waitForState((state) => state.pairing.code !== null, 'the kiosk to show a pairing code');
  const code = pairing.code!;
  await expect(kiosk.page.locator('.pairing-code')).toContainText(code.split('').join(' '));
  await tablet.getByLabel(/配对码/).fill(code);
  await tablet.getByRole('button', { name: '确定' }).click();
  await kiosk.waitForState((state) => state.pairing.docent === 'docent-ana' && state.pairing.code === null, 'the tablet to be paired');
}

test.describe('the gallery network', () => {
  test.use({ autoOpen: false });
  let gallery: Gallery;
  test.beforeAll(async () => {
    gallery = await startGallery();
  });
  test.afterAll(async () => {
    await gallery.close();
  });

  test('a docent pairs a tablet by the kiosk\'s code and drives the tour from it; the talking points are on the tablet only', async ({ page, kiosk, browser }) => {
    await openKiosk(page);
    const { tablet, context } = await openTablet(browser);
    await expect(tablet.locator('[data-kiosk="kiosk-01"]')).toContainText('二层东侧');
    // The tablet is an app of its own: its manifest opens at /docent/, and Chromium can install it.
    await tablet.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const devtools = await context.newCDPSession(tablet);
    const manifest = await devtools.send('Page.getAppManifest');
    expect(manifest.url).toMatch(/\/docent\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    // A test browser context is always incognito, where nothing installs; any other reason is ours.
    const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await devtools.detach();
    await pair(tablet, kiosk);
    await expect(page.locator('.tablet-badge')).toHaveText('讲解员平板已连接 · docent-ana');
    await expect(page.locator('.pairing-code')).toBeHidden();

    await tablet.getByRole('button', { name: /两条时间线的呼应/ }).click();
    await kiosk.waitForState((state) => state.guided?.tourId === TOUR && state.guided.stopIndex === 0, 'the tour to start on the kiosk');
    await expect(tablet.getByRole('complementary', { name: '讲解要点' })).toContainText('请观众留意连向馆史的金色连线');
    await expect(page.getByText('请观众留意连向馆史的金色连线')).toBeHidden();
    await expect(page.locator('.docent-bar')).toBeHidden();

    await tablet.getByRole('button', { name: '下一站 ▶' }).click();
    await kiosk.waitForState((state) => state.guided?.stopIndex === 1 && state.focused === 'museum/2019-salute-to-the-republic', 'the next stop');
    await expect(tablet.locator('[data-position]')).toContainText('第 2 /');
    await expect(tablet.getByRole('complementary', { name: '讲解要点' })).toContainText('礼赞共和国');

    await tablet.getByRole('button', { name: '静音' }).click();
    await kiosk.waitForState((state) => state.guided?.muted === true, 'the kiosk muted');
    await tablet.getByRole('button', { name: '黑屏' }).click();
    await kiosk.waitForState((state) => state.guided?.blanked === true, 'the kiosk blanked');
    await expect(page.locator('.presenter-blank')).toBeVisible();
    await tablet.getByRole('button', { name: '恢复画面' }).click();
    await kiosk.waitForState((state) => state.guided?.blanked === false, 'the picture back');

    await tablet.getByRole('group', { name: '展项语言' }).getByRole('button', { name: 'English' }).click();
    await kiosk.waitForState((state) => state.language === 'en', 'the kiosk in English');
    await expect(tablet.getByRole('complementary', { name: '讲解要点' })).toContainText('Salute to the Republic');

    // End asks first, on the tablet; the kiosk goes back to its visitors, still paired for the next tour.
    await tablet.getByRole('button', { name: '结束导览' }).click();
    const question = tablet.getByRole('alertdialog');
    await expect(question).toContainText('结束这次导览？');
    expect((await kiosk.state()).mode).toBe('guided');
    await question.getByRole('button', { name: '结束导览' }).click();
    await kiosk.waitForState((state) => state.mode === 'attract' && state.guided === null && state.pairing.docent === 'docent-ana', 'the tour ended');

    await tablet.getByRole('button', { name: '断开' }).click();
    await kiosk.waitForState((state) => state.pairing.docent === null, 'the tablet unpaired');
    await expect(page.locator('.tablet-badge')).toBeHidden();
    await expect(tablet.getByRole('heading', { name: '选择展项' })).toBeVisible();
    await context.close();
  });

  test('the broker stopped mid-tour: the kiosk runs on, returns to visitors when the tablet times out, and both reconnect when it is back', async ({ page, kiosk, browser, expectProblem }) => {
    test.setTimeout(120_000);
    // The kiosk's socket fails while the broker is away, and nginx answers 502 for it: expected.
    expectProblem(/WebSocket|\/mqtt/);
    await openKiosk(page, '?debug=1&tabletGoneSeconds=6');
    const { tablet, context } = await openTablet(browser);
    await pair(tablet, kiosk);
    await tablet.getByRole('button', { name: /两条时间线的呼应/ }).click();
    await kiosk.waitForState((state) => state.guided?.tourId === TOUR, 'the tour to start');

    await gallery.broker.stop();
    await expect(tablet.getByRole('status').filter({ hasText: '与展厅网络的连接中断' })).toBeVisible();
    // The kiosk keeps the tour on screen until the tablet's timeout, then gives itself back to visitors.
    expect((await kiosk.state()).mode).toBe('guided');
    await kiosk.waitForState((state) => state.mode === 'attract' && state.pairing.docent === null, 'visitor mode after the tablet timed out', { timeout: 20_000 });
    await kiosk.wake();

    await gallery.broker.start();
    const staff = await brokerClient('staff-li', 'staff-li-secret');
    const backOnline = new Promise<void>((resolve) => {
      staff.on('message', (topic, payload) => {
        const status = JSON.parse(payload.toString()) as { online: boolean; mode: string };
        if (topic === topics.status('kiosk-01') && status.online && status.mode === 'explore') resolve();
      });
    });
    await staff.subscribeAsync(topics.status('kiosk-01'));
    await backOnline;
    await staff.endAsync();
    await expect(tablet.getByRole('status').filter({ hasText: '与展厅网络的连接中断' })).toHaveCount(0, { timeout: 40_000 });
    await expect(tablet.getByText('配对已结束：展项两分钟没有收到平板的消息。')).toBeVisible();
    await expect(tablet.getByRole('button', { name: '配对 kiosk-01' })).toBeEnabled();
    await context.close();
  });

  test('the broker refuses a wrong password, an anonymous client and a docent commanding a kiosk it has not paired with', async () => {
    await expect(brokerClient('kiosk-01', 'not-the-password')).rejects.toThrow(/Not authorized|Bad User Name or Password/);
    await expect(brokerClient(undefined, undefined)).rejects.toThrow(/Not authorized|Bad User Name or Password/);
    const bob = await brokerClient('docent-bob', 'docent-bob-secret');
    await expect(bob.publishAsync(topics.docentCommands('kiosk-01'), JSON.stringify({ type: 'endTour' }), { qos: 1 })).rejects.toThrow(/Not authorized/);
    // Nor may one kiosk speak for another.
    const sim = await brokerClient('kiosk-sim01', 'kiosk-sim01-secret');
    await expect(sim.publishAsync(topics.status('kiosk-01'), '{}', { qos: 1 })).rejects.toThrow(/Not authorized/);
    await bob.endAsync();
    await sim.endAsync();
  });
});

test.describe('the staff fleet page', () => {
  test.use({ autoOpen: false });
  let gallery: Gallery;
  test.beforeAll(async () => {
    gallery = await startGallery();
  });
  test.afterAll(async () => {
    await gallery.close();
  });

  test('twenty simulated kiosks and a real one appear with their verdicts; a command to one kiosk is carried out and logged', async ({ page, browser }) => {
    test.setTimeout(90_000);
    const verdictOf = (index: number): 'ok' | 'attention' | 'fault' => (index % 7 === 3 ? 'fault' : index % 4 === 1 ? 'attention' : 'ok');
    const simulated = await Promise.all(SIMULATED_KIOSKS.map(async (account, index) => {
      const client = await brokerClient(account, `${account}-secret`, { topic: topics.status(account), payload: JSON.stringify({ kiosk: account, online: false }) });
      const verdict = verdictOf(index);
      const status = {
        kiosk: account, online: true, place: `模拟展位 ${index + 1}`, appVersion: '0.1.0', contentVersion: 'sim', release: '20261201T000000Z-sim', ring: index < 2 ? 'canary' : 'all',
        offline: { ready: verdict !== 'attention', filesCached: 139, filesTotal: 139, bytesCached: 6_000_000, persisted: true }, updateWaiting: false, uptimeSeconds: 60,
        lastVisit: null, visitsToday: index, framesPerSecond: verdict === 'fault' ? 0 : 60, gpu: { drawCalls: 7, textures: 10, geometries: 20, programs: 8 }, errorsLogged: 0, verdict,
        reason: verdict === 'ok' ? { 'zh-Hans': '', en: '' } : verdict === 'fault' ? { 'zh-Hans': '时间轴没有在绘制', en: 'the timeline is not drawing' } : { 'zh-Hans': '离线副本尚未下载完', en: 'the offline copy is not complete yet' },
        mode: 'attract', pairedDocent: null, reportedAt: new Date().toISOString(),
      };
      await client.publishAsync(topics.status(account), JSON.stringify(status), { qos: 1, retain: true });
      return client;
    }));
    await openKiosk(page);

    const fleetContext = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    const fleet = await fleetContext.newPage();
    await fleet.goto(`${GALLERY_URL}/staff/`);
    await fleet.getByLabel('账号').fill('staff-li');
    await fleet.getByLabel('密码').fill('staff-li-secret');
    await fleet.getByRole('button', { name: '登录' }).click();
    await expect(fleet.locator('tbody tr')).toHaveCount(21);
    const expected = SIMULATED_KIOSKS.map((_, index) => verdictOf(index));
    const faults = expected.filter((verdict) => verdict === 'fault').length;
    const attention = expected.filter((verdict) => verdict === 'attention').length;
    await expect(fleet.locator('tr[data-kiosk="kiosk-sim04"]')).toContainText('故障 · 时间轴没有在绘制');
    await expect(fleet.locator('tr[data-kiosk="kiosk-sim02"]')).toContainText('注意 · 离线副本尚未下载完');
    await expect(fleet.locator('tr[data-kiosk="kiosk-sim01"]')).toContainText('20261201T000000Z-sim（canary）');
    await expect(fleet.locator('tr[data-kiosk="kiosk-01"]')).toContainText('二层东侧');
    // The real kiosk's own verdict counts too: it is ok or attention (storage not yet persistent in a test browser).
    await expect(fleet.locator('[data-summary]')).toContainText(new RegExp(`(\\d+) 台正常，(\\d+) 台注意，${faults} 台故障，0 台离线`));
    const summary = await fleet.locator('[data-summary]').textContent();
    const [ok, attentionShown] = (summary ?? '').match(/\d+/g)!.map(Number);
    expect(ok! + attentionShown!).toBe(21 - faults);
    expect(attentionShown).toBeGreaterThanOrEqual(attention);

    await fleet.getByRole('checkbox', { name: '选择 kiosk-01' }).check();
    await fleet.getByRole('group', { name: '所选展项' }).getByRole('button', { name: '检查更新' }).click();
    await expect(fleet.getByText('已发送给 1 台展项。')).toBeVisible();
    await expect(fleet.locator('.fleet__log li').first()).toContainText(/staff-li → kiosk-01 · 检查更新 · 已检查：这已是最新版本。/);

    // A kiosk that vanishes is marked offline by its last will.
    const gone = simulated[0]!;
    gone.stream.destroy();
    await expect(fleet.locator('tr[data-kiosk="kiosk-sim01"]')).toContainText('已离线', { timeout: 40_000 });
    await Promise.all(simulated.slice(1).map((client) => client.endAsync()));
    await fleetContext.close();
  });
});
