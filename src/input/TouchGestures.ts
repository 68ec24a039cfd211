/**
 * Turns pointer events on one element into taps and horizontal drags. Only the first finger
 * down steers; every other finger is ignored until it lifts, so a second child's hand never
 * breaks the gesture in progress.
 */
import { Emitter } from '../app/Emitter.ts';

/** Movement below this is still a tap (a finger wobbles a few pixels while pressing). */
const TAP_SLOP_CSS_PIXELS = 12;
const TAP_MAX_MILLISECONDS = 700;

export interface TouchGestureEvents {
  dragged: { readonly deltaXCssPixels: number; readonly deltaYCssPixels: number };
  dragEnded: Record<string, never>;
  tapped: { readonly xCssPixels: number; readonly yCssPixels: number };
}

export class TouchGestures {
  readonly events = new Emitter<TouchGestureEvents>();
  private readonly listeners = new AbortController();
  private activePointer: number | null = null;
  private startX = 0;
  private startY = 0;
  private lastX = 0;
  private lastY = 0;
  private startTime = 0;
  private dragging = false;

  constructor(private readonly element: HTMLElement) {
    const options = { signal: this.listeners.signal };
    element.addEventListener('pointerdown', (event) => this.onDown(event), options);
    element.addEventListener('pointermove', (event) => this.onMove(event), options);
    element.addEventListener('pointerup', (event) => this.onUp(event), options);
    element.addEventListener('pointercancel', (event) => this.onCancel(event), options);
  }

  dispose(): void {
    this.listeners.abort();
    this.events.dispose();
  }

  private onDown(event: PointerEvent): void {
    if (this.activePointer !== null || event.button > 0) return;
    this.activePointer = event.pointerId;
    this.startX = this.lastX = event.clientX;
    this.startY = this.lastY = event.clientY;
    this.startTime = event.timeStamp;
    this.dragging = false;
    this.element.setPointerCapture?.(event.pointerId);
  }

  private onMove(event: PointerEvent): void {
    if (event.pointerId !== this.activePointer) return;
    if (!this.dragging && Math.hypot(event.clientX - this.startX, event.clientY - this.startY) > TAP_SLOP_CSS_PIXELS) {
      this.dragging = true;
    }
    if (this.dragging) {
      this.events.emit('dragged', { deltaXCssPixels: event.clientX - this.lastX, deltaYCssPixels: event.clientY - this.lastY });
    }
    this.lastX = event.clientX;
    this.lastY = event.clientY;
  }

  private onUp(event: PointerEvent): void {
    if (event.pointerId !== this.activePointer) return;
    this.activePointer = null;
    if (this.dragging) {
      this.events.emit('dragEnded', {});
    } else if (event.timeStamp - this.startTime <= TAP_MAX_MILLISECONDS) {
      const bounds = this.element.getBoundingClientRect();
      this.events.emit('tapped', { xCssPixels: event.clientX - bounds.left, yCssPixels: event.clientY - bounds.top });
    }
    this.dragging = false;
  }

  private onCancel(event: PointerEvent): void {
    if (event.pointerId !== this.activePointer) return;
    this.activePointer = null;
    if (this.dragging) this.events.emit('dragEnded', {});
    this.dragging = false;
  }
}
