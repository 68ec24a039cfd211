import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './kioskTest.ts';

type TouchPoint = { x: number; y: number; id: number };

async function touchSession(page: Page) {
  const client: CDPSession = await page.context().newCDPSession(page);
  /** `atSeconds` sets the event's own time stamp, so a long press needs no real waiting. */
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: TouchPoint[], atSeconds?: number) =>
    client.send('Input.dispatchTouchEvent', { type, touchPoints: points, ...(atSeconds === undefined ? {} : { timestamp: atSeconds }) });
  return { send };
}

const renderStats = (page: Page) => page.evaluate(() => window.kiosk!.renderStats());

test('a fling glides on after the finger lifts, then comes to rest', async ({ page, kiosk }) => {
  const { send } = await touchSession(page);
  const before = (await renderStats(page)).visibleYears!;
  // The events carry their own time stamps (a move every 16 ms), so the finger's speed is the
  // same however busy the machine is.
  const start = Date.now() / 1000;
  await send('touchStart', [{ x: 400, y: 500, id: 1 }], start);
  for (let step = 1; step <= 6; step += 1) await send('touchMove', [{ x: 400 + step * 60, y: 500, id: 1 }], start + step * 0.016);
  const atLastMove = (await renderStats(page)).visibleYears!;
  await send('touchEnd', [], start + 7 * 0.016);
  // The view keeps moving into the past after the finger has gone, and then stops by itself.
  let previous = Number.NaN;
  await expect.poll(async () => {
    const from = (await renderStats(page)).visibleYears!.from;
    const still = from === previous;
    previous = from;
    return still;
  }).toBe(true);
  expect(previous).toBeLessThan(atLastMove.from - 0.5);
  expect(previous).toBeLessThan(before.from);
  expect((await kiosk.state()).focused).toBeNull();
});

test('a drag is drawn plain and the view it comes to rest on with smooth edges', async ({ page, kiosk }) => {
  expect((await kiosk.state()).mode).toBe('explore');
  const { send } = await touchSession(page);
  // Waited for in the page, frame by frame: a poll's pauses would let the view rest between two
  // moves, which a finger moving 60 times a second never does.
  const frameDrawn = (after: number): Promise<void> => page.evaluate(async (framesBefore) => {
    while (window.kiosk!.renderStats().framesRendered <= framesBefore) await new Promise(requestAnimationFrame);
  }, after);
  await expect.poll(async () => (await renderStats(page)).multisampledFrames, { message: 'the first view at rest, multisampled' }).toBeGreaterThan(0);
  const before = await renderStats(page);
  await send('touchStart', [{ x: 800, y: 500, id: 1 }]);
  let frames = before.framesRendered;
  for (let step = 1; step <= 6; step += 1) {
    await send('touchMove', [{ x: 800 + step * 30, y: 500, id: 1 }]);
    await frameDrawn(frames);
    frames = (await renderStats(page)).framesRendered;
  }
  const dragged = await renderStats(page);
  await send('touchEnd', []);
  expect(dragged.framesRendered - before.framesRendered).toBeGreaterThanOrEqual(6);
  // One frame of allowance: a machine stalled between two moves may let the view rest once.
  expect(dragged.multisampledFrames - before.multisampledFrames, 'frames of the drag drawn multisampled').toBeLessThanOrEqual(1);
  await expect.poll(async () => (await renderStats(page)).multisampledFrames, { message: 'the view after the drag, at rest, multisampled' }).toBeGreaterThan(dragged.multisampledFrames);
});

test('a pinch zooms the time scale out to decades and back in', async ({ page, kiosk }) => {
  expect(await kiosk.state()).toBeTruthy();
  const { send } = await touchSession(page);
  const start = await renderStats(page);
  const span = (stats: typeof start) => stats.visibleYears!.to - stats.visibleYears!.from;
  await send('touchStart', [{ x: 760, y: 500, id: 1 }, { x: 1160, y: 500, id: 2 }]);
  for (let step = 1; step <= 8; step += 1) {
    await send('touchMove', [{ x: 760 + step * 20, y: 500, id: 1 }, { x: 1160 - step * 20, y: 500, id: 2 }]);
  }
  await send('touchEnd', []);
  const zoomedOut = await renderStats(page);
  expect(zoomedOut.zoom).toBeLessThan(start.zoom! * 0.5);
  expect(span(zoomedOut)).toBeGreaterThan(span(start) * 2);

  await send('touchStart', [{ x: 900, y: 500, id: 1 }, { x: 1020, y: 500, id: 2 }]);
  for (let step = 1; step <= 8; step += 1) {
    await send('touchMove', [{ x: 900 - step * 50, y: 500, id: 1 }, { x: 1020 + step * 50, y: 500, id: 2 }]);
  }
  await send('touchEnd', []);
  expect((await renderStats(page)).zoom).toBeGreaterThan(zoomedOut.zoom!);
});

