/**
 * Turns pointer events on one element into taps, drags with a fling, and pinches. The first
 * finger down steers. A second finger counts only when it lands almost with the first (one
 * hand's pinch); any other finger, such as another child's, is ignored until it lifts, so it
 * never breaks the gesture in progress.
 */
import { Emitter } from '../app/Emitter.ts';

/** Movement below this is still a tap (a finger wobbles a few pixels while pressing). */
const TAP_SLOP_CSS_PIXELS = 12;
const TAP_MAX_MILLISECONDS = 700;
/** Two fingers of one hand land within this; a later finger is someone else's. */
const PINCH_START_WINDOW_MILLISECONDS = 250;
/** The fling speed is measured over the last moments of the drag only. */
const VELOCITY_WINDOW_MILLISECONDS = 100;

export interface TouchGestureEvents {
  /** `xCssPixels` is where the finger is now, relative to the element. */
  dragged: { readonly deltaXCssPixels: number; readonly deltaYCssPixels: number; readonly xCssPixels: number };
  dragEnded: { readonly velocityXCssPixelsPerSecond: number };
  pinched: { readonly scale: number; readonly centreXCssPixels: number };
  pinchEnded: Record<string, never>;
  tapped: { readonly xCssPixels: number; readonly yCssPixels: number };
  /** Any finger went down on the element: the scene stops moving under it. */
  touched: Record<string, never>;
}

interface TrackedPointer {
  readonly id: number;
  x: number;
  y: number;
}

export class TouchGestures {
  readonly events = new Emitter<TouchGestureEvents>();
  private readonly listeners = new AbortController();
  private primary: TrackedPointer | null = null;
  private secondary: TrackedPointer | null = null;
  private startX = 0;
  private startY = 0;
  private startTime = 0;
  private dragging = false;
  private pinching = false;
  private pinchDistance = 0;
  /** Every finger on the element now, steering or not. */
  private readonly fingersDown = new Set<number>();
  /** Many fingers landed at once (a hand slapped down): ignore everything until all lift. */
  private storm = false;
  private readonly recentMoves: { time: number; x: number }[] = [];

  constructor(private readonly element: HTMLElement) {
    const options = { signal: this.listeners.signal };
    element.addEventListener('pointerdown', (event) => this.onDown(event), options);
    element.addEventListener('pointermove', (event) => this.onMove(event), options);
    element.addEventListener('pointerup', (event) => this.onUp(event), options);
    element.addEventListener('pointercancel', (event) => this.onUp(event, true), options);
    // A long press must not open a menu over the exhibit.
    element.addEventListener('contextmenu', (event) => event.preventDefault(), options);
  }

  get isActive(): boolean {
    return this.primary !== null;
  }

  dispose(): void {
    this.listeners.abort();
    this.events.dispose();
  }

  private onDown(event: PointerEvent): void {
    if (event.button > 0) return;
    this.fingersDown.add(event.pointerId);
    if (this.storm) return;
    if (this.pinching && this.fingersDown.size > 2 && event.timeStamp - this.startTime <= PINCH_START_WINDOW_MILLISECONDS) {
      // A third finger with the first two is a palm, not a pinch: drop the gesture entirely.
      this.storm = true;
      this.primary = null;
      this.secondary = null;
      this.pinching = false;
      this.events.emit('pinchEnded', {});
      return;
    }
    if (this.primary === null) {
      this.primary = { id: event.pointerId, x: event.clientX, y: event.clientY };
      this.startX = event.clientX;
      this.startY = event.clientY;
      this.startTime = event.timeStamp;
      this.dragging = false;
      this.pinching = false;
      this.recentMoves.length = 0;
      this.recentMoves.push({ time: event.timeStamp, x: event.clientX });
      this.capture(event.pointerId);
      this.events.emit('touched', {});
      return;
    }
    const isOneHandsPinch = this.secondary === null && !this.dragging && event.timeStamp - this.startTime <= PINCH_START_WINDOW_MILLISECONDS;
    if (!isOneHandsPinch) return;
    this.secondary = { id: event.pointerId, x: event.clientX, y: event.clientY };
    this.pinching = true;
    this.pinchDistance = this.fingerDistance();
    this.capture(event.pointerId);
  }

  private onMove(event: PointerEvent): void {
    const pointer = event.pointerId === this.primary?.id ? this.primary : event.pointerId === this.secondary?.id ? this.secondary : null;
    if (!pointer) return;
    const deltaX = event.clientX - pointer.x;
    const deltaY = event.clientY - pointer.y;
    pointer.x = event.clientX;
    pointer.y = event.clientY;
    if (this.pinching) {
      const distance = this.fingerDistance();
      if (this.pinchDistance > 0 && distance > 0) {
        const bounds = this.element.getBoundingClientRect();
        const centre = ((this.primary?.x ?? 0) + (this.secondary?.x ?? 0)) / 2 - bounds.left;
        this.events.emit('pinched', { scale: distance / this.pinchDistance, centreXCssPixels: centre });
      }
      this.pinchDistance = distance;
      return;
    }
    if (pointer !== this.primary) return;
    if (!this.dragging && Math.hypot(event.clientX - this.startX, event.clientY - this.startY) > TAP_SLOP_CSS_PIXELS) {
      this.dragging = true;
    }
    this.recentMoves.push({ time: event.timeStamp, x: event.clientX });
    while (this.recentMoves.length > 2 && event.timeStamp - (this.recentMoves[0]?.time ?? 0) > VELOCITY_WINDOW_MILLISECONDS) this.recentMoves.shift();
    if (this.dragging) this.events.emit('dragged', { deltaXCssPixels: deltaX, deltaYCssPixels: deltaY, xCssPixels: event.clientX - this.element.getBoundingClientRect().left });
  }

  private onUp(event: PointerEvent, cancelled = false): void {
    this.fingersDown.delete(event.pointerId);
    if (this.storm) {
      if (this.fingersDown.size === 0) this.storm = false;
      return;
    }
    if (event.pointerId === this.secondary?.id) {
      this.secondary = null;
      return;
    }
    if (event.pointerId !== this.primary?.id) return;
    this.primary = null;
    if (this.pinching) {
      this.pinching = false;
      this.secondary = null;
      this.events.emit('pinchEnded', {});
      return;
    }
    if (this.dragging) {
      const first = this.recentMoves[0];
      const elapsed = first ? event.timeStamp - first.time : 0;
      const velocity = first && elapsed > 0 && !cancelled ? ((event.clientX - first.x) / elapsed) * 1000 : 0;
      this.events.emit('dragEnded', { velocityXCssPixelsPerSecond: velocity });
    } else if (!cancelled && event.timeStamp - this.startTime <= TAP_MAX_MILLISECONDS) {
      const bounds = this.element.getBoundingClientRect();
      this.events.emit('tapped', { xCssPixels: event.clientX - bounds.left, yCssPixels: event.clientY - bounds.top });
    }
    this.dragging = false;
  }

  private fingerDistance(): number {
    if (!this.primary || !this.secondary) return 0;
    return Math.hypot(this.primary.x - this.secondary.x, this.primary.y - this.secondary.y);
  }

  private capture(pointerId: number): void {
    try {
      this.element.setPointerCapture(pointerId);
    } catch {
      // The pointer already left (a very fast tap): nothing to capture, nothing lost.
    }
  }
}
