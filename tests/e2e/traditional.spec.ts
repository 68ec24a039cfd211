/**
 * 繁體中文 as a visitor from Hong Kong, Macao or Taiwan chooses it: every Chinese word on screen
 * traditional (none that OpenCC would still convert), captions too, while the narration plays the
 * Mandarin recording; switching to 简体 in the middle of a narration keeps its sentence.
 */
import type { Page } from '@playwright/test';
import { toTraditional } from '../../src/contentBuild/traditionalChinese.ts';
import { expect, test } from './kioskTest.ts';
import { screenshot, waitForRest } from './corridorSupport.ts';

const FOUNDING = 'party/1949-prc-founded';

/** The Chinese words a visitor sees now that OpenCC would still turn into something else. */
async function simplifiedLeft(page: Page): Promise<string[]> {
  const lines = await page.evaluate(() => document.body.innerText.split('\n').map((line) => line.trim()).filter((line) => /[\u3400-\u9fff]/.test(line)));
  return lines.filter((line) => toTraditional(line) !== line);
}

test.use({ autoOpen: false });

test('繁體中文: the timeline, an event, its captions and a panel in traditional characters, the narration in Mandarin', async ({ page, kiosk }) => {
  test.setTimeout(120_000);
  await kiosk.open('/', { stayInAttract: true });
  await page.locator('.attract__language[data-language="zh-Hant"]').tap();
  await kiosk.waitForState((state) => state.mode === 'explore' && state.language === 'zh-Hant', 'the visit to start in 繁體中文');
  await waitForRest(page);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
  expect(await simplifiedLeft(page), 'simplified words on the timeline').toEqual([]);
  await expect(page.locator('.bottom-bar')).toContainText('文化體系');
  await screenshot(page, 'traditional-timeline');

  await page.locator('.year-strip__year', { hasText: /^1949$/ }).tap();
  await waitForRest(page);
  await kiosk.tapItem(FOUNDING);
  await kiosk.waitForState((state) => state.focused === FOUNDING, 'the event to open');
  await expect(page.locator('.sheet__title')).toHaveText('中華人民共和國成立');
  await page.locator('.narration__play').tap();
  const playing = await kiosk.waitForState((state) => state.narration?.playing === true && state.narration.cueIndex >= 0, 'the narration and its first caption');
  expect(playing.narration?.language).toBe('zh-Hant');
  await expect(page.locator('.caption-band__text')).toContainText('中華人民共和國');
  expect(await simplifiedLeft(page), 'simplified words in the sheet and the captions').toEqual([]);
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  expect(loaded.some((name) => /party\/1949-prc-founded\/narration\.zh-Hans\.[0-9a-f]+\.mp3$/.test(name)), 'the Mandarin recording').toBe(true);
  expect(loaded.some((name) => /party\/1949-prc-founded\/narration\.zh-Hant\.[0-9a-f]+\.vtt$/.test(name)), 'the traditional captions').toBe(true);
  await screenshot(page, 'traditional-sheet');

  // To 简体 mid-narration: the same sentence goes on, now in simplified captions.
  await kiosk.waitForState((state) => (state.narration?.cueIndex ?? -1) >= 1, 'the second sentence');
  const sentence = (await kiosk.state()).narration!.cueIndex;
  await page.locator('.bottom-bar').getByRole('button', { name: '中文', exact: true }).tap();
  const switched = await kiosk.waitForState((state) => state.language === 'zh-Hans' && state.narration?.language === 'zh-Hans' && state.narration.playing, 'the narration in 简体');
  expect(switched.narration!.cueIndex).toBeGreaterThanOrEqual(sentence);
  await expect(page.locator('.sheet__title')).toHaveText('中华人民共和国成立');

  await page.locator('.bottom-bar').getByRole('button', { name: 'English', exact: true }).tap();
  await page.locator('.bottom-bar').getByRole('button', { name: '繁體中文', exact: true }).tap();
  await kiosk.waitForState((state) => state.language === 'zh-Hant', 'back to 繁體中文');
  await page.locator('.bottom-bar [data-group-id="culture"]').tap();
  await kiosk.waitForState((state) => state.openGroup === 'culture', 'the culture set');
  await expect(page.locator('.sheet')).toContainText('體驗科學');
  expect(await simplifiedLeft(page), 'simplified words in the culture set').toEqual([]);
  await screenshot(page, 'traditional-culture');
});
