import type { Page } from '@playwright/test';
import { expect, test, type KioskPage } from './kioskTest.ts';
import { boxOf, lineProblemsIn, repeatedSentencesIn } from './sheetsLayout.ts';

// A busy two-core machine renders the scene in software: the walk visits every panel twice.
test.setTimeout(600_000);

test('the culture system and the award programmes open from the bottom bar', async ({ page, kiosk }) => {
  await page.getByRole('button', { name: '文化体系' }).tap();
  await kiosk.waitForState((state) => state.mode === 'panel' && state.openGroup === 'culture', 'the culture group');
  const sheet = page.getByRole('dialog');
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('文化体系');

  await kiosk.tapItem('culture/concept');
  await kiosk.waitForState((state) => state.focused === 'culture/concept', 'the concept panel');
  // The statement stands in large lines, one per part.
  await expect(sheet.locator('.sheet__statement-line')).toHaveText(['体验科学', '启迪创新']);

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

async function openGroup(page: Page, kiosk: KioskPage, groupId: string): Promise<void> {
  await page.locator(`.bottom-bar [data-group-id="${groupId}"]`).tap();
  await kiosk.waitForState((state) => state.openGroup === groupId && state.focused === null, `the ${groupId} set`);
  await expect(page.locator('.sheet')).toHaveAttribute('data-kind', 'group');
}

/** Every item of the set is whole on screen, above the actions, large enough to touch. */
async function expectWholeSet(page: Page): Promise<void> {
  const actions = (await boxOf(page, '.sheet__actions'))!;
  const items = await page.locator('.panel-set [data-panel-id]').all();
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    const box = (await item.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `${await item.getAttribute('data-panel-id')} above the actions`).toBeLessThanOrEqual(actions.top);
    expect(box.height).toBeGreaterThanOrEqual(64);
  }
  await expect(page.locator('.sheet__more')).toBeHidden();
}

test('the culture set and the awards set, in each language: whole on screen, large, no stranded character; every panel too', async ({ page, kiosk }) => {
  const problems: string[] = [];
  const record = async (where: string): Promise<void> => {
    for (const problem of await lineProblemsIn(page, '.sheet')) problems.push(`${where}: ${problem.element}: ${problem.problem} [${problem.lines.join(' | ')}]`);
    for (const sentence of await repeatedSentencesIn(page, '.sheet')) problems.push(`${where}: said twice: ${sentence}`);
  };
  for (const language of ['zh-Hans', 'en', 'zh-Hant']) {
    if (language !== 'zh-Hans') {
      // The language button goes round: 中文, English, 繁體中文.
      await page.locator('.bottom-bar .bar-button--language').tap();
      await kiosk.waitForState((state) => state.language === language, language);
    }
    for (const groupId of ['culture', 'awards']) {
      await openGroup(page, kiosk, groupId);
      await expectWholeSet(page);
      if (groupId === 'culture') {
        // The statements are large, near a title's size.
        const size = await page.locator('.panel-set__words-line').first().evaluate((line) => parseFloat(getComputedStyle(line).fontSize));
        expect(size).toBeGreaterThanOrEqual(language === 'en' ? 32 : 44);
      }
      await record(`${language} ${groupId}`);
      await page.screenshot({ path: `test-results/screenshots/${groupId}-set-${language}.png` });
      const panelIds = await page.locator('.panel-set [data-panel-id]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.panelId!));
      for (const panelId of panelIds) {
        await page.locator(`[data-panel-id="${panelId}"]`).tap();
        await kiosk.waitForState((state) => state.focused === panelId, panelId);
        await expect(page.locator('.sheet')).toHaveAttribute('data-kind', 'panel');
        await record(`${language} ${panelId}`);
        if (panelId === panelIds[0]) await page.screenshot({ path: `test-results/screenshots/${panelId.replace('/', '-')}-panel-${language}.png` });
        // A subtitle never contradicts its title: no title in brackets answered otherwise below it.
        const title = await page.locator('.sheet__title').textContent();
        const subtitle = await page.locator('.sheet__statement').count() ? await page.locator('.sheet__statement').textContent() : '';
        if (/（集体）|\(collective\)/.test(title ?? '')) expect(subtitle).not.toMatch(/个人|individual/i);
        await page.locator('.sheet__close').tap();
        await kiosk.waitForState((state) => state.focused === null && state.openGroup === groupId, `back to the ${groupId} set`);
      }
    }
  }
  expect(problems).toEqual([]);
});
