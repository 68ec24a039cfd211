/**
 * The attract screen as a first-time visitor meets it: it says what this is (the corridor and the
 * museum, in both languages), what the two tracks are, and starts the visit in English with one tap.
 */
import { expect, test } from './kioskTest.ts';
import { lineProblemsIn } from './sheetsLayout.ts';

// A busy two-core machine renders the drifting scene in software behind the invitation.
test.setTimeout(180_000);
// Each test opens the attract screen itself: a page first opened and woken by the fixture would be
// left with its wake's requests (the narration's code) still in flight, and aborted.
test.use({ autoOpen: false });

test('the attract screen names the corridor, the museum and both tracks, in both languages', async ({ page, kiosk }) => {
  await kiosk.open('/', { stayInAttract: true });
  const attract = page.locator('.attract');
  await expect(attract).toBeVisible();
  await expect(attract.getByRole('heading', { level: 1 })).toHaveText('文化长廊');
  await expect(attract).toContainText('中国科技馆');
  await expect(attract).toContainText('Culture Corridor · China Science and Technology Museum');
  for (const name of ['党史', '馆史', 'Party history', 'Museum history']) {
    await expect(attract.locator('.attract__track-name', { hasText: name })).toBeVisible();
  }
  // One sentence per language says what the two tracks are.
  await expect(attract.locator('.attract__sentence:lang(zh)')).toHaveText(/党史.*中国共产党.*馆史.*中国科技馆/);
  await expect(attract.locator('.attract__sentence:lang(en)')).toHaveText(/Party history.*Communist Party of China.*Museum history/);
  // Everything fits the screen; the buttons to touch sit in its lower two thirds, large enough.
  for (const language of ['中文', 'English']) {
    const box = (await attract.getByRole('button', { name: language, exact: true }).boundingBox())!;
    expect(box.y).toBeGreaterThan(1080 / 3);
    expect(box.y + box.height).toBeLessThanOrEqual(1080);
    expect(box.height).toBeGreaterThanOrEqual(64);
  }
  expect(await lineProblemsIn(page, '.attract')).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/attract.png' });
});

test('one tap on English starts the visit in English', async ({ page, kiosk }) => {
  await kiosk.open('/', { stayInAttract: true });
  await page.locator('.attract').getByRole('button', { name: 'English', exact: true }).tap();
  const state = await kiosk.waitForState((current) => current.mode === 'explore', 'the visit to start');
  expect(state.language).toBe('en');
  await expect(page.locator('.attract')).toBeHidden();
  await expect(page.locator('.bottom-bar').getByRole('button', { name: 'Home' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // English is set in the Latin face, with the Chinese face behind it.
  const family = await page.locator('.bottom-bar').getByRole('button', { name: 'Home' }).evaluate((element) => getComputedStyle(element).fontFamily);
  expect(family).toMatch(/^"?Noto Sans"?,\s*"?Noto Sans SC"?/);
  expect(await page.evaluate(() => document.fonts.check('600 28px "Noto Sans"', 'Home'))).toBe(true);
});

test('a touch elsewhere on the attract screen starts the visit in Chinese', async ({ page, kiosk }) => {
  await kiosk.open('/', { stayInAttract: true });
  await page.locator('.attract').getByRole('button', { name: '中文', exact: true }).waitFor();
  await page.touchscreen.tap(960, 400);
  const state = await kiosk.waitForState((current) => current.mode === 'explore', 'the visit to start');
  expect(state.language).toBe('zh-Hans');
});
