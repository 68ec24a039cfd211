/** The lists of events (by track and date), panels (by group) and tours, and an item's history. */
import { createElement } from '../../ui/dom.ts';
import type { StaffLanguage } from '../../contentModel/contentProblem.ts';
import type { HistoryLine, ListedItem, StudioState } from './studioClient.ts';
import type { StudioWords } from './studioText.ts';

export interface ListActions {
  open(file: string): void;
  create(kind: ListedItem['kind'], parent: string): void;
}

function statusOf(item: ListedItem, words: StudioWords): { text: string; className: string } {
  const parts = [
    ...(item.errors > 0 ? [words.errorCount(item.errors)] : []),
    ...item.notes.map((note) => words.status(note)),
    ...(item.warnings > 0 ? [words.warningCount(item.warnings)] : []),
    ...(item.unsaved ? [words.unsaved] : []),
  ];
  if (parts.length === 0) return { text: words.complete, className: 'entry__status--complete' };
  return { text: parts.join(' · '), className: item.errors > 0 ? 'entry__status--errors' : 'entry__status--missing' };
}

function entry(item: ListedItem, words: StudioWords, language: StaffLanguage, current: string | null, actions: ListActions): HTMLElement {
  const status = statusOf(item, words);
  const title = item.title[language] ?? item.title['zh-Hans'] ?? item.id;
  const button = createElement('button', { className: `entry${item.file === current ? ' entry--current' : ''}`, attributes: { type: 'button', 'data-file': item.file } }, [
    createElement('span', { className: 'entry__title' }, [
      item.date ? createElement('span', { className: 'entry__date', text: item.date }) : null,
      createElement('span', { text: title }),
    ]),
    createElement('span', { className: `entry__status ${status.className}`, text: status.text }),
  ]);
  if (item.file === current) button.setAttribute('aria-current', 'true');
  button.addEventListener('click', () => actions.open(item.file));
  return createElement('li', {}, [button]);
}

function section(heading: string, items: readonly ListedItem[], newLabel: string, onNew: () => void, render: (item: ListedItem) => HTMLElement): HTMLElement {
  const add = createElement('button', { className: 'button button--small', text: `＋ ${newLabel}`, attributes: { type: 'button' } });
  add.addEventListener('click', onNew);
  return createElement('section', { className: 'list' }, [
    createElement('h3', { className: 'list__heading', text: `${heading}（${items.length}）` }),
    createElement('ul', { className: 'list__items' }, items.map(render)),
    add,
  ]);
}

export function itemList(state: StudioState, words: StudioWords, language: StaffLanguage, current: string | null, actions: ListActions): HTMLElement[] {
  const render = (item: ListedItem): HTMLElement => entry(item, words, language, current, actions);
  const named = (title: Readonly<Record<string, string>>, id: string): string => title[language] ?? title['zh-Hans'] ?? id;
  const parentsOf = (kind: 'event' | 'panel', known: readonly { id: string; title: Readonly<Record<string, string>> }[]): { id: string; title: string }[] => {
    const ids = [...new Set([...known.map((parent) => parent.id), ...state.items.filter((item) => item.kind === kind).map((item) => item.parent ?? '')])];
    return ids.map((id) => ({ id, title: named(known.find((parent) => parent.id === id)?.title ?? {}, id) }));
  };
  return [
    createElement('h2', { className: 'lists__heading', text: words.events }),
    ...parentsOf('event', state.tracks).map((track) => section(track.title, state.items.filter((item) => item.kind === 'event' && item.parent === track.id), words.newEventIn(track.title), () => actions.create('event', track.id), render)),
    createElement('h2', { className: 'lists__heading', text: words.panels }),
    ...parentsOf('panel', state.groups).map((group) => section(group.title, state.items.filter((item) => item.kind === 'panel' && item.parent === group.id), words.newPanelIn(group.title), () => actions.create('panel', group.id), render)),
    createElement('h2', { className: 'lists__heading', text: words.tours }),
    section(words.tours, state.items.filter((item) => item.kind === 'tour'), words.newTour, () => actions.create('tour', ''), render),
  ];
}

export function historyList(history: readonly HistoryLine[], words: StudioWords, language: StaffLanguage, restore: (id: number) => void): HTMLElement {
  const time = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
  return createElement('section', { className: 'history' }, [
    createElement('h3', { text: words.history }),
    history.length === 0
      ? createElement('p', { text: words.noHistory })
      : createElement('ol', { className: 'history__list' }, history.map((line) => {
          const button = createElement('button', { className: 'button button--small', text: words.restore, attributes: { type: 'button', 'aria-label': `${words.restore} · ${line.id}` } });
          button.addEventListener('click', () => restore(line.id));
          return createElement('li', { className: 'history__entry' }, [
            createElement('span', { text: `${time.format(new Date(line.time))} · ${words.historyAction(line.action)} · ${line.files.map((file) => file.split('/').pop() ?? file).join(', ')}` }),
            button,
          ]);
        })),
  ]);
}
