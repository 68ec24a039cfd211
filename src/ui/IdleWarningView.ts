/** "Still there?" with the seconds left, over everything; any touch dismisses it (the IdleMonitor listens). */
import { interfaceText } from '../i18n/interfaceText.ts';
import { createElement } from './dom.ts';

export class IdleWarningView {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly hint: HTMLElement;
  private readonly seconds: HTMLElement;

  constructor() {
    this.title = createElement('h2', { className: 'idle-warning__title', attributes: { id: 'idle-warning-title' } });
    this.seconds = createElement('p', { className: 'idle-warning__seconds', attributes: { 'aria-live': 'off' } });
    this.hint = createElement('p', { className: 'idle-warning__hint' });
    this.element = createElement('div', {
      className: 'idle-warning',
      attributes: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'idle-warning-title', hidden: '' },
    }, [createElement('div', { className: 'idle-warning__panel' }, [this.title, this.seconds, this.hint])]);
  }

  render(secondsLeft: number | null, language: string): void {
    this.element.hidden = secondsLeft === null;
    if (secondsLeft === null) return;
    this.title.textContent = interfaceText(language, 'idleQuestion');
    this.seconds.textContent = String(secondsLeft);
    this.hint.textContent = interfaceText(language, 'idleHint');
  }
}
