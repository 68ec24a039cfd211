/**
 * In reach mode the upper half of the screen holds nothing to touch: it names the corridor and
 * says where the controls went, so the empty half reads as chosen, not as broken.
 */
import type { KioskState } from '../app/KioskState.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { createElement } from './dom.ts';

export class ReachBanner {
  readonly element: HTMLElement;
  private readonly name: HTMLElement;
  private readonly hint: HTMLElement;
  /** The language last drawn: the words change only with it. */
  private language: string | null = null;

  constructor() {
    this.name = createElement('p', { className: 'reach-banner__name' });
    this.hint = createElement('p', { className: 'reach-banner__hint' });
    this.element = createElement('div', { className: 'reach-banner', attributes: { 'aria-hidden': 'true' } }, [this.name, this.hint]);
  }

  render(state: KioskState): void {
    if (state.language === this.language) return;
    this.language = state.language;
    this.name.textContent = `${interfaceText(state.language, 'appTitle')} · ${interfaceText(state.language, 'museumName')}`;
    this.hint.textContent = interfaceText(state.language, 'reachHint');
  }
}
