/**
 * A kiosk page never zooms, never shows a long-press menu, never selects text or drags an image
 * away. `touch-action` in the stylesheet stops touch zoom and scrolling; these cover the rest:
 * the context menu, drags, selection, Safari's gesture events, Ctrl+wheel and Ctrl +/-/0.
 */
const ZOOM_KEYS = ['+', '-', '=', '0'];

export function hardenPage(page: Pick<EventTarget, 'addEventListener'>): void {
  for (const type of ['contextmenu', 'dragstart', 'selectstart', 'gesturestart']) {
    page.addEventListener(type, (event) => event.preventDefault(), { capture: true });
  }
  page.addEventListener('wheel', (event) => {
    if ((event as WheelEvent).ctrlKey) event.preventDefault();
  }, { passive: false, capture: true });
  page.addEventListener('keydown', (event) => {
    const { ctrlKey, metaKey, key } = event as KeyboardEvent;
    if ((ctrlKey || metaKey) && ZOOM_KEYS.includes(key)) event.preventDefault();
  }, { capture: true });
}
