/**
 * The form's fields. Each one edits one place of the yaml and is labelled twice over: in the
 * staff language for the eye, and with its yaml key and language code (e.g. "title en") for
 * screen readers and tests. Problems from the check appear in the field whose key they concern.
 */
import { createElement } from '../../ui/dom.ts';
import type { StaffLanguage } from '../../contentModel/contentProblem.ts';
import type { FormEdit, ItemDetails, StudioState, YamlPath } from './studioClient.ts';
import type { StudioWords } from './studioText.ts';

export interface FormContext {
  readonly words: StudioWords;
  readonly staffLanguage: StaffLanguage;
  readonly state: StudioState;
  readonly details: ItemDetails;
  /** Queues an edit; typing is sent after a pause, `now` sends at once and redraws the form. */
  edit(edits: readonly FormEdit[], now?: boolean): void;
  readonly signal: AbortSignal;
  /** Sends what is still waiting to be sent, and answers with the item as the server now has it. */
  settle(): Promise<ItemDetails | null>;
}

export function pathKey(path: YamlPath): string {
  return path.join('.');
}

/** The yaml key as staff see it in the file: the keys without list positions. */
function yamlKey(path: YamlPath): string {
  return path.filter((part) => typeof part === 'string').join('.');
}

/** A text or number at the path as text; '' for anything else. */
export function textAt(value: unknown, path: YamlPath): string {
  const found = valueAt(value, path);
  return typeof found === 'string' || typeof found === 'number' ? String(found) : '';
}

