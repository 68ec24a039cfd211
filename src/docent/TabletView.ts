/**
 * The docent's tablet screens, drawn from the session's snapshot: sign in, the kiosks online,
 * the pairing code, then the remote itself (tour, previous / next, the stop list, narration,
 * mute, blank, the kiosk's language, end with a confirmation) with the stop's talking points,
 * which only the tablet shows. Large targets: a docent uses it walking, one-handed.
 */
import type { ContentBundle, LanguageCode } from '../contentModel/contentTypes.ts';
import { itemTitle } from '../contentModel/contentLookup.ts';
import type { DocentCommand } from '../gallery/galleryTopics.ts';
import { galleryText, type GalleryTextKey } from '../i18n/galleryText.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { createButton, createElement } from '../ui/dom.ts';
import type { TabletSnapshot } from './TabletSession.ts';

export interface TabletActions {
  signIn(account: string, password: string): void;
  signOut(): void;
  askToPair(kiosk: string): void;
  submitCode(code: string): void;
  cancelPairing(): void;
  send(command: DocentCommand): boolean;
  unpair(): void;
  switchTabletLanguage(): void;
}

const ENDED_REASONS: Record<string, GalleryTextKey> = { unpaired: 'endedUnpaired', tabletGone: 'endedTabletGone', silence: 'endedSilence' };

export class TabletView {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();
  private dynamic = new AbortController();
  private readonly header: HTMLElement;
  private readonly connectionLine: HTMLElement;
  private readonly signInForm: HTMLFormElement;
  private readonly accountInput: HTMLInputElement;
  private readonly passwordInput: HTMLInputElement;
  private readonly signInMessage: HTMLElement;
  private readonly codeInput: HTMLInputElement;
  private readonly main: HTMLElement;
  private readonly pairSection: HTMLElement;
  private confirmingEnd = false;
  private stopListOpen = false;
  private language = 'zh-Hans';
  private snapshot: TabletSnapshot | null = null;
  private signInError: string | null = null;

  constructor(private readonly content: ContentBundle, private readonly actions: TabletActions) {
    const signal = this.listeners.signal;
    this.header = createElement('header', { className: 'tablet__header' });
    this.connectionLine = createElement('p', { className: 'tablet__connection', attributes: { role: 'status', 'aria-live': 'polite' } });
    const field = (name: string, type: string): HTMLInputElement => createElement('input', { className: 'tablet__input', attributes: { name, type, autocomplete: type === 'password' ? 'current-password' : 'username', required: '' } });
    this.accountInput = field('account', 'text');
    this.passwordInput = field('password', 'password');
    this.signInMessage = createElement('p', { className: 'tablet__message', attributes: { role: 'alert' } });
    this.signInForm = createElement('form', { className: 'tablet__card tablet__sign-in' });
    this.signInForm.addEventListener('submit', (event) => {
      event.preventDefault();
      this.signInError = null;
      actions.signIn(this.accountInput.value.trim(), this.passwordInput.value);
    }, { signal });
    this.codeInput = createElement('input', { className: 'tablet__input tablet__code', attributes: { name: 'code', inputmode: 'numeric', pattern: '[0-9]{4}', maxlength: '4', autocomplete: 'off' } });
    this.pairSection = createElement('form', { className: 'tablet__card tablet__pair' });
    this.pairSection.addEventListener('submit', (event) => {
      event.preventDefault();
      actions.submitCode(this.codeInput.value.trim());
    }, { signal });
    this.main = createElement('main', { className: 'tablet__main' });
    this.element = createElement('div', { className: 'tablet' }, [this.header, this.connectionLine, this.main]);
  }

  setSignInError(message: string | null): void {
    this.signInError = message;
  }

