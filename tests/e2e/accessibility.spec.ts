/**
 * Accessibility checked by a real engine (axe-core) on every screen a visitor meets, plus the
 * touch-target rule (48 CSS px minimum anywhere: children and visitors with unsteady hands press
 * these, and primary controls are larger still) measured on the live layout.
 *
 * Each axe test fails on any violation of impact "serious" or "critical"; the failure message
 * lists every violation axe found on that screen, whatever its impact, so one run shows it all.
 * The staff screens (PIN pad, diagnostics) are held to the same rule: staff read them on the
 * same screen, some with a screen magnifier.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test, type KioskPage } from './kioskTest.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
/** The smallest touch target allowed anywhere, even for secondary controls. */
const MIN_TARGET_CSS_PX = 48;

const EVENT_ID = 'museum/2019-salute-to-the-republic';
const PANEL_ID = 'culture/vision';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** Waits until no CSS transition is running (a sheet sliding in, the scrim fading), so axe sees the settled screen. */
async function waitForTransitionsToEnd(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().filter((animation) =>
      animation instanceof CSSTransition && animation.playState === 'running').length), {
      message: 'waiting for CSS transitions to end',
    })
    .toBe(0);
}

function describeViolations(results: AxeResults): string {
  if (results.violations.length === 0) return '(no violations)';
  return results.violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    - ${node.target.map(String).join(' >> ')}`).join('\n');
      return `• ${violation.id} [${violation.impact ?? 'no impact'}]: ${violation.help}\n  ${violation.helpUrl}\n${targets}`;
    })
    .join('\n');
}

/** Runs axe on the whole page and fails on serious or critical violations, listing everything it found. */
async function expectNoSeriousViolations(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  await waitForTransitionsToEnd(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  await testInfo.attach(`axe violations (${screen})`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });
  // What axe could not decide alone (text over the WebGL canvas or a gradient): for a human to review.
  await testInfo.attach(`axe needs review (${screen})`, {
    body: JSON.stringify(results.incomplete, null, 2),
    contentType: 'application/json',
  });
  const blocking = results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''));
  expect(
    blocking.map((violation) => `${violation.id} (${violation.impact})`),
    `serious or critical axe violations on ${screen}. All violations found:\n${describeViolations(results)}\n`,
  ).toEqual([]);
}

async function openEventDetail(kiosk: KioskPage): Promise<void> {
  await kiosk.tapItem(EVENT_ID);
  await kiosk.waitForState((state) => state.focused === EVENT_ID, `${EVENT_ID} to be focused`);
}

async function openPanel(page: Page, kiosk: KioskPage): Promise<void> {
  const groupId = PANEL_ID.split('/')[0]!;
  await page.locator(`.bottom-bar [data-group-id="${groupId}"]`).tap();
  await kiosk.waitForState((state) => state.openGroup === groupId, `the ${groupId} group`);
  await kiosk.tapItem(PANEL_ID);
  await kiosk.waitForState((state) => state.focused === PANEL_ID && state.narration?.status === 'ready', `${PANEL_ID} with its narration ready`);
}

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  test.describe('opened by the test itself', () => {
    // At the invitation, or after a fake clock is installed: the default fixture would already
    // have loaded and woken the kiosk, and each of these tests would load it twice.
    test.use({ autoOpen: false });

    test('the attract screen', async ({ page, kiosk }, testInfo) => {
      await kiosk.open('/', { stayInAttract: true });
      await expect(page.locator('.attract')).toBeVisible();
      expect((await kiosk.state()).mode).toBe('attract');
      await expectNoSeriousViolations(page, testInfo, 'the attract screen');
    });

    test('the idle warning', async ({ page, kiosk }, testInfo) => {
      await page.clock.install();
      await kiosk.open('/', { stayInAttract: true });
      await kiosk.wake();
      await page.getByRole('button', { name: 'English' }).tap();
      await kiosk.waitForState((state) => state.language === 'en', 'English');
      await page.clock.fastForward('01:31');
      const warning = page.getByRole('alertdialog');
      await expect(warning).toContainText('Still there?');
      await kiosk.waitForState((state) => state.idleCountdownSeconds !== null, 'the countdown');
      await expectNoSeriousViolations(page, testInfo, 'the idle warning');
    });

    test('the staff PIN pad and the diagnostics', async ({ page, kiosk }, testInfo) => {
      await page.clock.install();
      await kiosk.open('/', { stayInAttract: true });
      await kiosk.longPressAt(40, 40);
      await expect(page.getByRole('dialog', { name: '工作人员密码' })).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, 'the staff PIN pad');
      await kiosk.typePin('工作人员密码', '2468');
      await expect(page.getByRole('dialog', { name: '运行状态' })).toBeVisible();
      await kiosk.waitForState((state) => state.mode === 'diagnostics', 'diagnostics mode');
      await expectNoSeriousViolations(page, testInfo, 'the staff diagnostics');
    });
  });

  test('the timeline after waking', async ({ page, kiosk }, testInfo) => {
    await kiosk.waitForState((state) => state.mode === 'explore' && state.focused === null && state.openGroup === null, 'the timeline');
    await expect(page.locator('.attract')).toBeHidden();
    await expectNoSeriousViolations(page, testInfo, 'the timeline');
  });

  test("an event's detail", async ({ page, kiosk }, testInfo) => {
    await openEventDetail(kiosk);
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toBeVisible();
    await expectNoSeriousViolations(page, testInfo, `the detail of ${EVENT_ID}`);
  });

  test('a panel with its transcript and a caption showing', async ({ page, kiosk }, testInfo) => {
    await openPanel(page, kiosk);
    await page.getByRole('button', { name: '播放', exact: true }).tap();
    await kiosk.waitForState((state) => state.narration?.playing === true && (state.narration?.cueIndex ?? -1) >= 0, 'a caption to show');
    await expect(page.locator('.caption-band__text')).not.toBeEmpty();
    await expectNoSeriousViolations(page, testInfo, `the panel ${PANEL_ID} with a caption`);
    // The full narration opens in place of the caption band's line.
    await page.locator('.transcript-toggle').first().tap();
    await expect(page.locator('.transcript__line').first()).toBeVisible();
    await expectNoSeriousViolations(page, testInfo, `the panel ${PANEL_ID} with transcript and caption`);
  });

});

interface TargetSize {
  readonly label: string;
  readonly width: number;
  readonly height: number;
}

/**
 * Every button (or role=button) a visitor can see: rendered with a box, not visibility:hidden or
 * transparent, inside the viewport (or inside a scrollable sheet body), and not inside a
 * visually-hidden container (the screen-reader event list is clipped with clip-path).
 */
async function visibleButtonSizes(page: Page): Promise<TargetSize[]> {
  return page.evaluate(() => {
    const sizes: { label: string; width: number; height: number }[] = [];
    const clippedAway = (element: Element): boolean => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const clipPath = getComputedStyle(node).clipPath;
        if (clipPath && clipPath !== 'none') return true;
      }
      return false;
    };
    for (const element of document.querySelectorAll<HTMLElement>('button, [role="button"]')) {
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right <= 0 || box.left >= window.innerWidth) continue;
      if (clippedAway(element)) continue;
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const classes = [...element.classList].map((className) => `.${className}`).join('');
      sizes.push({ label: `${element.tagName.toLowerCase()}${classes} "${name}"`, width: box.width, height: box.height });
    }
    return sizes;
  });
}

test('every visible button is at least 48x48 CSS px on the timeline, an event detail and a panel', async ({ page, kiosk }) => {
  const offenders: string[] = [];
  const measured: Record<string, number> = {};
  const measure = async (screen: string): Promise<void> => {
    await waitForTransitionsToEnd(page);
    const sizes = await visibleButtonSizes(page);
    measured[screen] = sizes.length;
    for (const size of sizes) {
      if (size.width < MIN_TARGET_CSS_PX || size.height < MIN_TARGET_CSS_PX) {
        offenders.push(`${screen}: ${size.label} is ${size.width.toFixed(1)}x${size.height.toFixed(1)} px`);
      }
    }
  };

  await kiosk.waitForState((state) => state.mode === 'explore' && state.focused === null, 'the timeline');
  await measure('timeline');

  await openEventDetail(kiosk);
  await measure('event detail');

  await openPanel(page, kiosk);
  await measure('panel');

  for (const [screen, count] of Object.entries(measured)) {
    expect(count, `visible buttons measured on the ${screen}`).toBeGreaterThan(0);
  }
  expect(offenders, `buttons smaller than ${MIN_TARGET_CSS_PX}x${MIN_TARGET_CSS_PX} CSS px:\n${offenders.join('\n')}\n`).toEqual([]);
});
