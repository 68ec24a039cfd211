import { expect, test } from './kioskTest.ts';

test.describe('the staff preview', () => {
  test.use({ autoOpen: false });

  test('lists every event and panel with its status in the staff language and opens one in the kiosk', async ({ page, kiosk }) => {
    await page.goto('/?staff-preview=1');
    const rows = page.locator('.staff-preview__table tbody tr');
    await expect(rows).toHaveCount(25 + 10);
    // The linked events and every panel are narrated and captioned in both languages.
    // kiosk.yaml says staff.language: zh-Hans.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^内容预览 · 版本 [0-9a-f]+$/);
    await expect(page.getByText('共 35 项，19 项完整，16 项还缺东西。语言：中文、英文、繁體中文（自动转换）。导览路线：culture-and-awards, two-tracks-in-pairs。')).toBeVisible();
    await expect(page.locator('tr[data-item-id="culture/vision"] .staff-preview__complete')).toHaveText('完整');
    await expect(page.locator('tr[data-item-id="party/1921-cpc-founded"] .staff-preview__incomplete')).toHaveText('没有讲解文字');
    await page.locator('tr[data-item-id="culture/vision"]').getByRole('link', { name: '在触摸屏中打开' }).click();
    await page.waitForURL(/\?open=culture%2Fvision$/);
    await page.waitForFunction(() => window.kiosk !== undefined);
    await kiosk.waitForState((state) => state.focused === 'culture/vision' && state.mode === 'panel', 'the panel opened from the preview');
  });
});