  render(snapshot: TabletSnapshot | null, language: string): void {
    this.snapshot = snapshot;
    this.language = language;
    this.dynamic.abort();
    this.dynamic = new AbortController();
    const text = (key: GalleryTextKey, values?: Record<string, string | number>): string => galleryText(language, key, values);
    const signal = this.dynamic.signal;
    document.documentElement.lang = language;
    this.header.replaceChildren(
      createElement('h1', { className: 'tablet__title', text: text('tabletTitle') }),
      createButton(text('switchLanguage'), 'tablet__small-button', () => this.actions.switchTabletLanguage(), signal),
      ...(snapshot ? [createButton(text('signOut'), 'tablet__small-button', () => this.actions.signOut(), signal)] : []),
    );
    this.connectionLine.textContent = snapshot ? this.connectionText(snapshot) : '';
    this.connectionLine.dataset.state = snapshot?.connection.state ?? 'none';
    if (!snapshot) {
      this.renderSignIn();
      return;
    }
    if (snapshot.pairedKiosk) this.renderRemote(snapshot, snapshot.pairedKiosk);
    else if (snapshot.pendingKiosk) this.renderPairing(snapshot, snapshot.pendingKiosk);
    else this.renderKiosks(snapshot);
  }

  dispose(): void {
    this.dynamic.abort();
    this.listeners.abort();
    this.element.remove();
  }

  private text(key: GalleryTextKey, values?: Record<string, string | number>): string {
    return galleryText(this.language, key, values);
  }

  private connectionText(snapshot: TabletSnapshot): string {
    const { state, retryInSeconds } = snapshot.connection;
    if (state === 'connected') return '';
    if (state === 'lost' || state === 'refused') return this.text('connectionLost', { seconds: retryInSeconds ?? 0 });
    return this.text('connecting');
  }

  private renderSignIn(): void {
    this.signInForm.replaceChildren(
      createElement('h2', { text: this.text('signInTitle') }),
      createElement('label', { className: 'tablet__field' }, [createElement('span', { text: this.text('account') }), this.accountInput]),
      createElement('label', { className: 'tablet__field' }, [createElement('span', { text: this.text('password') }), this.passwordInput]),
      createElement('button', { className: 'tablet__button tablet__button--primary', text: this.text('signIn'), attributes: { type: 'submit' } }),
      this.signInMessage,
    );
    this.signInMessage.textContent = this.signInError ?? '';
    this.main.replaceChildren(this.signInForm);
  }

  private renderKiosks(snapshot: TabletSnapshot): void {
    const signal = this.dynamic.signal;
    const kiosks = [...snapshot.kiosks.values()].sort((a, b) => a.kiosk.localeCompare(b.kiosk));
    const rows = kiosks.map((kiosk) => {
      const status = kiosk.online ? (kiosk) : null;
      const busyWith = status?.pairedDocent && status.pairedDocent !== snapshot.account ? status.pairedDocent : null;
      const note = !status ? this.text('kioskOffline') : busyWith ? this.text('kioskBusy', { docent: busyWith }) : '';
      const button = createButton(this.text('pair'), 'tablet__button', () => this.actions.askToPair(kiosk.kiosk), signal);
      button.disabled = !status || busyWith !== null || snapshot.connection.state !== 'connected';
      button.setAttribute('aria-label', `${this.text('pair')} ${kiosk.kiosk}`);
      return createElement('li', { className: 'tablet__kiosk', attributes: { 'data-kiosk': kiosk.kiosk } }, [
        createElement('span', { className: 'tablet__kiosk-name', text: kiosk.kiosk }),
        createElement('span', { className: 'tablet__kiosk-place', text: status?.place ?? '' }),
        createElement('span', { className: 'tablet__kiosk-note', text: note }),
        button,
      ]);
    });
    const ended = snapshot.endedBecause ? this.text('pairingEnded', { reason: this.text(ENDED_REASONS[snapshot.endedBecause] ?? 'endedUnpaired') }) : '';
    this.main.replaceChildren(createElement('section', { className: 'tablet__card' }, [
      createElement('h2', { text: this.text('chooseKiosk') }),
      ...(ended ? [createElement('p', { className: 'tablet__message', text: ended, attributes: { role: 'status' } })] : []),
      rows.length > 0 ? createElement('ul', { className: 'tablet__kiosks' }, rows) : createElement('p', { text: this.text('noKiosks') }),
    ]));
  }

