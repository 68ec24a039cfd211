import { expect, test } from './kioskTest.ts';
import { waitForRest } from './corridorSupport.ts';

/** Counts screenshot pixels close to a colour, decoding the PNG in the page's own canvas. */
async function countPixelsNear(page: import('@playwright/test').Page, colours: Record<string, [number, number, number]>) {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(async ({ data, targets }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const counts: Record<string, number> = {};
    for (const [name, [red, green, blue]] of Object.entries(targets)) {
      let count = 0;
      for (let index = 0; index < pixels.length; index += 4) {
        if (Math.abs(pixels[index]! - red) + Math.abs(pixels[index + 1]! - green) + Math.abs(pixels[index + 2]! - blue) < 40) count += 1;
      }
      counts[name] = count;
    }
    return counts;
  }, { data: png, targets: colours });
}

test('WebGL really draws both tracks in their colours', { tag: '@nginx' }, async ({ page, kiosk }) => {
  expect((await kiosk.state()).mode).toBe('explore');
  const counts = await countPixelsNear(page, { partyRed: [0xb7, 0x1c, 0x1c], museumBlue: [0x15, 0x65, 0xc0] });
  // Each track line alone is over a thousand pixels long and several pixels thick.
  expect(counts.partyRed).toBeGreaterThan(3000);
  expect(counts.museumBlue).toBeGreaterThan(3000);
});

test('a tap on a card opens its detail, and a linked event flies across to the other track', { tag: '@nginx' }, async ({ page, kiosk }) => {
  await kiosk.tapItem('museum/2019-salute-to-the-republic');
  await kiosk.waitForState((state) => state.focused === 'museum/2019-salute-to-the-republic', 'the tapped event to be focused');
  const sheet = page.getByRole('dialog');
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('“礼赞共和国”科普展');
  await expect(sheet).toContainText('来源');

  await sheet.getByRole('button', { name: '1949年10月1日 中华人民共和国成立', exact: true }).click();
  await kiosk.waitForState((state) => state.focused === 'party/1949-prc-founded', 'the linked Party event to be focused');
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('中华人民共和国成立');
  // The camera flew back seventy years: the 1949 card is now on screen.
  await expect.poll(() => kiosk.screenPointOf('party/1949-prc-founded')).not.toBeNull();

  await sheet.getByRole('button', { name: '返回' }).click();
  await kiosk.waitForState((state) => state.focused === null, 'the sheet to close');
  await expect(page.locator('.sheet-layer')).toHaveAttribute('data-open', 'false');
});

test('a drag moves through time, and a tap after it still lands', { tag: '@nginx' }, async ({ page, kiosk }) => {
  // The first touch flies to the overview: measure the drag from where that flight comes to rest.
  await waitForRest(page);
  const before = await kiosk.screenPointOf('museum/2019-salute-to-the-republic');
  expect(before).not.toBeNull();
  const client = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
    client.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: 540 }] });
  await touch('touchStart', 600);
  for (let x = 620; x <= 900; x += 20) await touch('touchMove', x);
  await touch('touchEnd', 900);
  const after = await kiosk.screenPointOf('museum/2019-salute-to-the-republic');
  // The finger moved right by 300 px: the past comes into view, so the card moves right with it.
  expect(after!.x - before!.x).toBeGreaterThan(250);
  expect((await kiosk.state()).focused).toBeNull();
  await kiosk.tapItem('museum/2019-salute-to-the-republic');
  await kiosk.waitForState((state) => state.focused === 'museum/2019-salute-to-the-republic', 'the card to be focused after a drag');
});

test('the language switch goes through Chinese, English and 繁體中文 titles and keeps the open event', { tag: '@nginx' }, async ({ page, kiosk }) => {
  const events = page.getByRole('navigation', { name: '全部事件' });
  await expect(events.getByRole('button', { name: '中华人民共和国成立', exact: true })).toBeAttached();
  await events.getByRole('button', { name: '中华人民共和国成立', exact: true }).focus();
  await page.keyboard.press('Enter');
  await kiosk.waitForState((state) => state.focused === 'party/1949-prc-founded', 'the event chosen from the list');

  await page.getByRole('button', { name: 'English' }).click();
  await kiosk.waitForState((state) => state.language === 'en', 'English');
  await expect(page.getByRole('navigation', { name: 'All events' }).getByRole('button', { name: "The People's Republic of China is founded", exact: true })).toBeAttached();
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText("The People's Republic of China is founded");
  expect((await kiosk.state()).focused).toBe('party/1949-prc-founded');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The third language, 繁體中文, made from the simplified text at build time.
  await page.getByRole('button', { name: '繁體中文' }).click();
  await kiosk.waitForState((state) => state.language === 'zh-Hant', '繁體中文');
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText('中華人民共和國成立');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');

  await page.getByRole('button', { name: '中文', exact: true }).click();
  await kiosk.waitForState((state) => state.language === 'zh-Hans', 'Chinese again');
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText('中华人民共和国成立');
});
