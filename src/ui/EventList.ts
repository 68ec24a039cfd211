/**
 * Every timeline event as a real button: the way in for screen readers, keyboards and switch
 * users, and for a screen without WebGL. Hidden from sight until it receives keyboard focus.
 */
import type { ContentBundle, LanguageCode, TimelineEvent } from '../contentModel/contentTypes.ts';
import type { KioskState } from '../app/KioskState.ts';
import { eventDateText } from '../contentModel/contentDate.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { createButton, createElement } from './dom.ts';

export class EventList {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();
  private readonly buttons: { readonly event: TimelineEvent; readonly button: HTMLButtonElement }[];
  private readonly buttonOf: ReadonlyMap<string, HTMLButtonElement>;
  private readonly list: HTMLUListElement;
  private shownLanguage: LanguageCode | null = null;
  private shownFocus: string | null = null;

  constructor(content: ContentBundle, onChoose: (eventId: string) => void) {
    this.buttons = content.events.map((event) => {
      const button = createButton('', 'event-list__button', () => onChoose(event.id), this.listeners.signal);
      // Set once here, not in render(): the id is there before the first render runs.
      button.dataset.eventId = event.id;
      button.setAttribute('aria-current', 'false');
      return { event, button };
    });
    this.buttonOf = new Map(this.buttons.map(({ event, button }) => [event.id, button]));
    this.list = createElement('ul', { className: 'event-list__items' },
      this.buttons.map(({ button }) => createElement('li', {}, [button])));
    this.element = createElement('nav', { className: 'event-list' }, [this.list]);
  }

  /** Shows the list on screen (when the 3D timeline cannot be drawn). */
  setVisible(visible: boolean): void {
    this.element.classList.toggle('event-list--visible', visible);
  }

  /**
   * Writes only what changed: the texts when the language changes, aria-current on the two
   * buttons the focus left and reached. Rewriting a thousand buttons' text on every tap made the
   * browser lay the whole list out again before the sheet could open.
   */
  render(state: KioskState): void {
    if (state.language !== this.shownLanguage) {
      this.shownLanguage = state.language;
      this.element.setAttribute('aria-label', interfaceText(state.language, 'eventListLabel'));
      for (const { event, button } of this.buttons) {
        button.textContent = event.title[state.language] ?? event.id;
        button.title = eventDateText(event, state.language);
      }
    }
    if (state.focused === this.shownFocus) return;
    this.buttonOf.get(this.shownFocus ?? '')?.setAttribute('aria-current', 'false');
    this.buttonOf.get(state.focused ?? '')?.setAttribute('aria-current', 'true');
    this.shownFocus = state.focused;
  }

  dispose(): void {
    this.listeners.abort();
    this.element.remove();
  }
}
