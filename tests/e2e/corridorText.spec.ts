/**
 * Every card's title as the canvas draws it, in both languages: readable sizes, no line of one
 * character, no date or quoted name broken across lines. A touch on every year of the year strip
 * brings the cards around it to rest on screen; a card none of them shows is opened.
 */
import { isStrandedLine } from '../../src/typography/phrases.ts';
import { expect, test } from './kioskTest.ts';
import { expectReadable, freeScreenBottom, itemsOnScreen, waitForRest } from './corridorSupport.ts';

const ENGLISH_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Spans a line break must never fall inside. */
const WHOLE_SPANS = [
  /\d{1,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?[底初末]?/g,
  new RegExp(`\\d{1,2} (?:${ENGLISH_MONTHS}) \\d{4}|(?:${ENGLISH_MONTHS}) \\d{4}`, 'g'),
  /“[^”]{1,24}”|《[^》]{1,30}》|"[^"]{1,40}"/g,
];

/** The offsets (in the joined title) where the card broke its lines. */
function breaksInside(lines: readonly string[], separator: string): string[] {
  const text = lines.join(separator);
  const breaks: number[] = [];
  let offset = 0;
  for (const line of lines.slice(0, -1)) {
    offset += line.length;
    breaks.push(offset);
    offset += separator.length;
  }
  const problems: string[] = [];
  for (const pattern of WHOLE_SPANS) {
    for (const match of text.matchAll(pattern)) {
      if (breaks.some((at) => at > match.index && at < match.index + match[0].length)) problems.push(match[0]);
    }
  }
  return problems;
}

for (const language of ['zh-Hans', 'en', 'zh-Hant'] as const) {
  test(`every card title reads whole and large enough (${language})`, async ({ page, kiosk }) => {
    test.setTimeout(240_000);
    if (language !== 'zh-Hans') {
      await page.getByRole('button', { name: 'English' }).tap();
      await kiosk.waitForState((state) => state.language === 'en', 'English');
    }
    if (language === 'zh-Hant') {
      await page.getByRole('button', { name: '繁體中文' }).tap();
      await kiosk.waitForState((state) => state.language === 'zh-Hant', '繁體中文');
    }
    const eventIds = await page.locator('.event-list__button').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.eventId ?? ''));
    expect(eventIds.length).toBeGreaterThan(20);
    const bottom = await freeScreenBottom(page);
    const seen = new Map<string, readonly string[]>();
    // Every year the strip lists, by touch: each view rests on at least three events around it.
    const years = await page.locator('.year-strip__year').allTextContents();
    for (const year of years) {
      await page.locator('.year-strip__year', { hasText: new RegExp(`^${year}$`) }).tap();
      await waitForRest(page);
      const items = await itemsOnScreen(page);
      expectReadable(items, bottom);
      for (const item of items) seen.set(item.id, item.titleLines);
    }
    // A card no year stop brought to rest on screen is opened from the event list: the view then
    // flies to show it beside its sheet, so every card's title is read as drawn.
    for (const eventId of eventIds.filter((id) => !seen.has(id))) {
      await page.locator(`.event-list__button[data-event-id="${eventId}"]`).press('Enter');
      await kiosk.waitForState((state) => state.focused === eventId, `${eventId} to open`);
      await waitForRest(page);
      const items = await itemsOnScreen(page);
      expectReadable(items, bottom);
      for (const item of items) seen.set(item.id, item.titleLines);
      await page.getByRole('button', { name: /^(返回|Back)$/ }).first().tap();
      await kiosk.waitForState((state) => state.focused === null, 'the sheet to close');
    }
    for (const [eventId, lines] of seen) {
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(isStrandedLine(line), `${eventId}: "${lines.join(' / ')}" has a line of one character`).toBe(false);
      expect(breaksInside(lines, language === 'en' ? ' ' : ''), `${eventId}: "${lines.join(' / ')}"`).toEqual([]);
    }
    expect(eventIds.filter((id) => !seen.has(id)), 'cards never drawn, even when opened').toEqual([]);
  });
}
