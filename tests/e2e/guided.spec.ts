import { expect, test } from './kioskTest.ts';
import { screenshot } from './corridorSupport.ts';

const PAIRS_TOUR = [
  'party/1949-prc-founded',
  'museum/2019-salute-to-the-republic',
  'party/2021-cpc-centenary',
  'museum/2021-century-of-science-and-innovation',
  'party/2022-youth-league-centenary',
  'museum/2022-youth-may-fourth-medal',
  'museum/2022-mobile-science-joint-action',
  'party/2022-twentieth-congress',
  'museum/2022-study-the-twentieth-congress',
];

test.describe('guided mode for docents', () => {
  test.use({ autoOpen: false });
  test.beforeEach(async ({ page, kiosk }) => {
    await page.clock.install();
    await kiosk.open('/', { stayInAttract: true });
  });

  test('a docent unlocks with the PIN, runs the pairs tour by taps and clicker keys, and ends it', async ({ page, kiosk }) => {
    await kiosk.pauseClock();
    await kiosk.longPressAt(1880, 40);
    const pad = page.getByRole('dialog', { name: '讲解员密码' });
    await expect(pad).toBeVisible();
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await kiosk.typePin('讲解员密码', '9999');
      await expect(pad.getByRole('status')).toHaveText('密码不对，请再试一次。');
    }
    await kiosk.typePin('讲解员密码', '9999');
    await expect(pad.getByRole('status')).toHaveText('请等 5 秒再试。');
    await page.clock.fastForward(5500);
    await kiosk.typePin('讲解员密码', '1357');
    await page.clock.resume();

    const chooser = page.getByRole('dialog', { name: '选择导览路线' });
    await chooser.getByRole('button', { name: /两条时间线的呼应/ }).tap();
    let state = await kiosk.waitForState((current) => current.mode === 'guided' && current.focused === PAIRS_TOUR[0], 'the first stop');
    expect(state.guided).toMatchObject({ tourId: 'two-tracks-in-pairs', stopIndex: 0, stopCount: PAIRS_TOUR.length });
    await expect(page.locator('.guided-badge')).toHaveText('导览中');
    await expect(page.locator('.talking-points')).toContainText('1949年10月1日');
    await expect(page.locator('.bottom-bar')).toBeHidden();

    // A partner opened from the stop's sheet stays in the tour; Back returns to the stop, and the bar's place stays true.
    await page.locator('.sheet__pair[data-event-id="museum/2019-salute-to-the-republic"]').tap();
    await kiosk.waitForState((current) => current.mode === 'guided' && current.focused === PAIRS_TOUR[1], 'the partner, inside the tour');
    await page.locator('.sheet__close').tap();
    state = await kiosk.waitForState((current) => current.focused === PAIRS_TOUR[0], 'Back to the stop');
    expect(state.guided?.stopIndex).toBe(0);
    await expect(page.locator('.sheet__close'), 'no Back on the stop itself').toBeHidden();

    // Next by tap: the camera flies to the museum's answer and its narration starts by itself.
    await page.getByRole('button', { name: '下一站 ▶' }).tap();
    await kiosk.waitForState((current) => current.focused === PAIRS_TOUR[1] && current.narration?.playing === true, 'stop 2 with narration');
    await expect.poll(() => kiosk.screenPointOf(PAIRS_TOUR[1]!)).not.toBeNull();

    // The docent talks over it: mute keeps it running (captions in step), unmute brings the voice back.
    await page.getByRole('button', { name: '静音' }).tap();
    state = await kiosk.waitForState((current) => current.guided?.muted === true, 'mute');
    expect(state.narration?.playing).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { Howler: { _muted: boolean } }).Howler._muted)).toBe(true);
    await page.getByRole('button', { name: '取消静音' }).tap();
    await kiosk.waitForState((current) => current.guided?.muted === false, 'unmute');

    // A presenter clicker: PageDown, PageUp and the arrows step; B blanks and pauses.
    await page.keyboard.press('PageDown');
    await kiosk.waitForState((current) => current.guided?.stopIndex === 2 && current.focused === PAIRS_TOUR[2], 'PageDown to stop 3');
    await page.keyboard.press('PageUp');
    await kiosk.waitForState((current) => current.guided?.stopIndex === 1, 'PageUp back to stop 2');
    await page.keyboard.press('ArrowRight');
    await kiosk.waitForState((current) => current.guided?.stopIndex === 2, 'ArrowRight to stop 3');
    await kiosk.waitForState((current) => current.narration?.playing === true, 'the centenary narration');
    await page.keyboard.press('b');
    await kiosk.waitForState((current) => current.guided?.blanked === true, 'the blank screen');
    await expect(page.locator('.presenter-blank')).toBeVisible();
    await kiosk.waitForState((current) => current.narration?.playing === false, 'the narration paused by the blank key');
    await page.keyboard.press('b');
    await kiosk.waitForState((current) => current.guided?.blanked === false, 'the screen back');
    await kiosk.waitForState((current) => current.narration?.playing === true, 'the narration playing on after the blank');

    // The stop list jumps anywhere; the remaining stops by keys, to the end.
    await page.getByRole('button', { name: '全部站点' }).tap();
    await page.getByRole('button', { name: /^7\. / }).tap();
    await kiosk.waitForState((current) => current.guided?.stopIndex === 6 && current.focused === PAIRS_TOUR[6], 'stop 7 from the list');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await kiosk.waitForState((current) => current.guided?.stopIndex === 8 && current.focused === PAIRS_TOUR[8], 'the last stop');
    await expect(page.locator('.docent-bar__position')).toHaveText('9 / 9 · 最后一站');
    await screenshot(page, 'docent-last-stop');

    // Captions off hides the band; talking points can be hidden.
    await page.getByRole('button', { name: '字幕' }).tap();
    await kiosk.waitForState((current) => current.guided?.captionsShown === false, 'captions off');
    await page.getByRole('button', { name: '讲解要点' }).tap();
    await expect(page.locator('.talking-points')).toBeHidden();

    // End asks first: carrying on keeps the tour; the last stop's 导览完成 asks the same, and yes ends it.
    await page.locator('.docent-bar').getByRole('button', { name: '结束导览' }).tap();
    const confirm = page.getByRole('alertdialog', { name: '结束这次导览吗？屏幕会回到参观者的首页。' });
    await expect(confirm).toBeVisible();
    expect((await kiosk.state()).mode).toBe('guided');
    await screenshot(page, 'docent-end-confirm');
    await confirm.getByRole('button', { name: '继续导览' }).tap();
    await expect(confirm).toBeHidden();
    expect((await kiosk.state()).guided?.stopIndex).toBe(8);
    await page.getByRole('button', { name: '导览完成 ✓' }).tap();
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: '结束导览' }).tap();
    state = await kiosk.waitForState((current) => current.mode === 'attract', 'the end of the tour');
    expect(state).toMatchObject({ guided: null, focused: null, narration: null });
  });

  test('the idle reset waits during a tour, but a tour left alone ends by itself', async ({ page, kiosk }) => {
    await kiosk.pauseClock();
    await kiosk.longPressAt(1880, 40);
    await kiosk.typePin('讲解员密码', '1357');
    await page.clock.resume();
    await page.getByRole('dialog', { name: '选择导览路线' }).getByRole('button', { name: /文化体系与评选表彰/ }).tap();
    await kiosk.waitForState((current) => current.mode === 'guided' && current.focused === 'culture/concept', 'the culture tour');
    await expect(page.locator('.sheet-layer')).toHaveAttribute('data-open', 'true');

    // Far past the visitor's 90 s + 20 s: the docent is talking, nothing resets.
    await page.clock.fastForward('10:00');
    let state = await kiosk.state();
    expect(state.mode).toBe('guided');
    expect(state.idleCountdownSeconds).toBeNull();

    // 30 minutes of silence (kiosk.yaml): the question, then the reset.
    await page.clock.fastForward('20:30');
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.clock.fastForward('00:21');
    state = await kiosk.waitForState((current) => current.mode === 'attract', 'the forgotten tour to end');
    expect(state.guided).toBeNull();
  });
});
