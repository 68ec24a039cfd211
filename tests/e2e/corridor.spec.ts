/**
 * The corridor as a first-time visitor meets it, by touch: the two histories named, several
 * events on both tracks wherever the view comes to rest, readable from a metre, and the links
 * shown as pairs. Screenshots for a person to look at go to test-results/screenshots/.
 */
import { expect, test } from './kioskTest.ts';
import { cardBrightness, expectReadableRestingView, itemsOnScreen, pinch, screenshot, trackLabels, waitForRest } from './corridorSupport.ts';

const TRACK_NAMES = { 'zh-Hans': { party: '党史', museum: '馆史' }, en: { party: 'Party history', museum: 'Museum history' } } as const;

for (const language of ['zh-Hans', 'en'] as const) {
  test.describe(() => {
  test.use({ autoOpen: false });
  test(`the corridor names both tracks and rests on three events of both after the first touch (${language})`, async ({ page, kiosk }) => {
    test.setTimeout(120_000);
    await kiosk.open('/', { stayInAttract: true });
    await waitForRest(page);
    await screenshot(page, `attract-${language}`);
    await kiosk.wake();
    if (language === 'en') {
      await page.getByRole('button', { name: 'English' }).tap();
      await kiosk.waitForState((state) => state.language === 'en', 'English');
    }
    await expectReadableRestingView(page);
    const labels = await trackLabels(page);
    expect(labels.map((label) => [label.track, label.text])).toEqual([['party', TRACK_NAMES[language].party], ['museum', TRACK_NAMES[language].museum]]);
    for (const label of labels) {
      expect(label.rect.width).toBeGreaterThan(40);
      expect(label.rect.height).toBeGreaterThanOrEqual(32);
    }
    await screenshot(page, `first-touch-${language}`);

    // Far out: decades and folded breaks, the track names still there, no card below readable.
    await pinch(page, 700, 100);
    await pinch(page, 700, 100);
    await waitForRest(page);
    expect((await page.evaluate(() => window.kiosk!.renderStats())).zoom).toBeLessThan(0.5);
    expect(await trackLabels(page)).toHaveLength(2);
    await screenshot(page, `far-zoom-${language}`);

    // Home returns to the same curated overview.
    await page.locator('.bar-button--home').tap();
    const home = await expectReadableRestingView(page);
    expect(home.length).toBeGreaterThanOrEqual(3);
  });
  });

  test(`following a link flies to the pair and marks it (${language})`, async ({ page, kiosk }) => {
    test.setTimeout(120_000);
    if (language === 'en') {
      await page.getByRole('button', { name: 'English' }).tap();
      await kiosk.waitForState((state) => state.language === 'en', 'English');
    }
    await waitForRest(page);
    await kiosk.tapItem('museum/2019-salute-to-the-republic');
    await kiosk.waitForState((state) => state.focused === 'museum/2019-salute-to-the-republic', 'the tapped event to open');
    await waitForRest(page);
    const sheet = page.getByRole('dialog');
    await sheet.locator('.sheet__pair').first().tap();
    await kiosk.waitForState((state) => state.focused === 'party/1949-prc-founded', 'the linked event to open');
    const started = Date.now();
    await expectReadableRestingView(page);
    const flightMs = Date.now() - started;
    const ids = (await itemsOnScreen(page)).map((item) => item.id);
    expect(ids).toContain('party/1949-prc-founded');
    expect(ids).toContain('museum/2019-salute-to-the-republic');
    test.info().annotations.push({ type: 'link flight to rest', description: `${flightMs} ms` });
    // Beside the sheet the pair stays lit and the rest of the corridor dims: measured in the
    // picture a visitor sees, not in the scene's own account of it.
    const sheetLeft = (await sheet.boundingBox())?.x ?? 1920;
    const brightness = await cardBrightness(page, await itemsOnScreen(page), sheetLeft);
    const pair = ['party/1949-prc-founded', 'museum/2019-salute-to-the-republic'].map((id) => brightness.get(id) ?? 0);
    const others = [...brightness].filter(([id]) => !id.startsWith('party/1949-prc') && !id.startsWith('museum/2019-salute')).map(([, value]) => value);
    expect(others.length, 'other cards beside the sheet to compare with').toBeGreaterThan(0);
    for (const value of pair) expect(value, 'the pair, lit beside the sheet').toBeGreaterThan(1.5 * Math.max(...others));
    await screenshot(page, `link-flight-${language}`);
  });
}
