import { expect, test } from './kioskTest.ts';

test.describe('the staff preview', () => {
  test.use({ autoOpen: false });

  test('lists every event and panel with its status and opens one in the kiosk', async ({ page, kiosk }) => {
    await page.goto('/?staff-preview=1');
    const rows = page.locator('.staff-preview__table tbody tr');
    await expect(rows).toHaveCount(25 + 10);
    // The linked events and every panel are narrated and captioned in both languages.
    await expect(page.locator('tr[data-item-id="culture/vision"] .staff-preview__complete')).toHaveText('complete');
    await expect(page.locator('tr[data-item-id="party/1921-cpc-founded"] .staff-preview__incomplete')).toHaveText('no narration text');
    await page.locator('tr[data-item-id="culture/vision"]').getByRole('link', { name: 'open in the kiosk' }).click();
    await page.waitForURL(/\?open=culture%2Fvision$/);
    await page.waitForFunction(() => window.kiosk !== undefined);
    await kiosk.waitForState((state) => state.focused === 'culture/vision' && state.mode === 'panel', 'the panel opened from the preview');
  });
});
