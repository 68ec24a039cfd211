/**
 * The gallery network as the kiosk's screen shows it: the pairing code a docent types on the
 * tablet (large, for a moment, in a corner that covers no card's title), and a small badge while
 * a tablet is paired, so the group and the next docent know who is driving.
 */
import type { KioskState } from '../app/KioskState.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { createElement } from './dom.ts';

export class PairingView {
  readonly codeCard: HTMLElement;
  readonly badge: HTMLElement;
  private readonly codeTitle: HTMLElement;
  private readonly codeDigits: HTMLElement;
  private readonly codeHint: HTMLElement;

  constructor() {
    this.codeTitle = createElement('p', { className: 'pairing-code__title' });
    this.codeDigits = createElement('p', { className: 'pairing-code__digits', attributes: { 'data-pairing-code': '' } });
    this.codeHint = createElement('p', { className: 'pairing-code__hint' });
    this.codeCard = createElement('div', { className: 'pairing-code', attributes: { role: 'status', hidden: '' } }, [this.codeTitle, this.codeDigits, this.codeHint]);
    this.badge = createElement('p', { className: 'tablet-badge', attributes: { hidden: '' } });
  }

  render(state: KioskState): void {
    const { code, docent } = state.pairing;
    const text = (key: 'pairingCodeTitle' | 'pairingCodeHint' | 'tabletPaired'): string => interfaceText(state.language, key);
    this.codeCard.hidden = code === null || state.mode === 'diagnostics';
    this.codeCard.setAttribute('lang', state.language);
    this.codeTitle.textContent = text('pairingCodeTitle');
    // Spaced digits read one by one, from a metre and by a screen reader.
    this.codeDigits.textContent = code?.split('').join(' ') ?? '';
    this.codeHint.textContent = text('pairingCodeHint');
    this.badge.hidden = docent === null || state.mode === 'diagnostics';
    this.badge.textContent = docent === null ? '' : `${text('tabletPaired')} · ${docent}`;
  }

  dispose(): void {
    this.codeCard.remove();
    this.badge.remove();
  }
}
