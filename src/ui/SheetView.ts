/**
 * The sheet that slides over the dimmed timeline: an event's detail, a panel group's set, or a
 * panel. What it shows is derived from the state alone (focused, openGroup, language, narration),
 * so a language switch redraws the same place in the other language.
 *
 * One sentence appears once on screen. The sheet has three views:
 * - reading (nothing plays): the summary as the lead, the body without the lead's sentences;
 * - listening (a narration plays or is paused mid-way): the caption band above the controls shows
 *   the sentence being spoken, and the reading text keeps only the sentences the narration does
 *   not speak;
 * - transcript (the visitor asked for the full narration, or the recording cannot play): the
 *   narration's lines take the reading text's place, the line being spoken marked, and the band
 *   steps aside.
 * The heading, the pictures, the paired events and the sources stay in every view. The caption
 * band sits in the sheet's own column, so it pushes the text up rather than covering it.
 */
import { currentStop } from '../app/kioskActions.ts';
import type { KioskState, NarrationState } from '../app/KioskState.ts';
import { findEvent, findPanel } from '../contentModel/contentLookup.ts';
import type { ContentBundle, LanguageCode, Panel, PanelGroup, TimelineEvent } from '../contentModel/contentTypes.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { createButton, createElement, onPress } from './dom.ts';
import { NarrationPlayerView, type NarrationPlayback } from './NarrationPlayerView.ts';
import { setPhrasedText } from './phrasedText.ts';
import { eventEyebrow, eventPairs, eventReading, figure, groupSet, panelHeading, panelReading, sources } from './sheetParts.ts';

export interface SheetActions {
  close(): void;
  focusEvent(eventId: string): void;
  openPanel(panelId: string): void;
}

type SheetViewMode = 'reading' | 'listening' | 'transcript';

/** A narration counts as playing from its start until it ends or is stopped, pauses included. */
function isListening(narration: NarrationState | null): boolean {
  return narration !== null && (narration.status === 'playing' || (narration.status === 'paused' && narration.positionSeconds > 0));
}

export class SheetView {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();
  private renderListeners = new AbortController();
  private readonly sheet: HTMLElement;
  private readonly body: HTMLElement;
  private readonly content: HTMLElement;
  private readonly moreCue: HTMLButtonElement;
  private readonly pairsSlot: HTMLElement;
  private readonly closeButton: HTMLButtonElement;
  private readonly captionSlot: HTMLElement;
  private readonly controlsSlot: HTMLElement;
  private player: NarrationPlayerView | null = null;
  private shownKey = '';
  private transcriptOpen = false;
  private lastNarration: NarrationState | null = null;

  constructor(
    private readonly bundle: ContentBundle,
    private readonly narration: NarrationPlayback,
    private readonly actions: SheetActions,
  ) {
    const signal = this.listeners.signal;
    const scrim = createElement('div', { className: 'sheet-scrim', attributes: { 'aria-hidden': 'true' } });
    onPress(scrim, () => actions.close(), signal);
    this.content = createElement('div', { className: 'sheet__content' });
    // Focusable, so a keyboard can scroll the text when it runs longer than the sheet (reach mode, larger text).
    this.body = createElement('div', { className: 'sheet__body', attributes: { tabindex: '0' } }, [this.content]);
    this.moreCue = createButton('', 'sheet__more', () => this.body.scrollBy({ top: this.body.clientHeight * 0.8, behavior: 'smooth' }), signal);
    this.moreCue.hidden = true;
    this.pairsSlot = createElement('div', { className: 'sheet__pairs-slot' });
    this.closeButton = createButton('', 'sheet__close', () => actions.close(), signal);
    this.captionSlot = createElement('div', { className: 'sheet__captions' });
    this.controlsSlot = createElement('div', { className: 'sheet__narration' });
    this.sheet = createElement('section', { className: 'sheet', attributes: { role: 'dialog', 'aria-modal': 'false' } }, [
      this.body,
      this.moreCue,
      this.pairsSlot,
      this.captionSlot,
      createElement('div', { className: 'sheet__actions' }, [this.controlsSlot, this.closeButton]),
    ]);
    this.element = createElement('div', { className: 'sheet-layer', attributes: { 'data-open': 'false' } }, [scrim, this.sheet]);
    this.body.addEventListener('scroll', () => this.updateMoreCue(), { signal, passive: true });
    const resizes = new ResizeObserver(() => this.updateMoreCue());
    resizes.observe(this.body);
    resizes.observe(this.content);
    signal.addEventListener('abort', () => resizes.disconnect());
  }

  render(state: KioskState): void {
    const { language } = state;
    const event = state.focused ? findEvent(this.bundle, state.focused) : undefined;
    const panel = state.focused ? findPanel(this.bundle, state.focused) : undefined;
    const group = state.openGroup ? this.bundle.panelGroups.find((candidate) => candidate.id === state.openGroup) : undefined;
    const key = `${language}|${event?.id ?? panel?.id ?? ''}|${group?.id ?? ''}`;
    const open = event !== undefined || panel !== undefined || group !== undefined;
    this.element.dataset.open = String(open);
    // A closed sheet only slides away; inert takes it out of reach of screen readers and keys too.
    this.element.inert = !open;
    this.closeButton.textContent = interfaceText(language, 'close');
    // During a tour, Back leads back to the stop; on the stop itself there is nowhere to go back to.
    this.closeButton.hidden = state.guided !== null && state.focused === currentStop(state, this.bundle.tours)?.target;
    this.sheet.setAttribute('aria-label', interfaceText(language, 'sheetLabel'));
    this.body.setAttribute('aria-label', interfaceText(language, 'sheetLabel'));
    if (key !== this.shownKey) this.rebuild(key, language, event, panel, group);
    const narrationId = (event ?? panel)?.id;
    this.lastNarration = state.narration && state.narration.id === narrationId ? state.narration : null;
    this.applyNarration();
  }

