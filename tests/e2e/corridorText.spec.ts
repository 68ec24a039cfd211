/**
 * Every card's title as the canvas draws it, for every event in both languages: readable sizes,
 * no line of one character, no date or quoted name broken across lines. Each event is opened from
 * the accessible event list (the scene then flies to it and always draws its card).
 */
import type { Page } from '@playwright/test';
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

async function openFromList(page: Page, eventId: string): Promise<void> {
  await page.locator(`.event-list__button[data-event-id="${eventId}"]`).focus();
  await page.keyboard.press('Enter');
}

for (const language of ['zh-Hans', 'en'] as const) {
  test(`every card title reads whole and large enough (${language})`, async ({ page, kiosk }) => {
    test.setTimeout(240_000);
    if (language === 'en') {
      await page.getByRole('button', { name: 'English' }).tap();
      await kiosk.waitForState((state) => state.language === 'en', 'English');
    }
    const eventIds = await page.locator('.event-list__button').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.eventId ?? ''));
    expect(eventIds.length).toBeGreaterThan(20);
    const bottom = await freeScreenBottom(page);
    for (const eventId of eventIds) {
      await openFromList(page, eventId);
      await kiosk.waitForState((state) => state.focused === eventId, `${eventId} to open`);
      await waitForRest(page);
      const items = await itemsOnScreen(page);
      const card = items.find((item) => item.id === eventId);
      expect(card, `${eventId} drawn once it is open`).toBeDefined();
      expectReadable(items, bottom);
      const lines = card!.titleLines;
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(isStrandedLine(line), `${eventId}: "${lines.join(' / ')}" has a line of one character`).toBe(false);
      expect(breaksInside(lines, language === 'en' ? ' ' : ''), `${eventId}: "${lines.join(' / ')}"`).toEqual([]);
    }
  });
}
