/**
 * The staff preview (`/?staff-preview=1`): every event and panel with what it still lacks
 * (narration text, a recording in a language, captions, a picture's credit), and a button that
 * opens it in the kiosk. For checking a change before it is published; visitors never see it.
 */
import { formatProblem, type ContentProblem, type StaffLanguage } from '../content/contentProblem.ts';
import type { ContentBundle, Narration } from '../content/contentTypes.ts';
import { eventDateText } from '../content/contentDate.ts';
import { createElement } from './dom.ts';

interface PreviewRow {
  readonly id: string;
  readonly kind: string;
  readonly when: string;
  readonly title: string;
  readonly notes: readonly string[];
}

function narrationNotes(narration: Narration | null, languages: readonly string[]): string[] {
  if (!narration) return ['no narration text'];
  return languages.flatMap((language) => [
    ...(narration.audio[language] ? [] : [`no recording in ${language}`]),
    ...(narration.captions[language] ? [] : [`no captions in ${language}`]),
  ]);
}

/** The problems media:check found are listed with their items, in the staff's language (kiosk.yaml `staff.language`). */
export function createStaffPreview(content: ContentBundle, problems: readonly ContentProblem[], staffLanguage: StaffLanguage): HTMLElement {
  const languages = content.settings.languages;
  const first = languages[0] ?? 'zh-Hans';
  const problemsFor = (id: string): string[] => problems
    .filter((problem) => problem.file.includes(`/${id}/`))
    .map((problem) => formatProblem(problem, staffLanguage));
  const rows: PreviewRow[] = [
    ...content.events.map((event) => ({
      id: event.id,
      kind: event.trackId,
      when: eventDateText(event, first),
      title: event.title[first] ?? event.id,
      notes: [...narrationNotes(event.narration, languages), ...(event.image && !event.image.credit ? ['picture without credit'] : []), ...problemsFor(event.id)],
    })),
    ...content.panelGroups.flatMap((group) => group.panels.map((panel) => ({
      id: panel.id,
      kind: group.id,
      when: '',
      title: panel.title[first] ?? panel.id,
      notes: [...narrationNotes(panel.narration, languages), ...problemsFor(panel.id)],
    }))),
  ];
  const complete = rows.filter((row) => row.notes.length === 0).length;
  const table = createElement('table', { className: 'staff-preview__table' }, [
    createElement('thead', {}, [createElement('tr', {}, ['id', 'track / group', 'date', 'title', 'status', ''].map((heading) => createElement('th', { text: heading })))]),
    createElement('tbody', {}, rows.map((row) => createElement('tr', { attributes: { 'data-item-id': row.id } }, [
      createElement('td', { text: row.id }),
      createElement('td', { text: row.kind }),
      createElement('td', { text: row.when }),
      createElement('td', { text: row.title }),
      createElement('td', { className: row.notes.length === 0 ? 'staff-preview__complete' : 'staff-preview__incomplete', text: row.notes.length === 0 ? 'complete' : row.notes.join('; ') }),
      createElement('td', {}, [createElement('a', { text: 'open in the kiosk', attributes: { href: `/?open=${encodeURIComponent(row.id)}` } })]),
    ]))),
  ]);
  return createElement('main', { className: 'staff-preview' }, [
    createElement('h1', { text: `Content preview · version ${content.version}` }),
    createElement('p', { text: `${rows.length} items, ${complete} complete, ${rows.length - complete} with something missing. Languages: ${languages.join(', ')}. Tours: ${content.tours.map((tour) => tour.id).join(', ') || 'none'}.` }),
    table,
  ]);
}