test('the year strip jumps to any year it lists', async ({ page, kiosk }) => {
  await page.getByRole('navigation', { name: '按年份跳转' }).getByRole('button', { name: '1949', exact: true }).tap();
  // The corridor's scale is not linear (folded breaks, perspective): 1949 is in view, not
  // necessarily half-way between the edge years.
  await expect.poll(async () => {
    const years = (await renderStats(page)).visibleYears!;
    return years.from < 1949.5 && years.to > 1949.5;
  }).toBe(true);
  await expect.poll(() => kiosk.screenPointOf('party/1949-prc-founded')).not.toBeNull();
  await expect(page.getByRole('button', { name: '1949', exact: true })).toHaveAttribute('aria-current', 'true');
});

test('a ten-finger storm, long presses and pinches change nothing they should not', async ({ page, kiosk }) => {
  const { send } = await touchSession(page);
  await kiosk.settledScreenPointOf('museum/2019-salute-to-the-republic');
  const before = await renderStats(page);
  const fingers = Array.from({ length: 10 }, (_, index) => ({ x: 300 + index * 130, y: 350 + (index % 3) * 120, id: index + 1 }));
  await send('touchStart', fingers);
  for (let step = 1; step <= 5; step += 1) await send('touchMove', fingers.map((finger) => ({ ...finger, x: finger.x + step * 25 * (finger.id % 2 ? 1 : -1) })));
  await send('touchEnd', []);
  // A long press (1.5 s by the events' own clock) on a card: no menu, no selection, no focus.
  const card = await kiosk.settledScreenPointOf('museum/2019-salute-to-the-republic');
  const pressStart = Date.now() / 1000;
  await send('touchStart', [{ ...card, id: 20 }], pressStart);
  await send('touchEnd', [], pressStart + 1.5);

  const after = await renderStats(page);
  expect(after.zoom).toBe(before.zoom);
  expect(after.visibleYears).toEqual(before.visibleYears);
  const state = await kiosk.state();
  expect(state.focused).toBeNull();
  expect(state.mode).toBe('explore');
  expect(await page.evaluate(() => window.visualViewport?.scale)).toBe(1);
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
  expect(new URL(page.url()).pathname).toBe('/');
});

test('a drag in progress carries on when other children put their fingers down', async ({ page, kiosk }) => {
  expect(await kiosk.state()).toBeTruthy();
  const { send } = await touchSession(page);
  // From a view at rest: a flight still under way would carry the view on by itself.
  let previous = '';
  await expect.poll(async () => {
    const reading = JSON.stringify((await renderStats(page)).visibleYears);
    const still = reading === previous;
    previous = reading;
    return still;
  }, { message: 'waiting for the view to come to rest' }).toBe(true);
  const before = (await renderStats(page)).visibleYears!;
  await send('touchStart', [{ x: 500, y: 500, id: 1 }]);
  await send('touchMove', [{ x: 540, y: 500, id: 1 }]);
  await send('touchMove', [{ x: 580, y: 500, id: 1 }]);
  // Another child's hand lands and moves the other way, long after the drag began.
  for (let step = 1; step <= 5; step += 1) {
    await send('touchMove', [{ x: 580 + step * 40, y: 500, id: 1 }, { x: 1500 - step * 80, y: 300, id: 2 }, { x: 1600 - step * 80, y: 350, id: 3 }]);
  }
  await send('touchEnd', []);
  const after = (await renderStats(page)).visibleYears!;
  // Only the first finger steered: the view moved into the past, not the future.
  expect(after.from).toBeLessThan(before.from);
});

