/**
 * Every timeline event as a real button: the way in for screen readers, keyboards and switch
 * users, and for a screen without WebGL. Hidden from sight until it receives keyboard focus.
 */
import type { ContentBundle } from '../contentModel/contentTypes.ts';
import type { KioskState } from '../app/KioskState.ts';
import { eventDateText } from '../contentModel/contentDate.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { createButton, createElement } from './dom.ts';

export class EventList {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();
  private readonly buttons: { readonly eventId: string; readonly button: HTMLButtonElement }[];
  private readonly list: HTMLUListElement;

  constructor(private readonly content: ContentBundle, onChoose: (eventId: string) => void) {
    this.buttons = content.events.map((event) => {
      const button = createButton('', 'event-list__button', () => onChoose(event.id), this.listeners.signal);
      // Set once here, not in render(): the id is there before the first render runs.
      button.dataset.eventId = event.id;
      return { eventId: event.id, button };
    });
    this.list = createElement('ul', { className: 'event-list__items' },
      this.buttons.map(({ button }) => createElement('li', {}, [button])));
    this.element = createElement('nav', { className: 'event-list' }, [this.list]);
  }

  /** Shows the list on screen (when the 3D timeline cannot be drawn). */
  setVisible(visible: boolean): void {
    this.element.classList.toggle('event-list--visible', visible);
  }

  render(state: KioskState): void {
    this.element.setAttribute('aria-label', interfaceText(state.language, 'eventListLabel'));
    for (const { eventId, button } of this.buttons) {
      const event = this.content.events.find((candidate) => candidate.id === eventId);
      if (!event) continue;
      button.textContent = event.title[state.language] ?? eventId;
      button.title = eventDateText(event, state.language);
      button.setAttribute('aria-current', String(state.focused === eventId));
    }
  }

  dispose(): void {
    this.listeners.abort();
    this.element.remove();
  }
}
