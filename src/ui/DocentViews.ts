/**
 * What a docent sees and touches in guided mode: the tour chooser after the PIN, the docent bar
 * (large previous/next, the stop list, narration play/pause and mute, captions, talking points,
 * language, end), the talking-points drawer, the small "guided tour" badge for the group and the
 * blank screen of a presenter's B key.
 */
import type { KioskState } from '../app/KioskState.ts';
import type { ContentBundle, Tour } from '../contentModel/contentTypes.ts';
import { itemTitle } from '../contentModel/contentLookup.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { createButton, createElement } from './dom.ts';

export interface DocentActions {
  previous(): void;
  next(): void;
  goTo(stopIndex: number): void;
  toggleNarration(): void;
  setMuted(muted: boolean): void;
  setCaptionsShown(shown: boolean): void;
  setTalkingPointsShown(shown: boolean): void;
  switchLanguage(): void;
  /** End pressed: the bar asks first; `end` ends the tour, `cancelEnd` goes on with it. */
  askToEnd(): void;
  cancelEnd(): void;
  end(): void;
}

export class TourChooserView {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();
  private renderListeners = new AbortController();
  private readonly title: HTMLElement;
  private readonly list: HTMLElement;
  private readonly cancel: HTMLButtonElement;

  constructor(private readonly tours: readonly Tour[], private readonly onChoose: (tourId: string) => void) {
    this.title = createElement('h2', { className: 'tour-chooser__title', attributes: { id: 'tour-chooser-title' } });
    this.list = createElement('div', { className: 'tour-chooser__list' });
    this.cancel = createButton('', 'tour-chooser__cancel', () => this.close(), this.listeners.signal);
    this.element = createElement('div', {
      className: 'tour-chooser',
      attributes: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'tour-chooser-title', hidden: '' },
    }, [createElement('div', { className: 'tour-chooser__panel' }, [this.title, this.list, this.cancel])]);
  }

  open(language: string): void {
    this.renderListeners.abort();
    this.renderListeners = new AbortController();
    this.title.textContent = interfaceText(language, 'tourChooserTitle');
    this.cancel.textContent = interfaceText(language, 'close');
    this.list.replaceChildren(...this.tours.map((tour) => {
      const button = createButton('', 'tour-chooser__tour', () => {
        this.close();
        this.onChoose(tour.id);
      }, this.renderListeners.signal);
      button.dataset.tourId = tour.id;
      button.append(
        createElement('span', { className: 'tour-chooser__tour-title', text: tour.title[language] ?? tour.id }),
        createElement('span', { className: 'tour-chooser__tour-stops', text: interfaceText(language, 'tourStops').replace('{count}', String(tour.stops.length)) }),
      );
      return button;
    }));
    this.element.hidden = false;
  }

  close(): void {
    this.element.hidden = true;
  }

  dispose(): void {
    this.renderListeners.abort();
    this.listeners.abort();
    this.element.remove();
  }
}

export class DocentBarView {
  readonly element: HTMLElement;
  readonly badge: HTMLElement;
  readonly drawer: HTMLElement;
  readonly blank: HTMLElement;
  private readonly listeners = new AbortController();
  private stopListListeners = new AbortController();
  private readonly title: HTMLElement;
  private readonly position: HTMLElement;
  private readonly previousButton: HTMLButtonElement;
  private readonly nextButton: HTMLButtonElement;
  private readonly stopsButton: HTMLButtonElement;
  private readonly playButton: HTMLButtonElement;
  private readonly muteButton: HTMLButtonElement;
  private readonly captionsButton: HTMLButtonElement;
  private readonly pointsButton: HTMLButtonElement;
  private readonly languageButton: HTMLButtonElement;
  private readonly endButton: HTMLButtonElement;
  /** "End the tour?" with its two answers, over the bar. */
  readonly confirmEnd: HTMLElement;
  private readonly confirmQuestion: HTMLElement;
  private readonly confirmYes: HTMLButtonElement;
  private readonly confirmNo: HTMLButtonElement;
  private readonly stopList: HTMLElement;
  private readonly drawerText: HTMLElement;
  private state: KioskState | null = null;

