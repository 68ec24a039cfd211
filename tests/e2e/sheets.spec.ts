/**
 * Event sheets as a visitor reads them: every event in both languages without a stranded
 * character, a split date or quoted name, or a sentence said twice; the paired event in view; a
 * cue when text lies below; the caption band only while a narration is heard, never over the text.
 */
import type { Page } from '@playwright/test';
import { expect, test, type KioskPage } from './kioskTest.ts';
import { boxOf, lineProblemsIn, repeatedSentencesIn } from './sheetsLayout.ts';

// A busy two-core machine renders the scene in software: these walks visit every event.
test.setTimeout(600_000);

async function eventIds(page: Page): Promise<string[]> {
  return page.locator('.event-list__button').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.eventId!));
}

/** Opens an event from the list of all events, the way in for keyboards and screen readers. */
async function openFromList(page: Page, kiosk: KioskPage, eventId: string): Promise<void> {
  await page.locator(`.event-list__button[data-event-id="${eventId}"]`).press('Enter');
  await kiosk.waitForState((state) => state.focused === eventId, `${eventId} to open`);
  await expect(page.locator('.sheet-layer')).toHaveAttribute('data-open', 'true');
  // The list shows itself while it holds the focus; a visitor by touch never sees it.
  await page.locator(`.event-list__button[data-event-id="${eventId}"]`).blur();
}

async function switchLanguage(page: Page, kiosk: KioskPage, language: string): Promise<void> {
  if ((await kiosk.state()).language === language) return;
  await page.locator('.bottom-bar .bar-button--language').tap();
  await kiosk.waitForState((state) => state.language === language, language);
}

test('every event sheet, in each language (繁體中文 too): no stranded character, no split date, no sentence twice, its pair in view', async ({ page, kiosk }) => {
  const problems: string[] = [];
  for (const language of ['zh-Hans', 'en', 'zh-Hant']) {
    await switchLanguage(page, kiosk, language);
    for (const id of await eventIds(page)) {
      await openFromList(page, kiosk, id);
      await expect(page.locator('.sheet')).toHaveAttribute('lang', language);
      await expect(page.locator('.sheet')).toHaveAttribute('data-view', 'reading');
      for (const problem of await lineProblemsIn(page, '.sheet')) problems.push(`${language} ${id}: ${problem.element}: ${problem.problem} [${problem.lines.join(' | ')}]`);
      for (const sentence of await repeatedSentencesIn(page, '.sheet')) problems.push(`${language} ${id}: said twice: ${sentence}`);
      await expect(page.locator('.caption-band')).toBeHidden();
      // A screen reader's list of events names the open one, in the visitor's language.
      const marked = await page.locator('.event-list__button[aria-current="true"]').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.eventId));
      if (marked.join(', ') !== id) problems.push(`${language} ${id}: the event list marks ${marked.join(', ') || 'nothing'} as open`);
      const listTitle = await page.locator(`.event-list__button[data-event-id="${id}"]`).textContent();
      if (listTitle !== await page.locator('.sheet__title').textContent()) problems.push(`${language} ${id}: the event list calls it "${listTitle ?? ''}"`);
      const actions = (await boxOf(page, '.sheet__actions'))!;
      // The paired events show without scrolling, above the actions.
      for (const pair of await page.locator('.sheet__pair').all()) {
        const box = (await pair.boundingBox())!;
        if (box.y < 0 || box.y + box.height > actions.top + 1) problems.push(`${language} ${id}: its pair is not in view`);
        expect(box.height).toBeGreaterThanOrEqual(64);
      }
      // Text below the visible area is announced by the cue, and only then.
      const overflows = await page.locator('.sheet__body').evaluate((body) => body.scrollHeight - body.clientHeight > 8);
      if (overflows !== await page.locator('.sheet__more').isVisible()) problems.push(`${language} ${id}: overflow ${overflows} but the cue says otherwise`);
    }
  }
  expect(problems).toEqual([]);
});

test('a linked event shows its partner with track and date, and the pair leads across', async ({ page, kiosk }) => {
  await openFromList(page, kiosk, 'party/1949-prc-founded');
  const pair = page.locator('.sheet__pair');
  await expect(pair).toHaveCount(1);
  await expect(page.locator('.sheet__pairs-heading')).toHaveText('与之呼应');
  await expect(pair).toContainText('馆史');
  await expect(pair).toContainText('2019年');
  await expect(pair).toContainText('“礼赞共和国”科普展');
  await pair.tap();
  await kiosk.waitForState((state) => state.focused === 'museum/2019-salute-to-the-republic', 'the partner to open');
  await expect(page.locator('.sheet__pair')).toContainText('1949年10月1日');
  await expect(page.locator('.sheet__pair')).toContainText('党史');
});

test('the caption band shows only while a narration is heard, never over the text; screenshots in both languages', async ({ page, kiosk }) => {
  for (const language of ['zh-Hans', 'en']) {
    await switchLanguage(page, kiosk, language);
    await openFromList(page, kiosk, 'party/1949-prc-founded');
    await kiosk.waitForState((state) => state.narration?.status === 'ready', 'the narration to load');
    await expect(page.locator('.caption-band')).toBeHidden();
    await page.locator('.narration__play').tap();
    const state = await kiosk.waitForState((current) => current.narration?.playing === true && current.narration.cueIndex >= 0, 'a caption');
    const band = page.locator('.caption-band');
    await expect(band).toBeVisible();
    await expect(page.locator('.caption-band__text')).not.toBeEmpty();
    await expect(page.locator('.sheet')).toHaveAttribute('data-view', 'listening');
    const bandBox = (await boxOf(page, '.caption-band'))!;
    for (const other of ['.sheet__body', '.sheet__more', '.sheet__pairs-slot', '.sheet__actions']) {
      const box = await boxOf(page, other);
      if (box) expect(box.bottom <= bandBox.top + 0.5 || box.top >= bandBox.bottom - 0.5, `${other} clear of the caption band`).toBe(true);
    }
    expect(await repeatedSentencesIn(page, '.sheet')).toEqual([]);
    expect(await lineProblemsIn(page, '.sheet')).toEqual([]);
    expect(state.narration?.language).toBe(language);
    await page.screenshot({ path: `test-results/screenshots/event-narrating-${language}.png` });

    // The full narration in place of the caption: still each sentence once.
    await page.locator('.transcript-toggle').first().tap();
    await expect(page.locator('.sheet')).toHaveAttribute('data-view', 'transcript');
    await expect(page.locator('.transcript__line').first()).toBeVisible();
    await expect(page.locator('.caption-band')).toBeHidden();
    expect(await repeatedSentencesIn(page, '.sheet')).toEqual([]);
    expect(await lineProblemsIn(page, '.sheet')).toEqual([]);
    await page.locator('.sheet__close').tap();
    await kiosk.waitForState((current) => current.narration === null, 'the narration to stop');
  }
});
