/**
 * A visitor's own settings, by touch: reach mode brings every control and the reading area into
 * the lower half of the screen; larger text, high contrast and captions from the display
 * settings. All of them are gone after the idle reset, so the next visitor finds the kiosk as
 * designed. Screenshots for a person to look at go to test-results/screenshots/.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type KioskPage } from './kioskTest.ts';
import { itemsOnScreen, screenshot, waitForRest } from './corridorSupport.ts';
import { DEFAULT_VISITOR_SETTINGS, LARGER_TEXT_SCALE } from '../../src/app/visitorSettings.ts';

const REACH = { 'zh-Hans': '低位操作 · Lower controls', en: 'Lower controls · 低位操作' } as const;
const DISPLAY = { 'zh-Hans': '显示设置', en: 'Display' } as const;
const LARGER_TEXT = { 'zh-Hans': '放大文字', en: 'Larger text' } as const;
const HIGH_CONTRAST = { 'zh-Hans': '高对比度', en: 'High contrast' } as const;
const DONE = { 'zh-Hans': '完成', en: 'Done' } as const;

/**
 * Every button a visitor can see, with its rectangle and whether a touch at its centre reaches it
 * (not hidden under a bar or scrolled out of its box); the keyboard-only event list aside.
 */
function visibleControls(page: Page): Promise<{ name: string; top: number; reachable: boolean }[]> {
  return page.locator('button:visible').evaluateAll((buttons) => buttons
    .filter((button) => !button.closest('.event-list'))
    .map((button) => {
      const bounds = button.getBoundingClientRect();
      const hit = document.elementFromPoint(bounds.left + bounds.width / 2, bounds.top + bounds.height / 2);
      return { name: (button.textContent ?? '').trim() || String(button.className), top: bounds.top, reachable: hit !== null && button.contains(hit) };
    }));
}

async function expectAllInLowerHalf(page: Page, where: string): Promise<void> {
  const half = (page.viewportSize()?.height ?? 1080) / 2;
  const controls = (await visibleControls(page)).filter((control) => control.reachable);
  expect(controls.length, `${where}: controls a touch reaches`).toBeGreaterThan(3);
  const high = controls.filter((control) => control.top < half).map((control) => `${control.name} (top ${Math.round(control.top)})`);
  expect(high, `${where}: controls above the middle`).toEqual([]);
}

/** The sheet's own actions are all there to touch, not under the bottom bar. */
async function expectSheetActionsReachable(page: Page, where: string): Promise<void> {
  const actions = await page.locator('.sheet__actions button:visible').evaluateAll((buttons) => buttons.map((button) => {
    const bounds = button.getBoundingClientRect();
    const hit = document.elementFromPoint(bounds.left + bounds.width / 2, bounds.top + bounds.height / 2);
    return { name: (button.textContent ?? '').trim(), reachable: hit !== null && button.contains(hit), bottom: bounds.bottom };
  }));
  expect(actions.length, `${where}: the sheet's actions`).toBeGreaterThan(0);
  expect(actions.filter((action) => !action.reachable).map((action) => `${action.name} (bottom ${Math.round(action.bottom)})`), `${where}: actions covered`).toEqual([]);
}

async function idleReset(page: Page, kiosk: KioskPage): Promise<void> {
  await page.clock.fastForward('06:40');
  await page.clock.fastForward('00:25');
  await kiosk.waitForState((state) => state.mode === 'attract', 'the idle reset to attract');
}

