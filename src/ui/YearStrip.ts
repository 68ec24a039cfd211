/**
 * A strip of years along the lower edge, above the bottom bar: every decade and every year with
 * an event. A tap flies the timeline there; the year at the centre of the screen is marked.
 */
import type { ContentBundle } from '../contentModel/contentTypes.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { createButton, createElement } from './dom.ts';

export class YearStrip {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();
  private readonly buttons: { readonly year: number; readonly button: HTMLButtonElement }[];
  private markedYear: number | null = null;

  constructor(content: ContentBundle, onChoose: (year: number) => void) {
    const eventYears = content.events.map((event) => event.date.year);
    const first = Math.floor(Math.min(...eventYears) / 10) * 10;
    const last = Math.max(...eventYears);
    const years = new Set(eventYears);
    for (let decade = first; decade <= last; decade += 10) years.add(decade);
    this.buttons = [...years].sort((a, b) => a - b).map((year) => ({
      year,
      button: createButton(String(year), year % 10 === 0 ? 'year-strip__year year-strip__year--decade' : 'year-strip__year', () => onChoose(year), this.listeners.signal),
    }));
    this.element = createElement('nav', { className: 'year-strip' }, this.buttons.map(({ button }) => button));
  }

  setLanguage(language: string): void {
    this.element.setAttribute('aria-label', interfaceText(language, 'yearStripLabel'));
  }

  /** Marks the listed year nearest at or before the centre year. */
  markYear(centreYear: number): void {
    const marked = [...this.buttons].reverse().find(({ year }) => year <= centreYear)?.year ?? this.buttons[0]?.year ?? null;
    if (marked === this.markedYear) return;
    this.markedYear = marked;
    for (const { year, button } of this.buttons) {
      if (year === marked) {
        button.setAttribute('aria-current', 'true');
        button.scrollIntoView({ block: 'nearest', inline: 'center' });
      } else {
        button.removeAttribute('aria-current');
      }
    }
  }

  dispose(): void {
    this.listeners.abort();
    this.element.remove();
  }
}
