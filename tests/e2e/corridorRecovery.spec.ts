/**
 * A crash of the browser's GPU process (chrome://gpucrash in a second tab of the same browser):
 * the corridor comes back with every card within two seconds without a reload when the browser
 * restores the context, or else reloads onto the attract screen.
 */
import { expect, test } from './kioskTest.ts';
import { itemsOnScreen, waitForRest } from './corridorSupport.ts';

test('after a GPU process crash every card comes back, without a reload if the browser allows', async ({ page, kiosk, expectProblem }) => {
  test.setTimeout(90_000);
  // The crash itself is reported by the browser; the kiosk must only survive it.
  expectProblem(/GPU|WebGL|context|gpucrash/i);
  await waitForRest(page);
  const before = (await itemsOnScreen(page)).map((item) => item.id).sort();
  expect(before.length).toBeGreaterThanOrEqual(3);
  await page.evaluate(() => {
    const canvas = document.querySelector('canvas')!;
    const record = window as unknown as { gpuLostAt?: number; gpuRestoredAt?: number };
    canvas.addEventListener('webglcontextlost', () => { record.gpuLostAt = performance.now(); });
    canvas.addEventListener('webglcontextrestored', () => { record.gpuRestoredAt = performance.now(); });
  });
  const crashTab = await page.context().newPage();
  // The crash page never finishes loading: its navigation error is the crash working.
  await crashTab.goto('chrome://gpucrash', { timeout: 5000 }).catch(() => undefined);
  await crashTab.close().catch(() => undefined);
  const lost = await expect.poll(() => page.evaluate(() => (window as unknown as { gpuLostAt?: number }).gpuLostAt !== undefined || window.kiosk?.state().mode === 'attract').catch(() => true), { timeout: 10_000 }).toBe(true).then(() => true, () => false);
  // Some builds (headless SwiftShader runs the GPU work in-process) ignore chrome://gpucrash.
  test.skip(!lost, 'chrome://gpucrash did not crash the GPU process of this browser');

  const outcome = await expect.poll(async () => {
    try {
      return await page.evaluate(() => {
        const record = window as unknown as { gpuLostAt?: number; gpuRestoredAt?: number };
        if (record.gpuRestoredAt !== undefined) return 'restored';
        return performance.getEntriesByType('navigation').length === 1 && record.gpuLostAt === undefined && window.kiosk?.state().mode === 'attract' ? 'reloaded' : 'waiting';
      });
    } catch {
      return 'waiting';
    }
  }, { timeout: 30_000 }).not.toBe('waiting').then(() => page.evaluate(() => ((window as unknown as { gpuRestoredAt?: number }).gpuRestoredAt === undefined ? 'reloaded' : 'restored')));

  if (outcome === 'restored') {
    const restoreMs = await page.evaluate(() => {
      const record = window as unknown as { gpuLostAt: number; gpuRestoredAt: number };
      return record.gpuRestoredAt - record.gpuLostAt;
    });
    test.info().annotations.push({ type: 'GPU crash', description: `context restored after ${Math.round(restoreMs)} ms, no reload` });
    expect(restoreMs).toBeLessThan(2000);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    await waitForRest(page);
    expect((await itemsOnScreen(page)).map((item) => item.id).sort()).toEqual(before);
    // The cards are really drawn again: the paper colour is back at a card's centre.
    const point = await kiosk.settledScreenPointOf(before[0]!);
    const png = (await page.screenshot({ clip: { x: point.x, y: point.y + 10, width: 1, height: 1 } })).toString('base64');
    const red = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(1, 1);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, 1, 1).data[0]!;
    }, png);
    expect(red).toBeGreaterThan(200);
  } else {
    test.info().annotations.push({ type: 'GPU crash', description: 'the browser did not restore the context: the kiosk reloaded onto the attract screen' });
    await kiosk.waitForState((state) => state.mode === 'attract', 'the attract screen after the reload');
  }
});