  /** What the keypad's up and down move through, in reading order: the panels or pairs, play, Back. */
  keypadControls(): HTMLElement[] {
    if (this.element.dataset.open !== 'true') return [];
    const controls = this.sheet.querySelectorAll<HTMLElement>('[data-panel-id], [data-event-id], .narration__play, .sheet__close');
    return [...controls].filter((control) => !control.hidden && control.getClientRects().length > 0);
  }

  /** How much of the screen's width the open sheet covers (all of it on a narrow portrait screen). */
  coveredWidthCssPixels(): number {
    const width = this.sheet.offsetWidth;
    return width >= window.innerWidth * 0.9 ? 0 : width;
  }

  dispose(): void {
    this.player?.dispose();
    this.renderListeners.abort();
    this.listeners.abort();
    this.element.remove();
  }

  private rebuild(key: string, language: LanguageCode, event: TimelineEvent | undefined, panel: Panel | undefined, group: PanelGroup | undefined): void {
    this.shownKey = key;
    this.transcriptOpen = false;
    this.renderListeners.abort();
    this.renderListeners = new AbortController();
    this.player?.dispose();
    this.player = null;
    const narration = (event ?? panel)?.narration ?? null;
    if (narration) this.player = new NarrationPlayerView(this.narration, language, () => this.toggleTranscript());
    const transcript = this.player ? [this.player.transcript] : [];
    const signal = this.renderListeners.signal;
    let pairs: HTMLElement | null = null;
    if (event) {
      pairs = eventPairs(this.bundle, event, language, (id) => this.actions.focusEvent(id), signal);
      this.content.replaceChildren(
        createElement('header', { className: 'sheet__heading' }, [eventEyebrow(this.bundle, event, language), this.title(event.title[language] ?? '', language)]),
        ...(event.image ? [figure(event.image, language)] : []),
        ...this.readingParts(eventReading(event, language)),
        ...transcript,
        sources(event.sources, language),
      );
    } else if (panel) {
      this.content.replaceChildren(
        createElement('div', { className: 'sheet__panel-aside' }, [...panelHeading(this.bundle, panel, language), ...panel.images.map((image) => figure(image, language))]),
        createElement('div', { className: 'sheet__panel-main' }, [
          ...this.readingParts(panelReading(panel, language)),
          ...transcript,
          sources(panel.sources, language),
        ]),
      );
    } else if (group) {
      this.content.replaceChildren(...groupSet(group, language, (id) => this.actions.openPanel(id), signal));
    } else {
      this.content.replaceChildren();
    }
    this.pairsSlot.replaceChildren(...(pairs ? [pairs] : []));
    this.pairsSlot.hidden = pairs === null;
    this.controlsSlot.replaceChildren(...(this.player ? [this.player.controls] : []));
    this.captionSlot.replaceChildren(...(this.player ? [this.player.captionBand] : []));
    this.sheet.dataset.kind = event ? 'event' : panel ? 'panel' : group ? 'group' : 'none';
    this.sheet.dataset.group = panel?.groupId ?? group?.id ?? '';
    this.sheet.setAttribute('lang', language);
    setPhrasedText(this.moreCue, interfaceText(language, 'moreBelow'), language);
    // An emptied sheet scrolls back by itself; setting the position forces a whole page layout,
    // which at start would come before anything is on screen.
    if (event || panel || group) this.body.scrollTop = 0;
  }

  /** The reading text for each view; the listening one ends with the way to the full narration. */
  private readingParts(text: { readonly reading: HTMLElement[]; readonly listening: HTMLElement[] }): HTMLElement[] {
    return [
      createElement('div', { className: 'sheet__reading', attributes: { 'data-for-view': 'reading' } }, text.reading),
      createElement('div', { className: 'sheet__reading', attributes: { 'data-for-view': 'listening' } }, [
        ...text.listening,
        ...(this.player ? [this.player.openTranscriptButton] : []),
      ]),
    ];
  }

  private title(text: string, language: LanguageCode): HTMLElement {
    const title = createElement('h2', { className: 'sheet__title' });
    setPhrasedText(title, text, language);
    return title;
  }

  private toggleTranscript(): void {
    this.transcriptOpen = !this.transcriptOpen;
    this.applyNarration();
    this.body.scrollTop = 0;
  }

  private applyNarration(): void {
    const narration = this.lastNarration;
    const listening = isListening(narration);
    const unavailable = narration?.status === 'unavailable';
    if (!listening) this.transcriptOpen = false;
    const view: SheetViewMode = unavailable || (listening && this.transcriptOpen) ? 'transcript' : listening ? 'listening' : 'reading';
    this.sheet.dataset.view = view;
    this.player?.render(narration, { captionShown: view === 'listening', transcriptOpen: view === 'transcript' });
    this.updateMoreCue();
  }

  /** The cue shows while part of the sheet's text lies below the visible area. */
  private updateMoreCue(): void {
    // A closed sheet has no cue to show: reading its scroll height would force a layout for nothing.
    const show = this.element.dataset.open === 'true' && this.body.scrollHeight - this.body.scrollTop - this.body.clientHeight > 8;
    if (this.moreCue.hidden === show) this.moreCue.hidden = !show;
  }
}
