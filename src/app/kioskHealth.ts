/**
 * Self-healing for a kiosk that runs for weeks with nobody watching: an error nobody caught is
 * logged for staff and the kiosk starts afresh at the invitation rather than freezing half-way
 * through a visit; a render loop that stops ticking (a hung driver, a wedged tab) reloads the
 * page; and, if staff ask for it, a fresh start once a day while nobody is using the kiosk.
 */
import type { StaffLog } from './StaffLog.ts';

/** A render loop silent this long is wedged. */
export const WATCHDOG_SECONDS = 15;
const WATCHDOG_CHECK_MILLISECONDS = 5000;
const DAILY_RELOAD_CHECK_MILLISECONDS = 60_000;

export interface KioskHealthOptions {
  readonly staffLog: Pick<StaffLog, 'record'>;
  /** Where uncaught errors and unhandled rejections are reported (the window). */
  readonly errors: Pick<EventTarget, 'addEventListener'>;
  /** Frames the render loop has ticked so far, or null when there is no render loop. */
  readonly renderTickCount: () => number | null;
  /** A hidden page is not drawn, and so not wedged. */
  readonly isPageVisible: () => boolean;
  readonly isIdle: () => boolean;
  /** Local hour (0-23) of the daily reload, or null: never. */
  readonly dailyReloadHour: number | null;
  readonly reload: () => void;
  readonly resetToAttract: () => void;
}

/** Starts the error handlers, the watchdog and the daily reload; the returned function stops them. */
export function startKioskHealth(options: KioskHealthOptions): () => void {
  const { staffLog, errors, renderTickCount, isPageVisible, isIdle, dailyReloadHour, reload, resetToAttract } = options;
  const listeners = new AbortController();
  const recover = (message: string): void => {
    staffLog.record('error', message);
    resetToAttract();
  };
  errors.addEventListener('error', (event) => {
    const { message, filename, lineno } = event as ErrorEvent;
    recover(`${message} (${filename}:${lineno})`);
  }, { signal: listeners.signal });
  errors.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = (event as PromiseRejectionEvent).reason;
    recover(`unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`);
  }, { signal: listeners.signal });

  let lastTickSeen = -1;
  let lastTickChange = Date.now();
  const watchdog = setInterval(() => {
    const ticks = renderTickCount();
    if (ticks === null || !isPageVisible()) return;
    if (ticks !== lastTickSeen) {
      lastTickSeen = ticks;
      lastTickChange = Date.now();
    } else if (ticks > 0 && Date.now() - lastTickChange > WATCHDOG_SECONDS * 1000) {
      staffLog.record('watchdog', `the render loop has not run for ${WATCHDOG_SECONDS} s; reloading`);
      reload();
    }
  }, WATCHDOG_CHECK_MILLISECONDS);

  const startedOn = new Date().toDateString();
  const dailyReload = setInterval(() => {
    const now = new Date();
    if (dailyReloadHour !== null && isIdle() && now.getHours() === dailyReloadHour && now.toDateString() !== startedOn) reload();
  }, DAILY_RELOAD_CHECK_MILLISECONDS);

  return () => {
    listeners.abort();
    clearInterval(watchdog);
    clearInterval(dailyReload);
  };
}