  constructor(private readonly content: ContentBundle, private readonly actions: DocentActions, private readonly nextLanguage: (language: string) => string) {
    const signal = this.listeners.signal;
    this.title = createElement('span', { className: 'docent-bar__title' });
    this.position = createElement('span', { className: 'docent-bar__position' });
    this.previousButton = createButton('', 'docent-bar__step', () => actions.previous(), signal);
    // On the last stop, the next button ends the tour (asking first): the tour says it is complete.
    this.nextButton = createButton('', 'docent-bar__step docent-bar__step--next', () => (this.isAtLastStop() ? actions.askToEnd() : actions.next()), signal);
    this.stopsButton = createButton('', 'docent-bar__button', () => this.toggleStopList(), signal);
    this.playButton = createButton('', 'docent-bar__button', () => actions.toggleNarration(), signal);
    this.muteButton = createButton('', 'docent-bar__button', () => actions.setMuted(!(this.state?.guided?.muted ?? false)), signal);
    this.captionsButton = createButton('', 'docent-bar__button', () => actions.setCaptionsShown(!(this.state?.guided?.captionsShown ?? true)), signal);
    this.pointsButton = createButton('', 'docent-bar__button', () => actions.setTalkingPointsShown(!(this.state?.guided?.talkingPointsShown ?? true)), signal);
    this.languageButton = createButton('', 'docent-bar__button', () => actions.switchLanguage(), signal);
    this.endButton = createButton('', 'docent-bar__button docent-bar__button--end', () => actions.askToEnd(), signal);
    this.confirmQuestion = createElement('p', { className: 'docent-confirm__question', attributes: { id: 'docent-confirm-question' } });
    this.confirmYes = createButton('', 'docent-confirm__button docent-confirm__button--end', () => actions.end(), signal);
    this.confirmNo = createButton('', 'docent-confirm__button', () => actions.cancelEnd(), signal);
    this.confirmEnd = createElement('div', {
      className: 'docent-confirm',
      attributes: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'docent-confirm-question', hidden: '' },
    }, [this.confirmQuestion, createElement('div', { className: 'docent-confirm__answers' }, [this.confirmNo, this.confirmYes])]);
    this.stopList = createElement('ol', { className: 'docent-stops', attributes: { hidden: '' } });
    this.element = createElement('nav', { className: 'docent-bar', attributes: { hidden: '' } }, [
      this.previousButton,
      createElement('div', { className: 'docent-bar__middle' }, [
        createElement('div', { className: 'docent-bar__heading' }, [this.title, this.position]),
        // End stands first, at the far side from 下一站, so a hurried tap on Next never lands on it.
        createElement('div', { className: 'docent-bar__controls' }, [
          this.endButton, this.stopsButton, this.playButton, this.muteButton, this.captionsButton, this.pointsButton, this.languageButton,
        ]),
      ]),
      this.nextButton,
      this.stopList,
    ]);
    this.badge = createElement('p', { className: 'guided-badge', attributes: { hidden: '' } });
    this.drawerText = createElement('p', { className: 'talking-points__text' });
    this.drawer = createElement('aside', { className: 'talking-points', attributes: { hidden: '' } }, [this.drawerText]);
    this.blank = createElement('div', { className: 'presenter-blank', attributes: { hidden: '', 'aria-hidden': 'true' } });
  }

  render(state: KioskState): void {
    this.state = state;
    const guided = state.guided;
    const tour = guided ? this.content.tours.find((candidate) => candidate.id === guided.tourId) : undefined;
    const visible = guided !== null && tour !== undefined;
    // A paired tablet drives the tour and holds the talking points: the group sees only the exhibit.
    const tabletPaired = state.pairing.docent !== null;
    this.element.hidden = !visible || tabletPaired;
    this.badge.hidden = !visible;
    this.blank.hidden = !(guided?.blanked ?? false);
    this.confirmEnd.hidden = !(visible && guided?.confirmingEnd) || tabletPaired;
    if (!visible || !guided || !tour) {
      this.drawer.hidden = true;
      this.stopList.hidden = true;
      return;
    }
    const language = state.language;
    const text = (key: Parameters<typeof interfaceText>[1]): string => interfaceText(language, key);
    this.element.setAttribute('aria-label', text('docentBarLabel'));
    this.title.textContent = tour.title[language] ?? tour.id;
    const last = guided.stopIndex >= guided.stopCount - 1;
    this.position.textContent = last ? `${guided.stopIndex + 1} / ${guided.stopCount} · ${text('lastStop')}` : `${guided.stopIndex + 1} / ${guided.stopCount}`;
    this.previousButton.textContent = `◀ ${text('previousStop')}`;
    this.nextButton.textContent = last ? `${text('tourComplete')} ✓` : `${text('nextStop')} ▶`;
    this.nextButton.classList.toggle('docent-bar__step--done', last);
    this.previousButton.disabled = guided.stopIndex === 0;
    this.confirmQuestion.textContent = text('endTourQuestion');
    this.confirmYes.textContent = text('endTour');
    this.confirmNo.textContent = text('continueTour');
    this.stopsButton.textContent = text('stopList');
    this.playButton.textContent = text(state.narration?.playing ? 'pause' : 'play');
    this.playButton.disabled = state.narration === null || state.narration.status === 'unavailable';
    this.muteButton.textContent = text(guided.muted ? 'unmute' : 'mute');
    this.muteButton.setAttribute('aria-pressed', String(guided.muted));
    this.captionsButton.textContent = text('captionsLabel');
    this.captionsButton.setAttribute('aria-pressed', String(guided.captionsShown));
    this.pointsButton.textContent = text('talkingPoints');
    this.pointsButton.setAttribute('aria-pressed', String(guided.talkingPointsShown));
    this.languageButton.textContent = interfaceText(this.nextLanguage(language), 'languageName');
    this.languageButton.setAttribute('lang', this.nextLanguage(language));
    this.endButton.textContent = text('endTour');
    this.badge.textContent = text('guidedBadge');
    const stop = tour.stops[guided.stopIndex];
    const points = stop?.talkingPoints?.[language] ?? '';
    this.drawerText.textContent = points;
    this.drawer.hidden = !guided.talkingPointsShown || points === '' || tabletPaired;
    if (!this.stopList.hidden) this.renderStopList();
  }

  dispose(): void {
    this.stopListListeners.abort();
    this.listeners.abort();
    for (const element of [this.element, this.badge, this.drawer, this.blank, this.confirmEnd]) element.remove();
  }

  private isAtLastStop(): boolean {
    const guided = this.state?.guided;
    return guided !== null && guided !== undefined && guided.stopIndex >= guided.stopCount - 1;
  }

  private toggleStopList(): void {
    this.stopList.hidden = !this.stopList.hidden;
    if (!this.stopList.hidden) this.renderStopList();
  }

  private renderStopList(): void {
    const state = this.state;
    const guided = state?.guided;
    const tour = guided ? this.content.tours.find((candidate) => candidate.id === guided.tourId) : undefined;
    if (!state || !guided || !tour) return;
    this.stopListListeners.abort();
    this.stopListListeners = new AbortController();
    this.stopList.replaceChildren(...tour.stops.map((stop, index) => {
      const button = createButton(`${index + 1}. ${itemTitle(this.content, stop.target, state.language)}`, 'docent-stops__stop', () => {
        this.stopList.hidden = true;
        this.actions.goTo(index);
      }, this.stopListListeners.signal);
      if (index === guided.stopIndex) button.setAttribute('aria-current', 'step');
      return createElement('li', {}, [button]);
    }));
  }
}
