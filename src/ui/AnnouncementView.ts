/**
 * The keypad's prompt as a caption: what the kiosk is saying, in large type above the bottom bar,
 * for a visitor who hears badly, or a companion following along. It is the words of the audio,
 * so it is hidden from assistive technology (the audio already speaks them).
 */
import type { AnnouncementState } from '../app/KioskState.ts';
import { createElement } from './dom.ts';

export class AnnouncementView {
  readonly element: HTMLElement;
  private readonly text: HTMLElement;
  private shown: AnnouncementState | null = null;
  private shownAtTop = false;

  constructor() {
    this.text = createElement('p', { className: 'announcement__text' });
    this.element = createElement('div', { className: 'announcement', attributes: { 'aria-hidden': 'true', 'data-visible': 'false' } }, [this.text]);
  }

  /** `atTop` when the keypad's focus is in the lower half, so the caption never covers what it describes. */
  render(announcement: AnnouncementState | null, atTop: boolean): void {
    if (announcement === this.shown && atTop === this.shownAtTop) return;
    this.shown = announcement;
    this.shownAtTop = atTop;
    this.element.dataset.place = atTop ? 'top' : 'bottom';
    this.element.dataset.visible = String(announcement !== null);
    this.element.dataset.playing = String(announcement?.playing ?? false);
    if (!announcement) return;
    this.text.lang = announcement.language;
    this.text.textContent = announcement.text;
  }
}
