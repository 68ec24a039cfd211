/**
 * Decides when a visitor has walked away. After `warningAfterSeconds` without a touch it asks
 * "Still there?" and counts down `countdownSeconds` (at least 20 s, WCAG 2.2.1); any touch
 * dismisses it. A playing narration counts as attention, but only for `narrationHoldCapSeconds`
 * after the last touch, so a narration left looping cannot hold the kiosk forever.
 * Time comes from Date.now(), so tests move it with Playwright's clock instead of sleeping.
 */
export interface IdleTimings {
  readonly warningAfterSeconds: number;
  readonly countdownSeconds: number;
  readonly narrationHoldCapSeconds: number;
}

export interface IdleMonitorHooks {
  /** Whether a visit is under way (not attract, not a docent's tour). */
  isVisitInProgress(): boolean;
  isNarrationPlaying(): boolean;
  /** Seconds left on the "Still there?" countdown, or null when it is not showing. */
  onCountdown(secondsLeft: number | null): void;
  onIdleReset(): void;
}

/** How often the monitor looks at the clock; a countdown shows whole seconds. */
const TICK_MILLISECONDS = 250;

export class IdleMonitor {
  private lastInteraction = Date.now();
  private lastNarrationHeard = 0;
  private warningStartedAt: number | null = null;
  private shownSeconds: number | null = null;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly timings: IdleTimings, private readonly hooks: IdleMonitorHooks) {
    this.timer = setInterval(() => this.tick(), TICK_MILLISECONDS);
  }

  /** A touch, a key or a click: the visitor is here. */
  noteInteraction(): void {
    this.lastInteraction = Date.now();
    this.lastNarrationHeard = 0;
    if (this.warningStartedAt !== null) {
      this.warningStartedAt = null;
      this.show(null);
    }
  }

  get isWarning(): boolean {
    return this.warningStartedAt !== null;
  }

  dispose(): void {
    clearInterval(this.timer);
  }

  private tick(): void {
    const now = Date.now();
    if (!this.hooks.isVisitInProgress()) {
      this.lastInteraction = now;
      if (this.warningStartedAt !== null) {
        this.warningStartedAt = null;
        this.show(null);
      }
      return;
    }
    const holdEnds = this.lastInteraction + this.timings.narrationHoldCapSeconds * 1000;
    if (this.hooks.isNarrationPlaying()) this.lastNarrationHeard = Math.min(now, holdEnds);
    const lastActivity = Math.max(this.lastInteraction, this.lastNarrationHeard);
    const idleMilliseconds = now - lastActivity;
    if (this.warningStartedAt === null) {
      if (idleMilliseconds < this.timings.warningAfterSeconds * 1000) return;
      this.warningStartedAt = now;
    }
    const secondsLeft = Math.max(0, Math.ceil(this.timings.countdownSeconds - (now - this.warningStartedAt) / 1000));
    if (secondsLeft > 0) {
      this.show(secondsLeft);
      return;
    }
    this.warningStartedAt = null;
    this.lastInteraction = now;
    this.lastNarrationHeard = 0;
    this.show(null);
    this.hooks.onIdleReset();
  }

  private show(secondsLeft: number | null): void {
    if (secondsLeft === this.shownSeconds) return;
    this.shownSeconds = secondsLeft;
    this.hooks.onCountdown(secondsLeft);
  }
}
