/**
 * What the corridor specs share: waiting for the view to rest (the scene says so; nothing
 * sleeps), reading what is drawn, pinching by touch, and writing the screenshots a person looks at.
 */
import { mkdirSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';
import sharp from 'sharp';
import type { ScreenItem, TrackLabelOnScreen } from '../../src/automation/kioskAutomation.ts';
import { expect } from './kioskTest.ts';

export const SCREENSHOT_DIR = 'test-results/screenshots';

/** Waits until the timeline reports its view at rest (flights and flings over, resting layout drawn). */
export async function waitForRest(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => window.kiosk!.viewAtRest()), { message: 'waiting for the corridor to come to rest', timeout: 20_000 }).toBe(true);
}

export function itemsOnScreen(page: Page): Promise<readonly ScreenItem[]> {
  return page.evaluate(() => window.kiosk!.itemsOnScreen());
}

export function trackLabels(page: Page): Promise<readonly TrackLabelOnScreen[]> {
  return page.evaluate(() => window.kiosk!.trackLabelsOnScreen());
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

/**
 * How bright each card looks on screen, as a visitor sees it (every layer of the page composited):
 * the mean luminance (0-255) of the middle of the card's rectangle, left of `rightEdge` (a sheet).
 */
export async function cardBrightness(page: Page, items: readonly ScreenItem[], rightEdge: number): Promise<Map<string, number>> {
  const { data, info } = await sharp(await page.screenshot()).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const brightness = new Map<string, number>();
  for (const { id, rect } of items) {
    const left = Math.max(0, Math.round(rect.x + rect.width * 0.2));
    const right = Math.min(info.width, rightEdge, Math.round(rect.x + rect.width * 0.8));
    const top = Math.max(0, Math.round(rect.y + rect.height * 0.2));
    const bottom = Math.min(info.height, Math.round(rect.y + rect.height * 0.8));
    let sum = 0;
    let count = 0;
    for (let y = top; y < bottom; y += 2) {
      for (let x = left; x < right; x += 2) {
        const offset = (y * info.width + x) * 3;
        sum += 0.2126 * data[offset]! + 0.7152 * data[offset + 1]! + 0.0722 * data[offset + 2]!;
        count += 1;
      }
    }
    if (count > 0) brightness.set(id, sum / count);
  }
  return brightness;
}

/** Two fingers moving apart (scale > 1 zooms in) or together, through the DevTools protocol. */
export async function pinch(page: Page, fromGap: number, toGap: number, centreX = 960, y = 480): Promise<void> {
  const client: CDPSession = await page.context().newCDPSession(page);
  const points = (gap: number) => [{ x: centreX - gap / 2, y, id: 1 }, { x: centreX + gap / 2, y, id: 2 }];
  await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(fromGap) });
  for (let step = 1; step <= 10; step += 1) {
    await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(fromGap + ((toGap - fromGap) * step) / 10) });
  }
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await client.detach();
}

/** The free screen above the year strip (or the bottom bar) as the page lays it out. */
export async function freeScreenBottom(page: Page): Promise<number> {
  return page.evaluate(() => {
    const tops = ['.year-strip', '.bottom-bar']
      .map((selector) => document.querySelector(selector)?.getBoundingClientRect())
      .filter((bounds): bounds is DOMRect => bounds !== undefined && bounds.height > 0)
      .map((bounds) => bounds.top);
    return Math.min(window.innerHeight, ...tops);
  });
}

/** At least three events and both tracks drawn, all whole, readable and clear of the bars. */
export async function expectReadableRestingView(page: Page): Promise<readonly ScreenItem[]> {
  await waitForRest(page);
  const items = await itemsOnScreen(page);
  const bottom = await freeScreenBottom(page);
  expect(items.length, `cards on screen: ${items.map((item) => item.id).join(', ')}`).toBeGreaterThanOrEqual(3);
  expect(new Set(items.map((item) => item.track))).toEqual(new Set(['party', 'museum']));
  expectReadable(items, bottom);
  return items;
}

export function expectReadable(items: readonly ScreenItem[], bottom: number): void {
  for (const item of items) {
    expect(item.titleCssPx, `${item.id} title size`).toBeGreaterThanOrEqual(24);
    expect(item.dateCssPx, `${item.id} date size`).toBeGreaterThanOrEqual(20);
    expect(item.rect.x, `${item.id} cut at the left`).toBeGreaterThanOrEqual(0);
    expect(item.rect.x + item.rect.width, `${item.id} cut at the right`).toBeLessThanOrEqual(1920);
    expect(item.rect.y, `${item.id} cut at the top`).toBeGreaterThanOrEqual(0);
    expect(item.rect.y + item.rect.height, `${item.id} under the year strip or the bottom bar`).toBeLessThanOrEqual(bottom);
  }
}
