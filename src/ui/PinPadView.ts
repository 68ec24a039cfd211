/**
 * A large PIN pad for staff and docents: digits as 72 px keys in the lower part of the screen,
 * dots instead of digits on screen, and a clear message when a PIN is wrong or must wait.
 */
import type { PinResult } from '../app/StaffAccess.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { createButton, createElement } from './dom.ts';

const PIN_MAX_DIGITS = 8;

export interface PinPadRequest {
  readonly title: string;
  readonly language: string;
  readonly submit: (pin: string) => Promise<PinResult>;
  readonly onAccepted: () => void;
}

export class PinPadView {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();
  private readonly title: HTMLElement;
  private readonly dots: HTMLElement;
  private readonly message: HTMLElement;
  private readonly keys: HTMLButtonElement[] = [];
  private readonly okButton: HTMLButtonElement;
  private readonly cancelButton: HTMLButtonElement;
  private readonly clearButton: HTMLButtonElement;
  private digits = '';
  private request: PinPadRequest | null = null;
  private busy = false;

  constructor() {
    const signal = this.listeners.signal;
    this.title = createElement('h2', { className: 'pin-pad__title', attributes: { id: 'pin-pad-title' } });
    this.dots = createElement('p', { className: 'pin-pad__dots', attributes: { 'aria-live': 'polite' } });
    this.message = createElement('p', { className: 'pin-pad__message', attributes: { role: 'status' } });
    for (const digit of ['1', '2', '3', '4', '5', '6', '7', '8', '9']) {
      this.keys.push(createButton(digit, 'pin-pad__key', () => this.type(digit), signal));
    }
    this.clearButton = createButton('', 'pin-pad__key pin-pad__key--secondary', () => this.setDigits(''), signal);
    const zero = createButton('0', 'pin-pad__key', () => this.type('0'), signal);
    this.okButton = createButton('', 'pin-pad__key pin-pad__key--ok', () => void this.submit(), signal);
    this.cancelButton = createButton('', 'pin-pad__cancel', () => this.close(), signal);
    this.element = createElement('div', {
      className: 'pin-pad',
      attributes: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'pin-pad-title', hidden: '' },
    }, [
      createElement('div', { className: 'pin-pad__panel' }, [
        this.title,
        this.dots,
        this.message,
        createElement('div', { className: 'pin-pad__keys' }, [...this.keys, this.clearButton, zero, this.okButton]),
        this.cancelButton,
      ]),
    ]);
  }

  get isOpen(): boolean {
    return this.request !== null;
  }

  open(request: PinPadRequest): void {
    this.request = request;
    this.title.textContent = request.title;
    this.clearButton.textContent = interfaceText(request.language, 'pinClear');
    this.okButton.textContent = interfaceText(request.language, 'pinConfirm');
    this.cancelButton.textContent = interfaceText(request.language, 'close');
    this.message.textContent = '';
    this.setDigits('');
    this.element.hidden = false;
  }

  close(): void {
    this.request = null;
    this.setDigits('');
    this.element.hidden = true;
  }

  dispose(): void {
    this.listeners.abort();
    this.element.remove();
  }

  private type(digit: string): void {
    if (this.digits.length < PIN_MAX_DIGITS) this.setDigits(this.digits + digit);
  }

  private setDigits(digits: string): void {
    this.digits = digits;
    this.dots.textContent = '●'.repeat(digits.length) || '–';
    this.dots.setAttribute('aria-label', `${digits.length}`);
  }

  private async submit(): Promise<void> {
    const request = this.request;
    if (!request || this.busy || this.digits === '') return;
    this.busy = true;
    this.element.setAttribute('aria-busy', 'true');
    // The digits go with this attempt at once: a key pressed while it is checked starts the next
    // one, instead of being wiped when the answer comes.
    const digits = this.digits;
    this.setDigits('');
    const result = await request.submit(digits);
    this.busy = false;
    this.element.setAttribute('aria-busy', 'false');
    if (this.request !== request) return;
    if (result.ok) {
      this.close();
      request.onAccepted();
      return;
    }
    this.message.textContent = result.retryAfterSeconds > 0
      ? interfaceText(request.language, 'pinWait').replace('{seconds}', String(result.retryAfterSeconds))
      : interfaceText(request.language, 'pinWrong');
  }
}
