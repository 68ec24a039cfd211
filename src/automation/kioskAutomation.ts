/**
 * `window.kiosk`: the interface tests, benchmarks and the staff diagnostics use to read the
 * kiosk. It is present in every build and exposes nothing secret: the state a visitor can see,
 * where things are on screen, and a promise for the first frame.
 */
import type { KioskState } from '../app/KioskState.ts';

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

export interface KioskAutomation {
  /** Resolves when the first frame with content is on screen. */
  readonly ready: Promise<void>;
  /** A copy of the state, safe to serialise. */
  state(): KioskState;
  /** The CSS-pixel centre of an event's card or a panel's button, or null when off screen. */
  screenPointOf(id: string): ScreenPoint | null;
}

declare global {
  interface Window {
    kiosk?: KioskAutomation;
  }
}

export function publishAutomation(automation: KioskAutomation): void {
  Object.defineProperty(window, 'kiosk', { value: Object.freeze(automation), configurable: false, writable: false });
}
