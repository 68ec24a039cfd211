/**
 * The sheet that slides over the dimmed timeline: an event's detail, a panel group's list, or a
 * panel. What it shows is derived from the state alone (focused, openGroup, language), so a
 * language switch redraws the same place in the other language.
 */
import type { KioskState } from '../app/KioskState.ts';
import type { NarrationService } from '../audio/NarrationService.ts';
import { eventDateText } from '../contentModel/contentDate.ts';
import { findEvent, findPanel } from '../contentModel/contentLookup.ts';
import type {
  ContentBundle,
  LanguageCode,
  MediaImage,
  Narration,
  Panel,
  PanelGroup,
  SourceReference,
  TimelineEvent,
} from '../contentModel/contentTypes.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { createButton, createElement, onPress, paragraphs } from './dom.ts';
import { NarrationPlayerView } from './NarrationPlayerView.ts';

export interface SheetActions {
  close(): void;
  focusEvent(eventId: string): void;
  openPanel(panelId: string): void;
}

export class SheetView {
  readonly element: HTMLElement;
  private readonly listeners = new AbortController();
  private renderListeners = new AbortController();
  private readonly sheet: HTMLElement;
  private readonly body: HTMLElement;
  private readonly closeButton: HTMLButtonElement;
  private readonly captionSlot: HTMLElement;
  private readonly controlsSlot: HTMLElement;
  private player: NarrationPlayerView | null = null;
  private shownKey = '';

  constructor(
    private readonly content: ContentBundle,
    private readonly narrationService: NarrationService,
    private readonly actions: SheetActions,
  ) {
    const signal = this.listeners.signal;
    const scrim = createElement('div', { className: 'sheet-scrim', attributes: { 'aria-hidden': 'true' } });
    onPress(scrim, () => actions.close(), signal);
    this.body = createElement('div', { className: 'sheet__body' });
    this.closeButton = createButton('', 'sheet__close', () => actions.close(), signal);
    this.captionSlot = createElement('div', { className: 'sheet__captions' });
    this.controlsSlot = createElement('div', { className: 'sheet__narration' });
    this.sheet = createElement('section', { className: 'sheet', attributes: { role: 'dialog', 'aria-modal': 'false' } }, [
      this.body,
      this.captionSlot,
      createElement('div', { className: 'sheet__actions' }, [this.controlsSlot, this.closeButton]),
    ]);
    this.element = createElement('div', { className: 'sheet-layer', attributes: { 'data-open': 'false' } }, [scrim, this.sheet]);
  }

