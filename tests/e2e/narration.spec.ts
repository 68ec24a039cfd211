import type { Page } from '@playwright/test';
import { expect, test, type KioskPage } from './kioskTest.ts';

const CULTURE_PANELS = ['culture/concept', 'culture/vision', 'culture/spirit'];
const AWARD_PANELS = [
  'awards/two-excellents-one-advanced',
  'awards/post-pacesetter',
  'awards/trade-union-advanced-individual',
  'awards/womens-achievement-pacesetter',
  'awards/top-ten-rising-young-talents',
  'awards/youth-may-fourth-medal',
];

async function openPanelByTouch(page: Page, kiosk: KioskPage, panelId: string): Promise<void> {
  const groupId = panelId.split('/')[0]!;
  await page.locator(`.bottom-bar [data-group-id="${groupId}"]`).tap();
  await kiosk.waitForState((state) => state.openGroup === groupId, `the ${groupId} group`);
  await kiosk.tapItem(panelId);
  await kiosk.waitForState((state) => state.focused === panelId && state.narration?.id === panelId, `${panelId} with its narration`);
}

async function startNarration(page: Page, kiosk: KioskPage): Promise<void> {
  await kiosk.waitForState((state) => state.narration?.status === 'ready', 'the narration to load');
  await page.getByRole('button', { name: /^(播放|Play)$/ }).tap();
  await kiosk.waitForState((state) => state.narration?.status === 'playing', 'the narration to play');
}

test('every culture and award panel plays its narration with captions in step', { tag: '@nginx' }, async ({ page, kiosk }) => {
  for (const panelId of [...CULTURE_PANELS, ...AWARD_PANELS]) {
    await openPanelByTouch(page, kiosk, panelId);
    await startNarration(page, kiosk);
    const state = await kiosk.waitForState((current) => (current.narration?.cueIndex ?? -1) >= 0, 'the first caption');
    const firstLine = page.locator('.transcript__line').first();
    await expect(page.locator('.caption-band__text')).toHaveText((await firstLine.textContent()) ?? '');
    await expect(firstLine).toHaveClass(/transcript__line--current/);
    expect(state.narration?.durationSeconds).toBeGreaterThan(1);
    await page.getByRole('button', { name: '返回' }).tap();
    await kiosk.waitForState((current) => current.narration === null, 'the narration to stop with its panel');
  }
});

test('captions advance, pause holds, seek and transcript taps jump, language switch keeps the cue', { tag: '@nginx' }, async ({ page, kiosk }) => {
  await openPanelByTouch(page, kiosk, 'culture/vision');
  await startNarration(page, kiosk);
  await kiosk.waitForState((state) => state.narration!.cueIndex === 1, 'the caption to move to the second line');
  await expect(page.locator('.caption-band__text')).toHaveText((await page.locator('.transcript__line').nth(1).textContent()) ?? '');

  await page.getByRole('button', { name: '暂停' }).tap();
  const paused = await kiosk.waitForState((state) => state.narration!.status === 'paused', 'pause');
  await expect.poll(async () => (await kiosk.state()).narration!.positionSeconds).toBe(paused.narration!.positionSeconds);
  await page.getByRole('button', { name: '播放' }).tap();
  await kiosk.waitForState((state) => state.narration!.playing && state.narration!.positionSeconds > paused.narration!.positionSeconds, 'playback to resume');

  const seekBar = page.getByRole('slider', { name: '播放进度' });
  const bounds = (await seekBar.boundingBox())!;
  await page.touchscreen.tap(bounds.x + bounds.width * 0.8, bounds.y + bounds.height / 2);
  const duration = (await kiosk.state()).narration!.durationSeconds;
  await kiosk.waitForState((state) => state.narration!.positionSeconds >= duration * 0.7, 'the seek to 80%');

  // The full narration opens in place of the caption; a tap on a line jumps there.
  await page.locator('.transcript-toggle').first().tap();
  await page.locator('.transcript__line').nth(2).tap();
  const onThirdLine = await kiosk.waitForState((state) => state.narration!.cueIndex === 2, 'the tapped transcript line');
  expect(onThirdLine.narration!.playing).toBe(true);

  await page.getByRole('button', { name: 'English' }).tap();
  const english = await kiosk.waitForState(
    (state) => state.language === 'en' && state.narration!.language === 'en' && state.narration!.status === 'playing',
    'the English narration to continue',
  );
  expect(english.narration!.cueIndex).toBe(2);
  await expect(page.locator('.caption-band__text')).toHaveText((await page.locator('.transcript__line').nth(2).textContent()) ?? '');
  expect(await page.locator('.transcript__line').nth(2).textContent()).toMatch(/[A-Za-z]/);
});

test('a narration opened a second time is ready again (howler answers from its cache at once)', async ({ page, kiosk }) => {
  for (let visit = 1; visit <= 2; visit += 1) {
    await openPanelByTouch(page, kiosk, 'culture/spirit');
    await startNarration(page, kiosk);
    await page.getByRole('button', { name: '返回' }).tap();
    await kiosk.waitForState((state) => state.narration === null, 'the narration to close');
  }
});

