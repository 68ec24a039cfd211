/**
 * A visitor who cannot see the screen, with the accessibility keypad alone (it types as a
 * keyboard): no touch and no mouse from the attract screen to the end. Every step must be
 * announced: a new prompt, in the visitor's language, that actually plays (its clip started).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './kioskTest.ts';
import { itemsOnScreen, screenshot, waitForRest } from './corridorSupport.ts';

const FOUNDING = 'party/1949-prc-founded';
const SALUTE = 'museum/2019-salute-to-the-republic';

interface HeardAnnouncement {
  readonly text: string;
  readonly language: string;
  readonly playing: boolean;
}

/** Keeps every announcement the kiosk makes, from now on, in the page (a poll could miss a short one). */
async function listenToAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const heard: HeardAnnouncement[] = [];
    (window as unknown as { heard: HeardAnnouncement[] }).heard = heard;
    window.kiosk!.debug!.onStateChanged((state) => {
      const last = heard.at(-1);
      const now = state.announcement;
      if (now && (!last || last.text !== now.text || last.playing !== now.playing)) heard.push({ ...now });
    });
  });
}

/** Presses a key and waits until a prompt containing `words` has started playing in `language`. */
async function pressAndHear(page: Page, key: string, words: string, language: string): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as { heard: HeardAnnouncement[] }).heard.length);
  await page.keyboard.press(key);
  await expect.poll(async () => page.evaluate(({ since, expected, lang }) => {
    const heard = (window as unknown as { heard: HeardAnnouncement[] }).heard.slice(since);
    return heard.some((announcement) => announcement.playing && announcement.language === lang && announcement.text.includes(expected));
  }, { since: before, expected: words, lang: language }), { message: `after ${key}: a prompt with "${words}" (${language}) playing` }).toBe(true);
}

test.use({ autoOpen: false });

test('a blind visitor with the keypad alone: to 1949, its narration, its link, English, back and help', async ({ page, kiosk }) => {
  test.setTimeout(120_000);
  await kiosk.open('/?debug=1', { stayInAttract: true });
  await listenToAnnouncements(page);

  // Any key on the invitation: the kiosk says what it is and how the keys work.
  await pressAndHear(page, 'KeyX', '欢迎来到中国科技馆文化长廊', 'zh-Hans');
  expect((await kiosk.state()).mode).toBe('explore');

  // Right moves along the Party's line: 1921 first, then 1949, each with its date and place.
  await pressAndHear(page, 'ArrowRight', '中国共产党成立', 'zh-Hans');
  await pressAndHear(page, 'ArrowRight', '党史，第2项，共11项', 'zh-Hans');
  let state = await kiosk.state();
  expect(state.cursor).toBe(FOUNDING);
  expect(state.announcement?.text).toContain('1949年10月1日');
  expect(state.announcement?.text).toContain('按确认键打开');
  await waitForRest(page);
  expect((await itemsOnScreen(page)).map((item) => item.id), 'the focused card is on screen').toContain(FOUNDING);
  await screenshot(page, 'keypad-focus-zh-Hans');

  // Select opens it; Space plays its narration, and the prompt says so.
  await pressAndHear(page, 'Enter', '已打开', 'zh-Hans');
  expect((await kiosk.state()).focused).toBe(FOUNDING);
  await pressAndHear(page, 'Space', '播放讲解', 'zh-Hans');
  await kiosk.waitForState((now) => now.narration?.id === FOUNDING && now.narration.playing, 'the narration to play');

  // Down reaches the linked event on the museum's line; Select follows the link.
  await pressAndHear(page, 'ArrowDown', '同一时期的另一条线上', 'zh-Hans');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId)).toBe(SALUTE);
  await pressAndHear(page, 'Enter', '“礼赞共和国”科普展', 'zh-Hans');
  expect((await kiosk.state()).focused).toBe(SALUTE);
  await screenshot(page, 'keypad-sheet-zh-Hans');

  // L: the next language, said in that language.
  await pressAndHear(page, 'KeyL', 'English.', 'en');
  expect((await kiosk.state()).language).toBe('en');

  // Back: to the timeline, the focus staying on the museum's event.
  await pressAndHear(page, 'Escape', 'Back to the timeline', 'en');
  state = await kiosk.state();
  expect(state.focused).toBeNull();
  expect(state.cursor).toBe(SALUTE);
  await waitForRest(page);
  await screenshot(page, 'keypad-focus-en');

  // H: the help, spoken.
  await pressAndHear(page, 'KeyH', 'Left and right move through time', 'en');

  // Minus and plus: quieter, then back to the loudest the kiosk allows.
  await pressAndHear(page, 'Minus', 'Quieter', 'en');
  expect((await kiosk.state()).volume).toBeLessThan(1);
  await pressAndHear(page, 'Equal', 'This is the loudest', 'en');
  expect((await kiosk.state()).volume).toBe(1);
});

test('a touch silences the prompt and hides the key focus; the keys pick up again after it', async ({ page, kiosk }) => {
  test.setTimeout(60_000);
  await kiosk.open('/?debug=1', { stayInAttract: true });
  await listenToAnnouncements(page);
  await pressAndHear(page, 'KeyX', '欢迎', 'zh-Hans');
  await pressAndHear(page, 'ArrowDown', '馆史，第1项', 'zh-Hans');
  await page.touchscreen.tap(400, 700);
  await kiosk.waitForState((state) => state.announcement === null && state.cursor === null, 'the touch to silence the keypad');
  await pressAndHear(page, 'ArrowRight', '党史，第1项', 'zh-Hans');
});