  render(state: KioskState): void {
    const { language } = state;
    const event = state.focused ? findEvent(this.content, state.focused) : undefined;
    const panel = state.focused ? findPanel(this.content, state.focused) : undefined;
    const group = state.openGroup ? this.content.panelGroups.find((candidate) => candidate.id === state.openGroup) : undefined;
    const key = `${language}|${event?.id ?? panel?.id ?? ''}|${group?.id ?? ''}`;
    const open = event !== undefined || panel !== undefined || group !== undefined;
    this.element.dataset.open = String(open);
    // A closed sheet only slides away; inert takes it out of reach of screen readers and keys too.
    this.element.inert = !open;
    this.closeButton.textContent = interfaceText(language, 'close');
    this.sheet.setAttribute('aria-label', interfaceText(language, 'sheetLabel'));
    if (key !== this.shownKey) {
      this.shownKey = key;
      this.renderListeners.abort();
      this.renderListeners = new AbortController();
      this.player?.dispose();
      this.player = null;
      const narration = (event ?? panel)?.narration ?? null;
      if (narration) this.player = new NarrationPlayerView(this.narrationService, language);
      if (event) this.body.replaceChildren(...this.eventDetail(event, language));
      else if (panel) this.body.replaceChildren(...this.panelDetail(panel, language));
      else if (group) this.body.replaceChildren(...this.groupList(group, language));
      else this.body.replaceChildren();
      this.controlsSlot.replaceChildren(...(this.player ? [this.player.controls] : []));
      this.captionSlot.replaceChildren(...(this.player ? [this.player.captionBand] : []));
      this.sheet.dataset.kind = event ? 'event' : panel ? 'panel' : group ? 'group' : 'none';
      this.sheet.setAttribute('lang', language);
      this.body.scrollTop = 0;
    }
    const narrationId = (event ?? panel)?.id;
    this.player?.render(state.narration && state.narration.id === narrationId ? state.narration : null);
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

  private eventDetail(event: TimelineEvent, language: LanguageCode): HTMLElement[] {
    const track = this.content.tracks.find((candidate) => candidate.id === event.trackId);
    const parts: HTMLElement[] = [
      createElement('p', { className: 'sheet__eyebrow', text: `${track?.title[language] ?? ''} · ${eventDateText(event, language)}` }),
      createElement('h2', { className: 'sheet__title', text: event.title[language] ?? '' }),
      createElement('p', { className: 'sheet__lead', text: event.summary[language] ?? '' }),
    ];
    if (event.image) parts.push(this.figure(event.image, language));
    if (event.body) parts.push(...paragraphs(event.body[language] ?? '', 'sheet__paragraph'));
    parts.push(...this.transcriptPart(event.narration));
    if (event.links.length > 0) {
      const buttons = event.links.flatMap((linkedId) => {
        const linked = this.content.events.find((candidate) => candidate.id === linkedId);
        if (!linked) return [];
        const button = createButton('', 'sheet__link', () => this.actions.focusEvent(linked.id), this.renderListeners.signal);
        button.dataset.eventId = linked.id;
        button.append(
          createElement('span', { className: 'sheet__link-date', text: eventDateText(linked, language) }),
          createElement('span', { className: 'sheet__link-title', text: linked.title[language] ?? '' }),
        );
        return [button];
      });
      parts.push(createElement('section', { className: 'sheet__links' }, [
        createElement('h3', { className: 'sheet__subheading', text: interfaceText(language, 'linkedEvents') }),
        ...buttons,
      ]));
    }
    parts.push(this.sources(event.sources, language));
    return parts;
  }

  private panelDetail(panel: Panel, language: LanguageCode): HTMLElement[] {
    const group = this.content.panelGroups.find((candidate) => candidate.id === panel.groupId);
    const parts: HTMLElement[] = [
      createElement('p', { className: 'sheet__eyebrow', text: group?.title[language] ?? '' }),
      createElement('h2', { className: 'sheet__title', text: panel.title[language] ?? '' }),
    ];
    if (panel.subtitle) parts.push(createElement('p', { className: 'sheet__statement', text: panel.subtitle[language] ?? '' }));
    for (const image of panel.images) parts.push(this.figure(image, language));
    parts.push(...paragraphs(panel.body[language] ?? '', 'sheet__paragraph'));
    parts.push(...this.transcriptPart(panel.narration));
    parts.push(this.sources(panel.sources, language));
    return parts;
  }

  private groupList(group: PanelGroup, language: LanguageCode): HTMLElement[] {
    const buttons = group.panels.map((panel) => {
      const button = createButton('', 'sheet__panel-button', () => this.actions.openPanel(panel.id), this.renderListeners.signal);
      button.dataset.panelId = panel.id;
      button.append(createElement('span', { className: 'sheet__panel-title', text: panel.title[language] ?? '' }));
      if (panel.subtitle) button.append(createElement('span', { className: 'sheet__panel-subtitle', text: panel.subtitle[language] ?? '' }));
      return button;
    });
    return [
      createElement('h2', { className: 'sheet__title', text: group.title[language] ?? '' }),
      createElement('p', { className: 'sheet__lead', text: group.summary[language] ?? '' }),
      createElement('div', { className: 'sheet__panel-list' }, buttons),
    ];
  }

  private transcriptPart(narration: Narration | null): HTMLElement[] {
    return narration && this.player ? [this.player.transcript] : [];
  }

  private figure(image: MediaImage, language: LanguageCode): HTMLElement {
    const sizeAttributes: Record<string, string> = image.width > 0 ? { width: String(image.width), height: String(image.height) } : {};
    const fallback = createElement('img', {
      className: 'sheet__image',
      attributes: { src: image.url, alt: image.alt[language] ?? '', draggable: 'false', decoding: 'async', ...sizeAttributes },
    });
    const picture = createElement('picture', {}, [
      ...image.sources.map((source) => createElement('source', { attributes: { type: source.type, srcset: source.url } })),
      fallback,
    ]);
    return createElement('figure', { className: 'sheet__figure' }, [
      picture,
      image.credit ? createElement('figcaption', { className: 'sheet__credit', text: image.credit }) : null,
    ]);
  }

  private sources(sources: readonly SourceReference[], language: LanguageCode): HTMLElement {
    return createElement('footer', { className: 'sheet__sources' }, [
      createElement('span', { className: 'sheet__sources-label', text: `${interfaceText(language, 'source')}: ` }),
      createElement('span', { text: sources.map((source) => source.citation[language] ?? '').join('; ') }),
    ]);
  }
}