  private renderPairing(snapshot: TabletSnapshot, kiosk: string): void {
    const outcome = snapshot.lastResult?.kiosk === kiosk ? snapshot.lastResult.outcome : null;
    const message = outcome === 'wrongCode' ? this.text('pairWrong') : outcome === 'kioskBusy' ? this.text('pairBusy') : outcome === 'kioskUnknown' ? this.text('pairUnknown') : '';
    if (outcome === 'wrongCode') this.codeInput.value = '';
    this.codeInput.setAttribute('aria-label', `${this.text('pairCode')} code`);
    this.pairSection.replaceChildren(
      createElement('h2', { text: this.text('pairTitle', { kiosk }) }),
      createElement('p', { text: this.text('pairHint') }),
      this.codeInput,
      createElement('div', { className: 'tablet__row' }, [
        createElement('button', { className: 'tablet__button tablet__button--primary', text: this.text('pairConfirm'), attributes: { type: 'submit' } }),
        createButton(this.text('cancel'), 'tablet__button', () => this.actions.cancelPairing(), this.dynamic.signal),
      ]),
      createElement('p', { className: 'tablet__message', text: message, attributes: { role: 'alert' } }),
    );
    this.main.replaceChildren(this.pairSection);
    if (document.activeElement !== this.codeInput) this.codeInput.focus();
  }

