import { expect, test } from './kioskTest.ts';

test('the culture system and the award programmes open from the bottom bar', async ({ page, kiosk }) => {
  await page.getByRole('button', { name: '文化体系' }).tap();
  await kiosk.waitForState((state) => state.mode === 'panel' && state.openGroup === 'culture', 'the culture group');
  const sheet = page.getByRole('dialog');
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('文化体系');

  await kiosk.tapItem('culture/concept');
  await kiosk.waitForState((state) => state.focused === 'culture/concept', 'the concept panel');
  await expect(sheet.locator('.sheet__statement')).toHaveText('体验科学、启迪创新');

  await sheet.getByRole('button', { name: '返回' }).tap();
  await kiosk.waitForState((state) => state.focused === null && state.openGroup === 'culture', 'back to the group list');

  await page.getByRole('button', { name: '评选表彰' }).tap();
  await kiosk.waitForState((state) => state.openGroup === 'awards', 'the awards group');
  await expect(sheet.getByRole('button')).toHaveCount(6 + 1);
  await sheet.getByRole('button', { name: /青年五四奖章/ }).tap();
  await kiosk.waitForState((state) => state.focused === 'awards/youth-may-fourth-medal', 'the medal panel');

  await page.getByRole('button', { name: '首页' }).tap();
  await kiosk.waitForState((state) => state.mode === 'explore' && state.focused === null && state.openGroup === null, 'home');
});
