import { expect, serverKind, test } from './kioskTest.ts';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyOfBuild, serveBuild, type RunningServer } from '../support/staticServer.ts';
import { TEST_PORTS } from '../support/testPorts.ts';

const OFFLINE_PORT = TEST_PORTS.offline;

test.describe('offline on the gallery floor', () => {
  test.use({ autoOpen: false });
  let server: RunningServer | null = null;
  test.afterEach(async () => {
    await server?.close();
    server = null;
  });

  test('after the first visit the whole corridor works with the web server stopped', { tag: '@nginx' }, async ({ page, kiosk }) => {
    test.setTimeout(240_000);
    server = await serveBuild(copyOfBuild(), OFFLINE_PORT, serverKind());
    await kiosk.open(`${server.url}/`, { stayInAttract: true });
    const installed = await kiosk.waitForState((state) => state.offline?.ready === true, 'every file of the corridor to be cached', { timeout: 30_000 });
    expect(installed.offline!.filesCached).toBe(installed.offline!.filesTotal);
    expect(installed.offline!.filesTotal).toBeGreaterThan(80);
    expect(installed.offline!.bytesCached).toBeGreaterThan(2_000_000);

    await server.close();
    server = null;
    await kiosk.open(`http://127.0.0.1:${OFFLINE_PORT}/`);
    const { events, panels } = await page.evaluate(() => ({
      events: [...document.querySelectorAll<HTMLElement>('.event-list__button')].map((button) => button.dataset.eventId!),
      panels: [...document.querySelectorAll<HTMLElement>('.bottom-bar [data-group-id]')].map((button) => button.dataset.groupId!),
    }));
    expect(events).toHaveLength(25);

    for (const eventId of events) {
      await page.locator(`.event-list__button[data-event-id="${eventId}"]`).focus();
      await page.keyboard.press('Enter');
      await kiosk.waitForState((state) => state.focused === eventId, `${eventId} offline`);
      await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).not.toBeEmpty();
    }
    await page.getByRole('button', { name: '返回' }).tap();

    for (const groupId of panels) {
      await page.locator(`.bottom-bar [data-group-id="${groupId}"]`).tap();
      await kiosk.waitForState((state) => state.openGroup === groupId && state.focused === null, `the ${groupId} group`);
      const panelIds = await page.locator('.sheet__panel-button').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.panelId!));
      for (const panelId of panelIds) {
        await kiosk.tapItem(panelId);
        await kiosk.waitForState((state) => state.narration?.id === panelId && state.narration.status === 'ready', `${panelId}'s recording offline`);
        await page.getByRole('button', { name: '播放' }).tap();
        await kiosk.waitForState((state) => (state.narration?.cueIndex ?? -1) >= 1, `${panelId}'s captions to advance offline`);
        await page.getByRole('button', { name: '返回' }).tap();
        await kiosk.waitForState((state) => state.focused === null, 'back to the group');
      }
    }

    await page.locator('.bottom-bar [data-group-id="culture"]').tap();
    await kiosk.tapItem('culture/vision');
    await kiosk.waitForState((state) => state.narration?.status === 'ready', 'the vision narration');
    await page.getByRole('button', { name: '播放' }).tap();
    const seekBar = page.getByRole('slider', { name: '播放进度' });
    const bounds = (await seekBar.boundingBox())!;
    await page.touchscreen.tap(bounds.x + bounds.width * 0.5, bounds.y + bounds.height / 2);
    const duration = (await kiosk.state()).narration!.durationSeconds;
    const seeked = await kiosk.waitForState((state) => state.narration!.positionSeconds >= duration * 0.45, 'the seek to the middle');
    expect(seeked.narration!.playing).toBe(true);
  });

  test('a release published without its content file says so on screen, naming the file and the fix', { tag: '@nginx' }, async ({ page, expectProblem }) => {
    const build = copyOfBuild();
    const contentFile = readdirSync(join(build, 'assets')).find((name) => /^contentBundle\.[0-9a-f]{10}\.json$/.test(name));
    expect(contentFile, 'the build\'s content file').toBeDefined();
    rmSync(join(build, 'assets', contentFile!));
    expectProblem(new RegExp(contentFile!.replaceAll('.', '\\.')));
    expectProblem(/404/);
    server = await serveBuild(build, OFFLINE_PORT, serverKind());
    await page.goto(`${server.url}/`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('展项暂时无法启动');
    await expect(alert).toContainText('This exhibit could not start');
    await expect(alert).toContainText(`assets/${contentFile!}`);
    await expect(alert).toContainText('npm run publish:kiosk');
  });
});
