/**
 * The Playwright `test` every end-to-end spec uses. It opens the kiosk, waits for
 * `kiosk.ready`, and fails the test on any console error, page error or failed request the test
 * did not declare as expected: a kiosk that logs errors is broken even if it looks fine.
 */
import { expect, test as base, type Page } from '@playwright/test';
import type { KioskState } from '../../src/app/KioskState.ts';
import type { ServerKind } from '../support/staticServer.ts';

/** Which web server this test project runs against (playwright.config.ts, project metadata). */
export function serverKind(): ServerKind {
  return (test.info().project.metadata as { server?: ServerKind }).server ?? 'preview';
}

export interface KioskOptions {
  /** Open and wake the kiosk before the test (off for tests that must install a clock first). */
  autoOpen: boolean;
}

export interface KioskFixtures {
  /** Declares a console error or failed URL the test provokes on purpose. */
  expectProblem: (pattern: RegExp) => void;
  /** The kiosk, opened and ready. */
  kiosk: KioskPage;
}

/**
 * How far ahead of the page's time `pauseClock` stops the clock. Round trips to the page took up
 * to 13 s on the loaded machine; on the attract screen a 30 s jump only moves the drift along.
 */
const CLOCK_PAUSE_LEAD_MILLISECONDS = 30_000;

export class KioskPage {
  constructor(readonly page: Page) {}

  /** Opens the kiosk and, unless told to stay at the invitation, wakes it with a touch as a visitor would. */
  async open(path = '/', options: { stayInAttract?: boolean } = {}): Promise<void> {
    await this.page.goto(path);
    // The kiosk is a chunk loaded by the entry module: wait for it to publish window.kiosk.
    await this.page.waitForFunction(() => window.kiosk !== undefined);
    await this.page.evaluate(() => window.kiosk!.ready);
    if (options.stayInAttract) return;
    await this.wake();
  }

  /** A steady 3 s press at a point (the hidden staff and docent corners), timed by the page's clock. */
  async longPressAt(x: number, y: number): Promise<void> {
    const client = await this.page.context().newCDPSession(this.page);
    await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await this.page.clock.fastForward(3100);
    await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await client.detach();
  }

  /**
   * Stops the page's fake clock (installed with `page.clock.install()`) until `page.clock.resume()`.
   * While staff press the corner and type a PIN over the attract screen nothing needs time to
   * pass but what the test fast-forwards (the 3 s press, the wrong-PIN wait), yet the attract
   * drift would redraw the whole screen every frame, in software on two shared cores, and slow
   * every tap on the pad to seconds. Paused, no frame and no timer runs until the test moves time.
   */
  async pauseClock(): Promise<void> {
    // pauseAt takes a time, not "now", and refuses one the clock has passed: aim a little ahead
    // of the page's time, further than any round trip to the page takes on a busy machine.
    const pageTime = await this.page.evaluate(() => Date.now());
    await this.page.clock.pauseAt(pageTime + CLOCK_PAUSE_LEAD_MILLISECONDS);
  }

  /** Types a PIN on the PIN pad titled `padName` and confirms it. */
  async typePin(padName: string, pin: string): Promise<void> {
    const pad = this.page.getByRole('dialog', { name: padName });
    for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).tap();
    await pad.getByRole('button', { name: '确定' }).tap();
    // The pad says when it has its answer: the next attempt waits for it, as a person would.
    await expect(this.page.locator('.pin-pad')).not.toHaveAttribute('aria-busy', 'true');
  }

  /** A touch on the invitation starts a visit. */
  async wake(): Promise<void> {
    await expect(this.page.locator('.attract')).toBeVisible();
    await this.page.touchscreen.tap(960, 400);
    await this.waitForState((state) => state.mode === 'explore', 'the visit to start');
  }

  state(): Promise<KioskState> {
    return this.page.evaluate(() => window.kiosk!.state());
  }

  async screenPointOf(id: string): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate((target) => window.kiosk!.screenPointOf(target), id);
  }

  /**
   * The point once it has stopped moving (a sheet sliding in, a camera flight), for a tap. Two
   * equal readings are not enough on a loaded machine: both may come before a sheet's slide has
   * begun. So no finite CSS transition or animation may be running either.
   */
  async settledScreenPointOf(id: string): Promise<{ x: number; y: number }> {
    let previous: { x: number; y: number } | null = null;
    let current: { x: number; y: number } | null = null;
    await expect
      .poll(async () => {
        previous = current;
        const reading = await this.page.evaluate((target) => ({
          point: window.kiosk!.screenPointOf(target),
          sliding: document.getAnimations().some((animation) => animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity),
          width: window.innerWidth,
          height: window.innerHeight,
        }), id);
        current = reading.point;
        // A sheet not yet slid in reports its buttons beyond the screen's edge: not there yet.
        const onScreen = current !== null && current.x >= 0 && current.y >= 0 && current.x <= reading.width && current.y <= reading.height;
        return !reading.sliding && onScreen && previous !== null && current!.x === previous.x && current!.y === previous.y;
      }, { message: `waiting for ${id} to be on screen and still` })
      .toBe(true);
    return current!;
  }

  /** Taps a card or panel button with a real touch at the centre the kiosk reports. */
  async tapItem(id: string): Promise<void> {
    const point = await this.settledScreenPointOf(id);
    await this.page.touchscreen.tap(point.x, point.y);
  }

  /**
   * Polls the kiosk's state until the predicate holds. `timeout` is for waits on the browser's own
   * work rather than the kiosk's, such as a service worker downloading the whole corridor, which
   * on a busy two-core machine can take longer than a tap's response.
   */
  async waitForState(predicate: (state: KioskState) => boolean, description: string, options: { timeout?: number } = {}): Promise<KioskState> {
    let last: KioskState | null = null;
    await expect
      .poll(async () => {
        try {
          last = await this.state();
        } catch {
          // The page is reloading (a new version taking over): ask again once it is back.
          return false;
        }
        return predicate(last);
      }, { message: `waiting for ${description}`, ...(options.timeout ? { timeout: options.timeout } : {}) })
      .toBe(true);
    return last!;
  }
}

export const test = base.extend<KioskOptions & KioskFixtures & { problemGuard: void }>({
  autoOpen: [true, { option: true }],
  problemGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      // The kiosk runs under a strict CSP: any violation is a defect, even one the browser survives.
      await page.exposeFunction('reportPolicyViolationForTest', (text: string) => problems.push(`CSP violation: ${text}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          void (window as unknown as { reportPolicyViolationForTest(text: string): Promise<void> })
            .reportPolicyViolationForTest(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      const expected: RegExp[] = [];
      (page as Page & { expectedProblems?: RegExp[] }).expectedProblems = expected;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await use();
      const unexpected = problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)));
      expect(unexpected, 'console errors, page errors or failed requests').toEqual([]);
    },
    { auto: true },
  ],
  expectProblem: async ({ page }, use) => {
    await use((pattern) => {
      (page as Page & { expectedProblems?: RegExp[] }).expectedProblems?.push(pattern);
    });
  },
  kiosk: async ({ page, autoOpen }, use) => {
    const kiosk = new KioskPage(page);
    if (autoOpen) await kiosk.open();
    await use(kiosk);
  },
});

export { expect };