test.describe('when a recording is broken', () => {
  // The service worker would answer from its cache; these tests replace files on the network.
  test.use({ serviceWorkers: 'block' });

  test('a corrupt recording shows captions only with a note, and the kiosk carries on', async ({ page, kiosk }) => {
    await page.route(/\/media\/panels\/culture\/spirit\/narration\.zh-Hans\.[0-9a-f]+\.mp3$/, (route) =>
      route.fulfill({ status: 200, contentType: 'audio/mpeg', body: Buffer.from('this is not an mp3 file at all') }));
    await openPanelByTouch(page, kiosk, 'culture/spirit');
    const state = await kiosk.waitForState((current) => current.narration?.status === 'unavailable', 'the narration to give up');
    expect(state.narration!.problem).toBe('recording-failed');
    await expect(page.locator('.transcript__note')).toHaveText('录音暂时无法播放，请看下面的文字。');
    await expect(page.locator('.transcript__line')).not.toHaveCount(0);
    await expect(page.getByRole('button', { name: '播放' })).toBeDisabled();
    const log = await page.evaluate(() => window.kiosk!.staffLog());
    expect(log.map((entry) => entry.message).join('\n')).toMatch(/culture\/spirit: the recording .*narration\.zh-Hans\.[0-9a-f]+\.mp3 could not be loaded/);

    await page.getByRole('button', { name: '返回' }).tap();
    await openPanelByTouch(page, kiosk, 'culture/concept');
    await startNarration(page, kiosk);
  });

  test('a missing recording is reported the same way', async ({ page, kiosk, expectProblem }) => {
    expectProblem(/HTTP 404: .*narration\.zh-Hans\.[0-9a-f]+\.mp3/);
    expectProblem(/console error: Failed to load resource: the server responded with a status of 404/);
    await page.route(/\/media\/panels\/awards\/post-pacesetter\/narration\.zh-Hans\.[0-9a-f]+\.mp3$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await openPanelByTouch(page, kiosk, 'awards/post-pacesetter');
    await kiosk.waitForState((current) => current.narration?.status === 'unavailable', 'the narration to give up');
    await expect(page.locator('.transcript__note')).toBeVisible();
    await expect(page.locator('.transcript__line').first()).toBeVisible();
  });

});

/** One cycle in this many of the 200 waits for its narration to be ready before Back. */
const READY_EVERY = 20;

test.describe('many visitors in a row', () => {
  test.use({ autoOpen: false });

  test('opening and closing panels 200 times leaves no Howl or audio element behind', async ({ page, kiosk }) => {
    await kiosk.open('/?debug=1');
    const baseline = await page.evaluate(() => window.kiosk!.audioResources());
    await page.locator('.bottom-bar [data-group-id="awards"]').tap();
    await kiosk.waitForState((state) => state.openGroup === 'awards', 'the awards group');
    // The cycles run inside the page through the same actions the panel buttons and Back take,
    // each awaiting the state the kiosk reports: 200 taps from the test would measure the test
    // machine's round trips, not the kiosk. Most cycles close while the recording still loads, as
    // a visitor tapping through does; every READY_EVERY-th waits until it is ready (its captions
    // fetched, its audio decoded), so both ways a Howl is released are exercised.
    const failure = await page.evaluate(async ({ panelIds, cycles, readyEvery }) => {
      const kiosk = window.kiosk!;
      const debug = kiosk.debug!;
      type State = ReturnType<typeof kiosk.state>;
      /** Resolves once the state satisfies `predicate`; rejects, saying what it waited for, after 10 s. */
      const until = (predicate: (state: State) => boolean, what: string): Promise<void> => new Promise((resolve, reject) => {
        if (predicate(kiosk.state())) {
          resolve();
          return;
        }
        const timer = setTimeout(() => {
          unsubscribe();
          reject(new Error(`waited 10 s for ${what}; the state was ${JSON.stringify(kiosk.state())}`));
        }, 10_000);
        const unsubscribe = debug.onStateChanged((state) => {
          if (!predicate(state)) return;
          clearTimeout(timer);
          unsubscribe();
          resolve();
        });
      });
      for (let cycle = 0; cycle < cycles; cycle += 1) {
        const panelId = panelIds[cycle % panelIds.length]!;
        debug.openItem(panelId);
        if (kiosk.state().focused !== panelId) return `cycle ${cycle}: ${panelId} did not open`;
        if (cycle % readyEvery === readyEvery - 1) {
          await until((state) => state.narration?.id === panelId && state.narration.status === 'ready', `cycle ${cycle}: ${panelId}'s narration to be ready`);
        }
        debug.back();
        await until((state) => state.focused === null && state.narration === null && state.openGroup === 'awards', `cycle ${cycle}: Back to the awards list`);
      }
      return null;
    }, { panelIds: AWARD_PANELS, cycles: 200, readyEvery: READY_EVERY });
    expect(failure).toBeNull();
    await kiosk.waitForState((state) => state.focused === null && state.narration === null, 'all panels closed');
    await expect.poll(() => page.evaluate(() => window.kiosk!.audioResources())).toEqual(baseline);
  });
});
