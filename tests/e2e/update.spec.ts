import { expect, serverKind, test } from './kioskTest.ts';
import { buildWithMedia, serveBuild, type RunningServer, type TemporaryBuild } from '../support/staticServer.ts';
import { TEST_PORTS } from '../support/testPorts.ts';

const UPDATE_PORT = TEST_PORTS.update;
const EVENT = 'timeline/museum/2019-salute-to-the-republic/event.yaml';
const OLD_TITLE = '“礼赞共和国”科普展';
const NEW_TITLE = '“礼赞共和国”科普展（更新）';

test.describe('updates arrive only when nobody is watching', () => {
  test.use({ autoOpen: false });
  const builds: TemporaryBuild[] = [];
  let server: RunningServer | null = null;
  test.afterAll(() => builds.forEach((build) => build.dispose()));
  test.afterEach(async () => {
    await server?.close();
    server = null;
  });

  test('a new version waits through a narration and lands on the attract screen once the visitor has gone', { tag: '@nginx' }, async ({ page, kiosk }) => {
    test.setTimeout(180_000);
    const checkEveryMinute = (media: { replace(file: string, from: string, to: string): void }) =>
      media.replace('kiosk.yaml', 'checkEveryMinutes: 5', 'checkEveryMinutes: 1');
    const version1 = buildWithMedia(checkEveryMinute);
    const version2 = buildWithMedia((media) => {
      checkEveryMinute(media);
      media.replace(EVENT, `zh-Hans: ${OLD_TITLE}`, `zh-Hans: ${NEW_TITLE}`);
    });
    builds.push(version1, version2);

    await page.clock.install();
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });
    server = await serveBuild(version1.outDir, UPDATE_PORT, serverKind());
    await kiosk.open(`${server.url}/`);
    const firstVersion = await kiosk.waitForState((state) => state.offline?.ready === true, 'version 1 to be offline-ready', { timeout: 30_000 });
    const eventList = page.locator('.event-list__button[data-event-id="museum/2019-salute-to-the-republic"]');
    await expect(eventList).toHaveText(OLD_TITLE);

    // A visitor listens to a narration while the museum publishes version 2.
    await page.locator('.bottom-bar [data-group-id="culture"]').tap();
    await kiosk.tapItem('culture/vision');
    await kiosk.waitForState((state) => state.narration?.status === 'ready', 'the narration');
    await page.getByRole('button', { name: '播放' }).tap();
    await kiosk.waitForState((state) => state.narration?.playing === true, 'the narration to play');
    await server.close();
    server = await serveBuild(version2.outDir, UPDATE_PORT, serverKind());

    // The kiosk looks every minute. A look can fall in the moment the server is being swapped
    // (on a loaded machine its check then fails and is logged); the next minute's look finds it.
    let waiting = null;
    for (let minute = 1; minute <= 3 && !waiting; minute += 1) {
      await page.clock.fastForward('01:05');
      waiting = await kiosk.waitForState((state) => state.offline?.updateWaiting === true, `version 2 to be downloaded and waiting (look ${minute})`, { timeout: 20_000 })
        .catch(async (error: unknown) => {
          if (minute === 3) throw new Error(`${String(error)}; staff log: ${JSON.stringify(await page.evaluate(() => window.kiosk!.staffLog()))}`);
          return null;
        });
    }
    if (!waiting) throw new Error('version 2 never arrived');
    expect(waiting.mode).toBe('panel');
    expect(waiting.narration?.id).toBe('culture/vision');
    expect(waiting.contentVersion).toBe(firstVersion.contentVersion);
    await expect(eventList).toHaveText(OLD_TITLE);
    const navigationsDuringVisit = navigations;

    // The visitor walks away: the kiosk asks, counts down, resets to attract, and only then updates.
    await page.clock.fastForward('05:30');
    await expect(page.getByRole('alertdialog')).toContainText('还在吗');
    await page.clock.fastForward('00:25');
    await kiosk.waitForState((state) => state.contentVersion !== firstVersion.contentVersion, 'version 2 to take over');
    await page.evaluate(() => window.kiosk!.ready);
    const updated = await kiosk.state();
    expect(updated.mode).toBe('attract');
    await expect(page.locator('.event-list__button[data-event-id="museum/2019-salute-to-the-republic"]')).toHaveText(NEW_TITLE);
    expect(navigationsDuringVisit).toBe(1);
    expect(navigations).toBe(2);
  });
});
