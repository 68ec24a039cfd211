/**
 * The pieces a sheet is made of, built from the content alone: an event's or a panel's heading,
 * its reading text, its pictures, the event it is paired with, its sources, and the designed sets
 * of a panel group (statements for the culture system, tiles for the awards).
 */
import { eventDateText } from '../contentModel/contentDate.ts';
import type { ContentBundle, LanguageCode, MediaImage, Narration, Panel, PanelGroup, SourceReference, TimelineEvent, Track } from '../contentModel/contentTypes.ts';
import { interfaceText } from '../i18n/interfaceText.ts';
import { createButton, createElement } from './dom.ts';
import { paragraphTexts, phrasedElement } from './phrasedText.ts';
import { statementLines, withoutShownSentences } from './sheetText.ts';

/** The track's own colour on the element, through the CSSOM: the CSP allows no style attributes. */
function paintTrack(element: HTMLElement, track: Track | undefined): void {
  if (!track) return;
  element.dataset.track = track.id;
  element.style.setProperty('--track-colour', track.colour);
}

export function trackOf(content: ContentBundle, event: TimelineEvent): Track | undefined {
  return content.tracks.find((candidate) => candidate.id === event.trackId);
}

/** The line above an event's title: its track, named in words and colour, and its date. */
export function eventEyebrow(content: ContentBundle, event: TimelineEvent, language: LanguageCode): HTMLElement {
  const track = trackOf(content, event);
  const chip = phrasedElement('span', 'sheet__track', track?.title[language] ?? '', language);
  paintTrack(chip, track);
  return createElement('p', { className: 'sheet__eyebrow' }, [chip, phrasedElement('span', 'sheet__date', eventDateText(event, language), language)]);
}

/** The sentences a narration speaks, one caption line each (its text, as the captions are made from it). */
export function spokenLines(narration: Narration | null, language: LanguageCode): string[] {
  return (narration?.text[language] ?? '').split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
}

/**
 * The reading text in two versions: for reading, the lead (the summary) and the body without the
 * lead's sentences; for listening, the same without any sentence the narration speaks, since the
 * caption band shows those as they are heard.
 */
export function eventReading(event: TimelineEvent, language: LanguageCode): { readonly reading: HTMLElement[]; readonly listening: HTMLElement[] } {
  const lead = event.summary[language] ?? '';
  const body = withoutShownSentences(paragraphTexts(event.body?.[language] ?? ''), [lead], language);
  const spoken = spokenLines(event.narration, language);
  const [listeningLead = ''] = withoutShownSentences([lead], spoken, language);
  return {
    reading: [phrasedElement('p', 'sheet__lead', lead, language), ...body.map((paragraph) => phrasedElement('p', 'sheet__paragraph', paragraph, language))],
    listening: [
      ...(listeningLead ? [phrasedElement('p', 'sheet__lead', listeningLead, language)] : []),
      ...withoutShownSentences(body, spoken, language).map((paragraph) => phrasedElement('p', 'sheet__paragraph', paragraph, language)),
    ],
  };
}

