import { expect, test } from './kioskTest.ts';

test.describe('a kiosk that resets itself when the visitor walks away', () => {
  // The clock must be in place before the kiosk's first page load.
  test.use({ autoOpen: false });
  test.beforeEach(async ({ page, kiosk }) => {
    await page.clock.install();
    await kiosk.open('/', { stayInAttract: true });
  });

  test('attract, touch, still there?, stay, idle again, reset to attract with everything put back', async ({ page, kiosk }) => {
    const attract = page.locator('.attract');
    await expect(attract).toContainText('触摸屏幕 开始探索');
    await expect(attract).toContainText('Touch to explore');
    expect((await kiosk.state()).mode).toBe('attract');
    await kiosk.wake();

    // The visitor opens a panel, switches to English and starts a narration.
    await page.locator('.bottom-bar [data-group-id="awards"]').tap();
    await kiosk.tapItem('awards/post-pacesetter');
    await page.getByRole('button', { name: 'English' }).tap();
    await kiosk.waitForState((state) => state.language === 'en' && state.narration?.status === 'ready', 'the English narration');
    await page.getByRole('button', { name: 'Play', exact: true }).tap();
    await kiosk.waitForState((state) => state.narration?.playing === true, 'the narration to play');
    await page.getByRole('button', { name: 'Pause', exact: true }).tap();
    await kiosk.waitForState((state) => state.narration?.status === 'paused', 'pause');

    await page.clock.fastForward('01:31');
    const warning = page.getByRole('alertdialog');
    await expect(warning).toContainText('Still there?');
    const counting = await kiosk.waitForState((state) => state.idleCountdownSeconds !== null, 'the countdown');
    expect(counting.idleCountdownSeconds).toBeGreaterThanOrEqual(19);
    await page.clock.fastForward('00:05');
    await expect(warning.locator('.idle-warning__seconds')).toHaveText(/^1[45]$/);

    // A touch anywhere dismisses the question and changes nothing else.
    await page.touchscreen.tap(960, 300);
    await expect(warning).toBeHidden();
    const stayed = await kiosk.state();
    expect(stayed).toMatchObject({ mode: 'panel', language: 'en', focused: 'awards/post-pacesetter', idleCountdownSeconds: null });

    await page.clock.fastForward('01:31');
    await expect(warning).toBeVisible();
    await page.clock.fastForward('00:21');
    const reset = await kiosk.waitForState((state) => state.mode === 'attract', 'the reset to attract');
    expect(reset).toMatchObject({ language: 'zh-Hans', focused: null, openGroup: null, narration: null, idleCountdownSeconds: null });
    await expect(attract).toBeVisible();
    await expect(page.locator('.sheet-layer')).toHaveAttribute('data-open', 'false');
    await expect.poll(() => page.evaluate(() => window.kiosk!.audioResources().howls)).toBe(0);
  });

  test('a playing narration holds the idle clock, but not beyond its cap', async ({ page, kiosk }) => {
    await kiosk.wake();
    await page.locator('.bottom-bar [data-group-id="culture"]').tap();
    await kiosk.tapItem('culture/vision');
    await kiosk.waitForState((state) => state.narration?.status === 'ready', 'the narration');
    await page.getByRole('button', { name: '播放' }).tap();
    await kiosk.waitForState((state) => state.narration?.playing === true, 'the narration to play');
    // Pretend the recording is endless: hold it in "playing" while the clock runs far ahead.
    await page.clock.fastForward('02:00');
    expect((await kiosk.state()).idleCountdownSeconds).toBeNull();
    await expect(page.getByRole('alertdialog')).toBeHidden();
    // The cap (300 s after the last touch) runs out, then the usual 90 s: the question comes.
    await page.clock.fastForward('04:40');
    await kiosk.waitForState((state) => state.idleCountdownSeconds !== null, 'the question once the cap has run out');
  });
});
