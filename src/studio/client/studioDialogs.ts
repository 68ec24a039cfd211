/** The studio's two questions: what to call a new item, and whether to delete one that others use. */
import { createElement } from '../../ui/dom.ts';
import type { StaffLanguage } from '../../contentModel/contentProblem.ts';
import { postJson, StudioRefusal, type ItemDetails, type ListedItem, type StudioState } from './studioClient.ts';
import type { StudioWords } from './studioText.ts';

function dialogWith(label: string, children: readonly Node[]): HTMLDialogElement {
  const dialog = createElement('dialog', { className: 'dialog', attributes: { 'aria-label': label } }, [createElement('h2', { text: label }), ...children]);
  dialog.addEventListener('close', () => dialog.remove(), { once: true });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

export interface NewItemInput {
  readonly words: StudioWords;
  readonly state: StudioState;
  readonly kind: ListedItem['kind'];
  readonly parent: string;
  readonly language: StaffLanguage;
  readonly onCreated: (file: string) => void;
}

export function openNewItemDialog(input: NewItemInput): void {
  const { words, state, kind, parent } = input;
  const named = (title: Readonly<Record<string, string>>): string => title[input.language] ?? title['zh-Hans'] ?? parent;
  const label = kind === 'event' ? words.newEventIn(named(state.tracks.find((track) => track.id === parent)?.title ?? {}))
    : kind === 'panel' ? words.newPanelIn(named(state.groups.find((group) => group.id === parent)?.title ?? {})) : words.newTour;
  const titles = state.authoredLanguages.map((language) => {
    const field = createElement('input', { className: 'field__input', attributes: { type: 'text', lang: language, 'aria-label': `${words.newTitle(language)} · title ${language}` } });
    return { language, field, label: createElement('label', { className: 'field__language' }, [createElement('span', { className: 'field__language-name', text: words.newTitle(language) }), field]) };
  });
  const year = createElement('input', { className: 'field__input field__input--year', attributes: { type: 'text', inputmode: 'numeric', maxlength: '4', 'aria-label': `${words.fieldName('date')}（${words.year}） · date year` } });
  const message = createElement('p', { className: 'dialog__message', attributes: { role: 'alert' } });
  const create = createElement('button', { className: 'button button--primary', text: words.create, attributes: { type: 'submit' } });
  const cancel = createElement('button', { className: 'button', text: words.cancel, attributes: { type: 'button' } });
  const form = createElement('form', { className: 'dialog__form' }, [
    ...titles.map((title) => title.label),
    kind === 'event' ? createElement('label', { className: 'field__language' }, [createElement('span', { className: 'field__language-name', text: `${words.fieldName('date')}（${words.year}）` }), year]) : null,
    message,
    createElement('div', { className: 'dialog__buttons' }, [create, cancel]),
  ]);
  const dialog = dialogWith(label, [form]);
  cancel.addEventListener('click', () => dialog.close());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const title = Object.fromEntries(titles.filter((entry) => entry.field.value.trim() !== '').map((entry) => [entry.language, entry.field.value.trim()]));
    void postJson<{ file: string }>('new', { kind, parent, title, ...(kind === 'event' ? { date: year.value.trim(), source: state.sources[0]?.key ?? '' } : { source: state.sources[0]?.key ?? '' }) })
      .then((created) => {
        dialog.close();
        input.onCreated(created.file);
      }, (error: unknown) => { message.textContent = error instanceof Error ? error.message : String(error); });
  });
  titles[0]?.field.focus();
}

export interface DeleteInput {
  readonly words: StudioWords;
  readonly language: StaffLanguage;
  readonly details: ItemDetails;
  readonly state: StudioState | null;
}

/** Asks first; when other items use this one, names them and offers to remove those uses too. Resolves true once deleted. */
export function confirmDelete(input: DeleteInput): Promise<boolean> {
  const { words, details } = input;
  const title = details.item.title[input.language] ?? details.item.title['zh-Hans'] ?? details.item.id;
  const uses = details.references.map((reference) => {
    const owner = input.state?.items.find((item) => item.file === reference.file);
    return `${owner?.title[input.language] ?? reference.file} (${reference.kind})`;
  });
  return new Promise((resolve) => {
    const message = createElement('p', { className: 'dialog__message', attributes: { role: 'alert' } });
    const confirm = createElement('button', { className: 'button button--danger', text: uses.length > 0 ? words.deleteAlsoUses : words.remove, attributes: { type: 'button' } });
    const cancel = createElement('button', { className: 'button', text: words.cancel, attributes: { type: 'button' } });
    const dialog = dialogWith(words.remove, [
      createElement('p', { text: words.deleteConfirm(title) }),
      uses.length > 0 ? createElement('p', { className: 'dialog__warning', text: words.deleteUsedBy(title, uses) }) : createElement('span'),
      message,
      createElement('div', { className: 'dialog__buttons' }, [confirm, cancel]),
    ]);
    let deleted = false;
    dialog.addEventListener('close', () => resolve(deleted), { once: true });
    cancel.addEventListener('click', () => dialog.close());
    confirm.addEventListener('click', () => {
      void postJson('delete', { file: details.item.file, removeReferences: uses.length > 0 }).then(() => {
        deleted = true;
        dialog.close();
      }, (error: unknown) => {
        message.textContent = error instanceof StudioRefusal || error instanceof Error ? error.message : String(error);
      });
    });
  });
}