export function valueAt(value: unknown, path: YamlPath): unknown {
  let current = value;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** A labelled group for one key; the check's findings about it appear at its end. */
export function fieldGroup(context: FormContext, path: YamlPath, label: string, children: readonly Node[]): HTMLElement {
  const hint = context.words.fieldHint(yamlKey(path));
  return createElement('fieldset', { className: 'field', attributes: { 'data-field': pathKey(path) } }, [
    createElement('legend', { className: 'field__label', text: label }),
    hint ? createElement('p', { className: 'field__hint', text: hint }) : null,
    ...children,
    createElement('ul', { className: 'field__problems', attributes: { 'aria-live': 'polite' } }),
  ]);
}

/** "标题（英文） · title en": the key as in the file, then the language code, never the code twice. */
function accessibleLabel(staffLabel: string, path: YamlPath, language: string | null): string {
  const keyPath = language !== null && path.at(-1) === language ? path.slice(0, -1) : path;
  return `${staffLabel} · ${yamlKey(keyPath)}${language ? ` ${language}` : ''}`;
}

/** Sends the text as typed; an emptied field takes its key out of the file. */
function textEdit(path: YamlPath, text: string, keepFinalNewline: boolean): FormEdit {
  if (text.trim() === '') return { op: 'delete', path };
  return { op: 'set', path, value: keepFinalNewline && !text.endsWith('\n') ? `${text}\n` : text };
}

export function textInput(context: FormContext, path: YamlPath, staffLabel: string, options: { multiline?: boolean; language?: string | null } = {}): HTMLElement {
  const current = valueAt(context.details.value, path);
  const text = typeof current === 'string' || typeof current === 'number' ? String(current) : '';
  const multiline = options.multiline ?? false;
  const input = multiline
    ? createElement('textarea', { className: 'field__input field__input--long', attributes: { rows: String(Math.min(8, Math.max(3, text.split('\n').length + 1))) } })
    : createElement('input', { className: 'field__input', attributes: { type: 'text' } });
  input.value = multiline ? text.replace(/\n$/, '') : text;
  input.setAttribute('aria-label', accessibleLabel(staffLabel, path, options.language ?? null));
  if (options.language) input.setAttribute('lang', options.language);
  input.dataset.path = pathKey(path);
  const keepNewline = text.endsWith('\n');
  input.addEventListener('input', () => context.edit([textEdit(path, input.value, keepNewline)]), { signal: context.signal });
  return input;
}

/** One text in every language staff write, side by side, with the zh-Hant override below. */
export function localisedField(context: FormContext, path: YamlPath, options: { multiline?: boolean; label?: string } = {}): HTMLElement {
  const label = options.label ?? context.words.fieldName(yamlKey(path));
  const columns = context.state.authoredLanguages.map((language) => createElement('label', { className: 'field__language' }, [
    createElement('span', { className: 'field__language-name', text: context.words.languageName(language) }),
    textInput(context, [...path, language], `${label}（${context.words.languageName(language)}）`, { ...options, language }),
  ]));
  const derived = context.state.languages.filter((language) => !context.state.authoredLanguages.includes(language));
  const overrides = derived.map((language) => createElement('label', { className: 'field__language field__language--derived' }, [
    createElement('span', { className: 'field__language-name', text: context.words.languageName(language) }),
    textInput(context, [...path, language], `${label}（${context.words.languageName(language)}）`, { ...options, language }),
  ]));
  const parts: HTMLElement[] = [createElement('div', { className: 'field__languages' }, columns)];
  if (overrides.length > 0) parts.push(createElement('details', { className: 'field__derived' }, [createElement('summary', { text: context.words.optionalTraditional }), ...overrides]));
  return fieldGroup(context, path, label, parts);
}

export function selectInput(context: FormContext, path: YamlPath, staffLabel: string, choices: readonly { value: string; label: string }[], current: string, onChoose: (value: string) => void): HTMLSelectElement {
  const select = createElement('select', { className: 'field__input', attributes: { 'aria-label': accessibleLabel(staffLabel, path, null) } },
    choices.map((choice) => createElement('option', { text: choice.label, attributes: { value: choice.value } })));
  select.value = current;
  select.addEventListener('change', () => onChoose(select.value), { signal: context.signal });
  return select;
}

/** Year, month and day, each only as far as the source knows it: the date is written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function dateField(context: FormContext): HTMLElement {
  const words = context.words;
  const current = textAt(context.details.value, ['date']);
  const [, yearText = '', monthText = '', dayText = ''] = /^(\d{4})?-?(\d{1,2})?-?(\d{1,2})?/.exec(current) ?? [];
  const year = createElement('input', { className: 'field__input field__input--year', attributes: { type: 'text', inputmode: 'numeric', maxlength: '4', 'aria-label': accessibleLabel(`${words.fieldName('date')}（${words.year}）`, ['date'], 'year') } });
  year.value = yearText;
  const numbers = (count: number): { value: string; label: string }[] => [{ value: '', label: words.unknown },
    ...Array.from({ length: count }, (_, index) => ({ value: String(index + 1).padStart(2, '0'), label: String(index + 1) }))];
  const month = selectInput(context, ['date'], `${words.fieldName('date')}（${words.month}）`, numbers(12), monthText.padStart(2, '0').replace(/^00$/, ''), () => send());
  month.setAttribute('aria-label', accessibleLabel(`${words.fieldName('date')}（${words.month}）`, ['date'], 'month'));
  const day = selectInput(context, ['date'], `${words.fieldName('date')}（${words.day}）`, numbers(31), dayText.padStart(2, '0').replace(/^00$/, ''), () => send());
  day.setAttribute('aria-label', accessibleLabel(`${words.fieldName('date')}（${words.day}）`, ['date'], 'day'));
  const send = (): void => {
    day.disabled = month.value === '';
    const text = [year.value.trim(), month.value, month.value === '' ? '' : day.value].filter((part) => part !== '').join('-');
    // A year alone is a number in yaml; the check reads either.
    context.edit([text === '' ? { op: 'delete', path: ['date'] } : { op: 'set', path: ['date'], value: /^\d{4}$/.test(text) ? Number(text) : text }]);
  };
  day.disabled = month.value === '';
  year.addEventListener('input', send, { signal: context.signal });
  return fieldGroup(context, ['date'], words.fieldName('date'), [
    createElement('div', { className: 'field__date' }, [
      createElement('label', { className: 'field__part' }, [createElement('span', { text: words.year }), year]),
      createElement('label', { className: 'field__part' }, [createElement('span', { text: words.month }), month]),
      createElement('label', { className: 'field__part' }, [createElement('span', { text: words.day }), day]),
    ]),
  ]);
}

export function checkbox(context: FormContext, label: string, accessible: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  const input = createElement('input', { attributes: { type: 'checkbox', 'aria-label': accessible } });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked), { signal: context.signal });
  return createElement('label', { className: 'field__choice' }, [input, createElement('span', { text: label })]);
}

/** The source keys of sources.yaml to tick, and a sentence for a source that has no key. */
export function sourceField(context: FormContext): HTMLElement {
  const current = valueAt(context.details.value, ['source']);
  const written = (Array.isArray(current) ? current : current === undefined ? [] : [current]).map(String);
  const keys = new Set(context.state.sources.map((source) => source.key));
  const chosen = new Set(written.filter((entry) => keys.has(entry)));
  const other = createElement('input', { className: 'field__input', attributes: { type: 'text', 'aria-label': accessibleLabel(context.words.otherSource, ['source'], 'other') } });
  other.value = written.filter((entry) => !keys.has(entry)).join('；');
  const send = (): void => {
    const entries = [...context.state.sources.map((source) => source.key).filter((key) => chosen.has(key)), ...(other.value.trim() ? [other.value.trim()] : [])];
    context.edit([entries.length === 0 ? { op: 'delete', path: ['source'] } : { op: 'set', path: ['source'], value: entries.length === 1 ? entries[0] : entries }]);
  };
  other.addEventListener('input', send, { signal: context.signal });
  const boxes = context.state.sources.map((source) => checkbox(context, `${source.key}：${source.text[context.staffLanguage] ?? ''}`, accessibleLabel(context.words.fieldName('source'), ['source'], source.key), chosen.has(source.key), (checked) => {
    if (checked) chosen.add(source.key);
    else chosen.delete(source.key);
    send();
  }));
  return fieldGroup(context, ['source'], context.words.fieldName('source'), [
    createElement('div', { className: 'field__choices' }, boxes),
    createElement('label', { className: 'field__language' }, [createElement('span', { className: 'field__language-name', text: context.words.otherSource }), other]),
  ]);
}

/** Items to choose from, as staff know them: date and title in the staff language. */
export function itemLabel(context: FormContext, item: { readonly id: string; readonly date: string | null; readonly title: Readonly<Record<string, string>> }): string {
  const title = item.title[context.staffLanguage] ?? item.title['zh-Hans'] ?? item.id;
  return `${item.date ? `${item.date} ` : ''}${title} (${item.id})`;
}

/** Shows each problem in the deepest field group whose key starts its field; the rest at the top. */
export function placeProblems(form: HTMLElement, context: Pick<FormContext, 'details' | 'staffLanguage'>, general: HTMLElement): void {
  for (const list of form.querySelectorAll('.field__problems')) list.replaceChildren();
  general.replaceChildren();
  const groups = [...form.querySelectorAll<HTMLElement>('.field[data-field]')];
  for (const problem of context.details.problems) {
    const owner = groups
      .filter((group) => problem.field !== '' && (problem.field === group.dataset.field || problem.field.startsWith(`${group.dataset.field ?? ''}.`)))
      .sort((a, b) => (b.dataset.field ?? '').length - (a.dataset.field ?? '').length)[0];
    const line = createElement('li', { className: `problem problem--${problem.severity}`, text: problem.text[context.staffLanguage] });
    (owner?.querySelector('.field__problems') ?? general).append(line);
    owner?.classList.add(`field--${problem.severity}`);
  }
  for (const group of groups) {
    if (!group.querySelector('.field__problems li')) group.classList.remove('field--error', 'field--warning');
  }
}
