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
  /** Live audio resources: Howl instances and audio elements (they must not grow over a day). */
  /** Narration recordings loaded, keypad prompt sprites kept decoded (at most 3), and <audio> elements. */
  audioResources(): { readonly howls: number; readonly promptSprites: number; readonly audioElements: number };
  /** Recent problems kept for staff (a recording that failed, captions that would not load). */
  staffLog(): readonly { readonly time: string; readonly source: string; readonly message: string }[];
  /** What the GPU holds and did in the last frame: staff diagnostics and resource tests read it. */
  renderStats(): RenderStats;
  /** Every event card drawn and visible now, as the timeline's last placement drew it. */
  itemsOnScreen(): readonly ScreenItem[];
  /** The two track names on screen, in the visitor's language. */
  trackLabelsOnScreen(): readonly TrackLabelOnScreen[];
  /** True once the timeline has stopped moving and its resting view is drawn (tests wait on it). */
  viewAtRest(): boolean;
  /** Hooks for tests and benchmarks, present only with `?debug=1`. */
  readonly debug: KioskDebugHooks | null;
}

export interface ScreenRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ScreenItem {
  readonly id: string;
  readonly track: string;
  /** CSS pixels of the viewport. */
  readonly rect: ScreenRect;
  readonly titleCssPx: number;
  readonly dateCssPx: number;
  /** The title's lines as drawn. */
  readonly titleLines: readonly string[];
}

export interface TrackLabelOnScreen {
  readonly track: string;
  readonly text: string;
  readonly rect: ScreenRect;
}

export interface RenderStats {
  readonly drawCalls: number;
  readonly triangles: number;
  readonly geometries: number;
  readonly textures: number;
  readonly programs: number;
  readonly framesRendered: number;
  /** Of those, the frames drawn multisampled: the ones the view rested on (not a drag's or a flight's). */
  readonly multisampledFrames: number;
  /** The years at the screen's left and right edges, or null without a timeline. */
  readonly visibleYears: { readonly from: number; readonly to: number } | null;
  readonly zoom: number | null;
}

export interface KioskDebugHooks {
  /** Disposes the timeline scene, if any, and builds it again from scratch. */
  rebuildTimeline(): Promise<void>;
  /** Disposes the timeline scene and draws nothing. */
  leaveTimeline(): void;
  /**
   * Opens an event or a panel through the same action a tap on its card or button takes, so a
   * stress test can cycle hundreds of times without a round trip from the test per tap.
   */
  openItem(id: string): void;
  /** What the open sheet's Back button does. */
  back(): void;
  /** Calls `listener` with a copy of the state after every change; returns the unsubscribe. */
  onStateChanged(listener: (state: KioskState) => void): () => void;
}

declare global {
  interface Window {
    kiosk?: KioskAutomation;
  }
}

export function publishAutomation(automation: KioskAutomation): void {
  Object.defineProperty(window, 'kiosk', { value: Object.freeze(automation), configurable: false, writable: false });
}
