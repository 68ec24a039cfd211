/**
 * The invitation shown while nobody uses the kiosk, in both languages at once (the visitor has not
 * chosen yet), over the slowly drifting timeline. The first touch anywhere starts a visit; that
 * touch only wakes the kiosk and never lands on what lies beneath.
 */
import { INTERFACE_TEXT } from '../i18n/interfaceText.ts';
import { createElement } from './dom.ts';

export class AttractView {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();

  constructor(languages: readonly string[], onWake: () => void) {
    const lines = languages.map((language) => {
      const table = (INTERFACE_TEXT as Record<string, { attractInvitation: string } | undefined>)[language];
      return createElement('p', { className: 'attract__invitation', text: table?.attractInvitation ?? '', attributes: { lang: language } });
    });
    this.element = createElement('div', { className: 'attract', attributes: { role: 'button', tabindex: '0', 'data-visible': 'false' } }, [
      createElement('div', { className: 'attract__panel' }, lines),
    ]);
    this.element.setAttribute('aria-label', lines.map((line) => line.textContent).join(' / '));
    const wake = (event: Event): void => {
      event.preventDefault();
      event.stopPropagation();
      onWake();
    };
    this.element.addEventListener('pointerdown', wake, { signal: this.listeners.signal });
    this.element.addEventListener('keydown', wake, { signal: this.listeners.signal });
  }

  setVisible(visible: boolean): void {
    this.element.dataset.visible = String(visible);
    this.element.hidden = !visible;
  }

  dispose(): void {
    this.listeners.abort();
    this.element.remove();
  }
}