  private renderRemote(snapshot: TabletSnapshot, kiosk: string): void {
    const signal = this.dynamic.signal;
    const status = snapshot.kiosks.get(kiosk);
    const place = status?.online ? (status).place : '';
    const tourReport = snapshot.tour;
    const tour = tourReport?.tourId ? this.content.tours.find((candidate) => candidate.id === tourReport.tourId) : undefined;
    const kioskLanguage: LanguageCode = tourReport?.language ?? this.content.settings.defaultLanguage;
    const send = (command: DocentCommand) => (): void => { this.actions.send(command); };
    const top = createElement('div', { className: 'tablet__row tablet__paired' }, [
      createElement('p', { className: 'tablet__paired-name', text: this.text('pairedWith', { kiosk, place: place || '–' }) }),
      createButton(this.text('unpair'), 'tablet__small-button', () => this.actions.unpair(), signal),
    ]);
    const languages = createElement('div', { className: 'tablet__row', attributes: { role: 'group', 'aria-label': this.text('kioskLanguage') } }, [
      createElement('span', { className: 'tablet__row-label', text: this.text('kioskLanguage') }),
      ...this.content.settings.languages.map((language) => {
        const button = createButton(interfaceText(language, 'languageName'), 'tablet__small-button', send({ type: 'setLanguage', language }), signal);
        button.setAttribute('aria-pressed', String(language === kioskLanguage));
        button.setAttribute('lang', language);
        return button;
      }),
    ]);
    if (!tour || !tourReport) {
      this.confirmingEnd = false;
      this.main.replaceChildren(createElement('section', { className: 'tablet__card' }, [
        top,
        createElement('h2', { text: this.text('chooseTour') }),
        createElement('ul', { className: 'tablet__tours' }, this.content.tours.map((candidate) => createElement('li', {}, [
          createButton(`${candidate.title[this.language === 'en' ? 'en' : 'zh-Hans'] ?? candidate.id} · ${this.text('stops', { count: candidate.stops.length })}`, 'tablet__button tablet__tour', send({ type: 'startTour', tourId: candidate.id }), signal),
        ]))),
        languages,
      ]));
      return;
    }
    const stop = tour.stops[tourReport.stopIndex];
    const last = tourReport.stopIndex >= tourReport.stopCount - 1;
    const points = stop?.talkingPoints?.[kioskLanguage] ?? stop?.talkingPoints?.['zh-Hans'] ?? '';
    const stopTitle = stop ? itemTitle(this.content, stop.target, kioskLanguage) : '';
    const previous = createButton(this.text('previous'), 'tablet__button tablet__step', send({ type: 'previousStop' }), signal);
    previous.disabled = tourReport.stopIndex === 0;
    const next = createButton(this.text('next'), 'tablet__button tablet__button--primary tablet__step', send({ type: 'nextStop' }), signal);
    next.disabled = last;
    const toggle = (label: GalleryTextKey, pressed: boolean, command: DocentCommand): HTMLButtonElement => {
      const button = createButton(this.text(label), 'tablet__button', send(command), signal);
      button.setAttribute('aria-pressed', String(pressed));
      return button;
    };
    const confirm = this.confirmingEnd
      ? createElement('div', { className: 'tablet__confirm', attributes: { role: 'alertdialog', 'aria-label': this.text('endQuestion') } }, [
          createElement('p', { text: this.text('endQuestion') }),
          createButton(this.text('endConfirm'), 'tablet__button tablet__button--danger', () => {
            this.confirmingEnd = false;
            this.actions.send({ type: 'endTour' });
          }, signal),
          createButton(this.text('keepGoing'), 'tablet__button', () => { this.confirmingEnd = false; this.rerender(); }, signal),
        ])
      : null;
    const stopList = this.stopListOpen
      ? createElement('ol', { className: 'tablet__stops' }, tour.stops.map((candidate, index) => {
          const button = createButton(`${index + 1}. ${itemTitle(this.content, candidate.target, kioskLanguage)}`, 'tablet__stop', () => {
            this.stopListOpen = false;
            this.actions.send({ type: 'goToStop', stopIndex: index });
          }, signal);
          if (index === tourReport.stopIndex) button.setAttribute('aria-current', 'step');
          return createElement('li', {}, [button]);
        }))
      : null;
    this.main.replaceChildren(createElement('section', { className: 'tablet__card tablet__remote' }, [
      top,
      createElement('h2', { className: 'tablet__tour-title', text: tour.title[kioskLanguage] ?? tour.id }),
      createElement('p', { className: 'tablet__position', attributes: { 'data-position': '' }, text: `${this.text('stopOf', { index: tourReport.stopIndex + 1, count: tourReport.stopCount })}${last ? ` · ${this.text('lastStop')}` : ''} · ${stopTitle}` }),
      createElement('div', { className: 'tablet__row tablet__steps' }, [previous, next]),
      createElement('aside', { className: 'tablet__points', attributes: { 'aria-label': this.text('talkingPoints'), lang: kioskLanguage } }, [
        createElement('h3', { text: this.text('talkingPoints') }),
        createElement('p', { text: points || this.text('noTalkingPoints') }),
      ]),
      createElement('div', { className: 'tablet__row' }, [
        createButton(this.text(tourReport.narrationPlaying ? 'pause' : 'play'), 'tablet__button', send({ type: 'toggleNarration' }), signal),
        toggle(tourReport.muted ? 'unmute' : 'mute', tourReport.muted, { type: 'setMuted', muted: !tourReport.muted }),
        toggle(tourReport.blanked ? 'unblank' : 'blank', tourReport.blanked, { type: 'toggleBlank' }),
        createButton(this.text('stopList'), 'tablet__button', () => { this.stopListOpen = !this.stopListOpen; this.rerender(); }, signal),
        createButton(this.text('endTour'), 'tablet__button tablet__button--danger', () => { this.confirmingEnd = true; this.rerender(); }, signal),
      ]),
      ...(confirm ? [confirm] : []),
      ...(stopList ? [stopList] : []),
      languages,
    ]));
  }

  private rerender(): void {
    this.render(this.snapshot, this.language);
  }
}