/** The events an event is paired with, each with its track, date and title: a tap goes there. */
export function eventPairs(content: ContentBundle, event: TimelineEvent, language: LanguageCode, go: (eventId: string) => void, signal: AbortSignal): HTMLElement | null {
  const partners = event.links.flatMap((id) => content.events.filter((candidate) => candidate.id === id));
  if (partners.length === 0) return null;
  const buttons = partners.map((partner) => {
    const button = createButton('', 'sheet__pair', () => go(partner.id), signal);
    button.dataset.eventId = partner.id;
    paintTrack(button, trackOf(content, partner));
    // Heard as date and title, like the card itself; the track is its description.
    const trackName = phrasedElement('span', 'sheet__pair-track', trackOf(content, partner)?.title[language] ?? '', language);
    trackName.id = `sheet-pair-track-${partner.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
    button.setAttribute('aria-label', `${eventDateText(partner, language)} ${partner.title[language] ?? ''}`);
    button.setAttribute('aria-describedby', trackName.id);
    button.append(
      createElement('span', { className: 'sheet__pair-where' }, [
        trackName,
        phrasedElement('span', 'sheet__pair-date', eventDateText(partner, language), language),
      ]),
      phrasedElement('span', 'sheet__pair-title', partner.title[language] ?? '', language),
    );
    return button;
  });
  return createElement('section', { className: 'sheet__pairs', attributes: { 'aria-label': interfaceText(language, 'pairedWith') } }, [
    phrasedElement('h3', 'sheet__pairs-heading', interfaceText(language, 'pairedWith'), language),
    createElement('div', { className: 'sheet__pair-list' }, buttons),
  ]);
}

/** A panel's statement (its subtitle) as large lines, one per part. */
export function statement(text: string, language: LanguageCode, className: string, tag: 'p' | 'span' = 'p'): HTMLElement {
  return createElement(tag, { className }, statementLines(text, language).map((line) => phrasedElement('span', `${className}-line`, line, language)));
}

export function panelHeading(content: ContentBundle, panel: Panel, language: LanguageCode): HTMLElement[] {
  const group = content.panelGroups.find((candidate) => candidate.id === panel.groupId);
  return [
    phrasedElement('p', 'sheet__eyebrow sheet__eyebrow--panel', group?.title[language] ?? '', language),
    phrasedElement('h2', 'sheet__title', panel.title[language] ?? '', language),
    ...(panel.subtitle ? [statement(panel.subtitle[language] ?? '', language, 'sheet__statement')] : []),
  ];
}

export function panelReading(panel: Panel, language: LanguageCode): { readonly reading: HTMLElement[]; readonly listening: HTMLElement[] } {
  const shown = panel.subtitle ? [panel.subtitle[language] ?? ''] : [];
  const body = withoutShownSentences(paragraphTexts(panel.body[language] ?? ''), shown, language);
  const paragraph = (text: string): HTMLElement => phrasedElement('p', 'sheet__paragraph', text, language);
  return { reading: body.map(paragraph), listening: withoutShownSentences(body, spokenLines(panel.narration, language), language).map(paragraph) };
}

/**
 * A panel group as a designed set: every panel a large button. The culture system shows each
 * part's statement; the awards show each programme's name and, where it has one, its subtitle.
 */
export function groupSet(group: PanelGroup, language: LanguageCode, open: (panelId: string) => void, signal: AbortSignal): HTMLElement[] {
  const statements = group.panels.every((panel) => panel.subtitle !== null) && group.panels.length <= 4;
  const buttons = group.panels.map((panel) => {
    const button = createButton('', statements ? 'panel-set__statement' : 'panel-set__tile', () => open(panel.id), signal);
    button.dataset.panelId = panel.id;
    if (statements) {
      button.append(
        phrasedElement('span', 'panel-set__label', panel.title[language] ?? '', language),
        statement(panel.subtitle?.[language] ?? '', language, 'panel-set__words', 'span'),
      );
    } else {
      button.append(phrasedElement('span', 'panel-set__title', panel.title[language] ?? '', language));
      if (panel.subtitle) button.append(statement(panel.subtitle[language] ?? '', language, 'panel-set__subtitle', 'span'));
    }
    return button;
  });
  return [
    phrasedElement('h2', 'sheet__title', group.title[language] ?? '', language),
    phrasedElement('p', 'sheet__lead sheet__lead--group', group.summary[language] ?? '', language),
    createElement('div', { className: statements ? 'panel-set panel-set--statements' : 'panel-set panel-set--tiles', attributes: { 'data-count': String(buttons.length) } }, buttons),
  ];
}

export function figure(image: MediaImage, language: LanguageCode): HTMLElement {
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

export function sources(references: readonly SourceReference[], language: LanguageCode): HTMLElement {
  const separator = language.startsWith('zh') ? '；' : '; ';
  return createElement('footer', { className: 'sheet__sources' }, [
    phrasedElement('span', 'sheet__sources-label', interfaceText(language, 'sourcePrefix'), language),
    phrasedElement('span', 'sheet__sources-text', references.map((reference) => reference.citation[language] ?? '').join(separator), language),
  ]);
}