test.describe('with the debug hooks', () => {
  // Opened once with ?debug=1: the default fixture would first load and wake the plain kiosk.
  test.use({ autoOpen: false });

  test('leaving and re-entering the timeline 50 times frees every geometry and texture', async ({ page, kiosk }) => {
    await kiosk.open('/?debug=1');
    const baseline = await renderStats(page);
    expect(baseline.geometries).toBeGreaterThan(0);
    expect(baseline.textures).toBeGreaterThan(0);
    // All 50 cycles run inside the page: a round trip from the test per cycle would only add the
    // busy machine's latency. Every tenth rebuilt timeline is also drawn once, so its geometries
    // and textures really reach the GPU before the next leave must free them: three.js counts
    // them only once uploaded, and an undrawn scene could leak without the counts showing it.
    // Not every cycle: in software the first frame of a new timeline (shaders compiled again,
    // the atlas uploaded) takes seconds on a loaded machine, the rebuild itself a tenth of that.
    const drawnCycles = await page.evaluate(async ({ cycles, drawEvery }) => {
      const kiosk = window.kiosk!;
      const debug = kiosk.debug!;
      const nextFrame = async (): Promise<void> => {
        const framesBefore = kiosk.renderStats().framesRendered;
        while (kiosk.renderStats().framesRendered === framesBefore) await new Promise(requestAnimationFrame);
      };
      let drawn = 0;
      for (let cycle = 0; cycle < cycles; cycle += 1) {
        debug.leaveTimeline();
        await debug.rebuildTimeline();
        if (cycle % drawEvery !== drawEvery - 1) continue;
        await nextFrame();
        if (kiosk.renderStats().textures > 0) drawn += 1;
      }
      return drawn;
    }, { cycles: 50, drawEvery: 10 });
    expect(drawnCycles, 'rebuilt timelines drawn, their resources on the GPU').toBe(5);
    await page.evaluate(() => window.kiosk!.debug!.leaveTimeline());
    await expect.poll(async () => (await renderStats(page)).textures).toBe(0);
    expect((await renderStats(page)).geometries).toBe(0);
    await page.evaluate(() => window.kiosk!.debug!.rebuildTimeline());
    await expect.poll(async () => {
      const stats = await renderStats(page);
      return [stats.geometries, stats.textures, stats.programs];
    }).toEqual([baseline.geometries, baseline.textures, baseline.programs]);
    await kiosk.tapItem('museum/2019-salute-to-the-republic');
    await kiosk.waitForState((state) => state.focused === 'museum/2019-salute-to-the-republic', 'a tap on the rebuilt timeline');
  });
});

test('after a lost WebGL context the timeline comes back with all its cards, without a reload', async ({ page, kiosk }) => {
  const framesBefore = (await renderStats(page)).framesRendered;
  await page.evaluate(() => {
    const canvas = document.querySelector('canvas')!;
    const extension = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
    (window as unknown as { loseContextForTest: WEBGL_lose_context }).loseContextForTest = extension;
    extension.loseContext();
  });
  await expect(page.getByRole('status').filter({ hasText: '画面正在恢复' })).toBeVisible();
  const restoreMilliseconds = await page.evaluate(async () => {
    const extension = (window as unknown as { loseContextForTest: WEBGL_lose_context }).loseContextForTest;
    const framesAtRestore = window.kiosk!.renderStats().framesRendered;
    const started = performance.now();
    extension.restoreContext();
    while (window.kiosk!.renderStats().framesRendered === framesAtRestore) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return performance.now() - started;
  });
  // A visitor waits at most two seconds for the cards to come back.
  expect(restoreMilliseconds).toBeLessThan(2000);
  await expect(page.getByRole('status').filter({ hasText: '画面正在恢复' })).toBeHidden();
  expect((await renderStats(page)).framesRendered).toBeGreaterThan(framesBefore);
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  // The cards are drawn again: a tap still finds one, and its pixels are the card's paper colour.
  await kiosk.settledScreenPointOf('museum/2019-salute-to-the-republic');
  const card = (await page.evaluate(() => window.kiosk!.itemsOnScreen())).find((item) => item.id === 'museum/2019-salute-to-the-republic')!;
  // The card's inner bottom-right corner is paper: text is set from the left and top, and the
  // inset keeps clear of the rounded edge.
  const inset = Math.max(8, Math.round(card.rect.height * 0.06));
  const paper = { x: Math.round(card.rect.x + card.rect.width - inset), y: Math.round(card.rect.y + card.rect.height - inset) };
  const png = (await page.screenshot({ clip: { ...paper, width: 1, height: 1 } })).toString('base64');
  const colour = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(1, 1);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return [...context.getImageData(0, 0, 1, 1).data];
  }, png);
  expect(colour[0]).toBeGreaterThan(230);
  expect(colour[1]).toBeGreaterThan(225);
  expect(colour[2]).toBeGreaterThan(215);
  await kiosk.tapItem('museum/2019-salute-to-the-republic');
  await kiosk.waitForState((state) => state.focused === 'museum/2019-salute-to-the-republic', 'a tap after the restore');
});