for (const language of ['zh-Hans', 'en'] as const) {
  test.describe(() => {
    test.use({ autoOpen: false });

    test(`reach mode puts every control, card and sheet in the lower half, until the idle reset (${language})`, async ({ page, kiosk }) => {
      test.setTimeout(120_000);
      await page.clock.install();
      await kiosk.open('/', { stayInAttract: true });
      await page.locator(`.attract__language[data-language="${language}"]`).tap();
      await kiosk.waitForState((state) => state.mode === 'explore' && state.language === language, 'the visit to start');
      await page.getByRole('button', { name: REACH[language] }).tap();
      await kiosk.waitForState((state) => state.settings.reach, 'reach mode');
      await waitForRest(page);
      const cards = await itemsOnScreen(page);
      expect(cards.length, 'cards on screen in reach mode').toBeGreaterThanOrEqual(3);
      for (const card of cards) expect(card.rect.y, `${card.id} above the middle`).toBeGreaterThanOrEqual(540);
      await expectAllInLowerHalf(page, 'the timeline');
      await screenshot(page, `reach-timeline-${language}`);

      await kiosk.tapItem(cards[0]!.id);
      await kiosk.waitForState((state) => state.focused === cards[0]!.id, 'the tapped card to open');
      await waitForRest(page);
      await expectAllInLowerHalf(page, 'an event sheet');
      await expectSheetActionsReachable(page, 'an event sheet');
      const reading = await page.locator('.sheet__body').boundingBox();
      expect(reading?.y ?? 0, 'the sheet\'s reading area').toBeGreaterThanOrEqual(540);
      await screenshot(page, `reach-sheet-${language}`);

      await page.locator('.bottom-bar [data-group-id="culture"]').tap();
      await kiosk.waitForState((state) => state.openGroup === 'culture', 'the culture set');
      await expectAllInLowerHalf(page, 'a panel group');
      await screenshot(page, `reach-culture-set-${language}`);
      // Half a screen holds less: the set scrolls, as a visitor would scroll it.
      await page.locator('[data-panel-id="culture/vision"]').scrollIntoViewIfNeeded();
      await kiosk.tapItem('culture/vision');
      await kiosk.waitForState((state) => state.focused === 'culture/vision', 'the vision panel');
      await expectAllInLowerHalf(page, 'a panel');
      await expectSheetActionsReachable(page, 'a panel');
      await screenshot(page, `reach-panel-${language}`);

      await idleReset(page, kiosk);
      expect((await kiosk.state()).settings).toEqual(DEFAULT_VISITOR_SETTINGS);
      await expect(page.locator('.kiosk')).toHaveAttribute('data-reach', 'off');
    });

    test(`larger text and high contrast from the display settings, gone after the idle reset (${language})`, async ({ page, kiosk }) => {
      test.setTimeout(120_000);
      await page.clock.install();
      await kiosk.open('/', { stayInAttract: true });
      await page.locator(`.attract__language[data-language="${language}"]`).tap();
      await kiosk.waitForState((state) => state.mode === 'explore' && state.language === language, 'the visit to start');
      await page.locator('.year-strip__year', { hasText: /^2019$/ }).tap();
      await waitForRest(page);
      await kiosk.tapItem('museum/2019-salute-to-the-republic');
      await kiosk.waitForState((state) => state.focused === 'museum/2019-salute-to-the-republic', 'the event to open');
      const bodySize = () => page.locator('.sheet__reading .sheet__paragraph').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      const designed = await bodySize();

      await page.getByRole('button', { name: DISPLAY[language], exact: true }).tap();
      const settings = page.getByRole('dialog', { name: DISPLAY[language] });
      await expect(settings).toBeVisible();
      await expectAllInLowerHalf(page, 'the display settings');
      await settings.getByRole('button', { name: LARGER_TEXT[language] }).tap();
      await settings.getByRole('button', { name: HIGH_CONTRAST[language] }).tap();
      await kiosk.waitForState((state) => state.settings.textScale === LARGER_TEXT_SCALE && state.settings.contrast === 'high', 'larger text and high contrast');
      await expect(settings.getByRole('button', { name: LARGER_TEXT[language] })).toHaveAttribute('aria-pressed', 'true');
      await screenshot(page, `display-settings-${language}`);
      await settings.getByRole('button', { name: DONE[language], exact: true }).tap();
      await expect(settings).toBeHidden();

      expect(await bodySize()).toBeGreaterThanOrEqual(designed * 1.3 - 0.5);
      // Nothing in the sheet runs out of its box sideways: larger text wraps, it is not cut.
      const overflowing = await page.locator('.sheet :is(p, h2, h3, span, button)').evaluateAll((elements): string[] => elements
        .filter((element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible')
        .map((element) => String(element.className)));
      expect(overflowing, 'text cut in the sheet').toEqual([]);
      const sheetBox = await page.locator('.sheet').boundingBox();
      const wider = await page.locator('.sheet__body *').evaluateAll((elements, right): string[] => elements
        .filter((element) => element.getBoundingClientRect().right > right + 1).map((element) => String(element.className)), (sheetBox?.x ?? 0) + (sheetBox?.width ?? 0));
      expect(wider, 'text beyond the sheet').toEqual([]);
      await waitForRest(page);
      for (const card of await itemsOnScreen(page)) expect(card.titleCssPx, `${card.id} title with larger text`).toBeGreaterThanOrEqual(25 * LARGER_TEXT_SCALE - 0.5);
      // Every text on the sheet at least 7:1: axe's enhanced contrast rule, on the settled screen.
      await page.clock.runFor(1000);
      const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced', 'color-contrast']).include('.sheet').analyze();
      expect(results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} ${node.failureSummary ?? ''}`))).toEqual([]);
      await screenshot(page, `larger-text-high-contrast-${language}`);

      await idleReset(page, kiosk);
      expect((await kiosk.state()).settings).toEqual(DEFAULT_VISITOR_SETTINGS);
      await expect(page.locator('.kiosk')).toHaveAttribute('data-contrast', 'standard');
    });
  });
}
