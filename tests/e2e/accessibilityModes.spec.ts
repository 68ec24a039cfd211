/**
 * axe on every screen a visitor meets, in each visitor language and in each mode a visitor can
 * set: as designed, reach mode, larger text with high contrast (where every text must reach 7:1,
 * axe's enhanced contrast rule), and with the keypad's focus and its spoken caption showing. Any
 * serious or critical finding fails, listed with everything else axe found on that screen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { traditionalInterfaceText } from '../../src/contentBuild/traditionalChinese.ts';
import { interfaceText, type InterfaceTextKey } from '../../src/i18n/interfaceText.ts';
import { expect, test, type KioskPage } from './kioskTest.ts';
import { waitForRest } from './corridorSupport.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
const EVENT_ID = 'party/1949-prc-founded';
const PANEL_ID = 'culture/vision';
const LANGUAGES = ['zh-Hans', 'en', 'zh-Hant'] as const;
type Mode = 'as designed' | 'reach' | 'larger text and high contrast';

const traditional = traditionalInterfaceText();
/** A button's words as the kiosk shows them in a language (繁體 from the same conversion the build makes). */
function words(language: string, key: InterfaceTextKey): string {
  return language === 'zh-Hant' ? traditional[key] ?? interfaceText('zh-Hans', key) : interfaceText(language, key);
}

async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.getAnimations().filter((animation) =>
    animation instanceof CSSTransition && animation.playState === 'running').length), { message: 'waiting for CSS transitions to end' }).toBe(0);
}

async function expectNoSeriousFindings(page: Page, screen: string, mode: Mode): Promise<void> {
  await settled(page);
  const rules = new AxeBuilder({ page }).withTags(mode === 'larger text and high contrast' ? [...WCAG_TAGS, 'wcag2aaa'] : WCAG_TAGS);
  const results = await rules.analyze();
  // With high contrast on, the enhanced (7:1) rule counts as blocking: that is the mode's promise.
  const blocking = results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? '') || violation.id === 'color-contrast-enhanced');
  const found = results.violations.map((violation) => `${violation.id} [${violation.impact}]: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(blocking.map((violation) => violation.id), `${screen} (${mode}): ${found.join('\n')}`).toEqual([]);
}

async function setMode(page: Page, kiosk: KioskPage, language: string, mode: Mode): Promise<void> {
  if (mode === 'reach') {
    await page.getByRole('button', { name: words(language, 'reachControl') }).tap();
    await kiosk.waitForState((state) => state.settings.reach, 'reach mode');
  } else if (mode === 'larger text and high contrast') {
    await page.getByRole('button', { name: words(language, 'displaySettings'), exact: true }).tap();
    const settings = page.getByRole('dialog', { name: words(language, 'displaySettings') });
    await settings.getByRole('button', { name: words(language, 'largerText') }).tap();
    await settings.getByRole('button', { name: words(language, 'highContrast') }).tap();
    await settings.getByRole('button', { name: words(language, 'settingsDone'), exact: true }).tap();
    await kiosk.waitForState((state) => state.settings.contrast === 'high' && state.settings.textScale > 1, 'larger text and high contrast');
  }
}

test.use({ autoOpen: false });

for (const language of LANGUAGES) {
  test(`axe finds nothing serious on any screen, in each mode (${language})`, async ({ page, kiosk }) => {
    test.setTimeout(240_000);
    for (const mode of ['as designed', 'reach', 'larger text and high contrast'] as const) {
      await kiosk.open('/?debug=1', { stayInAttract: true });
      if (mode === 'as designed') await expectNoSeriousFindings(page, 'the attract screen', mode);
      await page.locator(`.attract__language[data-language="${language}"]`).tap();
      await kiosk.waitForState((state) => state.mode === 'explore' && state.language === language, 'the visit to start');
      await setMode(page, kiosk, language, mode);
      await waitForRest(page);
      await expectNoSeriousFindings(page, 'the timeline', mode);

      await page.evaluate((id) => window.kiosk!.debug!.openItem(id), EVENT_ID);
      await kiosk.waitForState((state) => state.focused === EVENT_ID, 'the event sheet');
      await expectNoSeriousFindings(page, 'an event sheet', mode);

      await page.evaluate((id) => window.kiosk!.debug!.openItem(id), PANEL_ID);
      await kiosk.waitForState((state) => state.focused === PANEL_ID && state.narration?.status === 'ready', 'the panel with its narration ready');
      await page.locator('.narration__play').tap();
      await kiosk.waitForState((state) => state.narration?.playing === true && state.narration.cueIndex >= 0, 'a caption to show');
      await expectNoSeriousFindings(page, 'a panel with its caption', mode);

      if (mode === 'as designed') {
        await page.evaluate(() => window.kiosk!.debug!.back());
        await page.evaluate(() => window.kiosk!.debug!.back());
        await kiosk.waitForState((state) => state.focused === null && state.openGroup === null, 'the timeline again');
        await page.keyboard.press('ArrowRight');
        await kiosk.waitForState((state) => state.announcement !== null && state.cursor !== null, 'the keypad focus and its caption');
        await expectNoSeriousFindings(page, 'the keypad focus with its caption', mode);
      }
    }
  });
}
