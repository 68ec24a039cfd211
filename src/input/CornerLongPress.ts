/**
 * The hidden way in for staff and docents: a long press on an invisible square in a top corner
 * (left: diagnostics, right: guided tours). A visitor's tap there does nothing; only a steady
 * press of LONG_PRESS_SECONDS opens the PIN pad.
 */
import { createElement } from '../ui/dom.ts';

const LONG_PRESS_SECONDS = 3;

export class CornerLongPress {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(corner: 'top-left' | 'top-right', onLongPress: () => void) {
    this.element = createElement('div', { className: `staff-corner staff-corner--${corner}`, attributes: { 'aria-hidden': 'true' } });
    const signal = this.listeners.signal;
    this.element.addEventListener('pointerdown', (event) => {
      event.preventDefault();
      this.cancel();
      this.timer = setTimeout(() => {
        this.timer = null;
        onLongPress();
      }, LONG_PRESS_SECONDS * 1000);
    }, { signal });
    for (const type of ['pointerup', 'pointercancel', 'pointerleave'] as const) {
      this.element.addEventListener(type, () => this.cancel(), { signal });
    }
  }

  dispose(): void {
    this.cancel();
    this.listeners.abort();
    this.element.remove();
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
