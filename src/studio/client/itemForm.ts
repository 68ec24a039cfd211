/** The form of one event, panel or tour: which fields each kind has, in the order of the file. */
import { createElement } from '../../ui/dom.ts';
import { checkbox, dateField, textAt, fieldGroup, itemLabel, localisedField, selectInput, sourceField, textInput, valueAt, type FormContext } from './formFields.ts';
import { eventPicture, narrationBlock, panelPictures, type MediaActions } from './mediaFields.ts';
import type { ListedItem } from './studioClient.ts';

function linksField(context: FormContext): HTMLElement {
  const item = context.details.item;
  const current = valueAt(context.details.value, ['links']);
  const chosen = new Set(Array.isArray(current) ? current.map(String) : []);
  const candidates = context.state.items.filter((other) => other.kind === 'event' && other.parent !== item.parent);
  const send = (): void => {
    // Kept in the timeline's order, whatever order they were ticked in.
    const links = candidates.map((other) => other.id).filter((id) => chosen.has(id));
    context.edit([links.length === 0 ? { op: 'delete', path: ['links'] } : { op: 'set', path: ['links'], value: links }]);
  };
  const boxes = candidates.map((other) => checkbox(context, itemLabel(context, other), `${context.words.fieldName('links')} · links ${other.id}`, chosen.has(other.id), (checked) => {
    if (checked) chosen.add(other.id);
    else chosen.delete(other.id);
    send();
  }));
  return fieldGroup(context, ['links'], context.words.fieldName('links'), [createElement('div', { className: 'field__choices field__choices--scroll' }, boxes)]);
}

function neighbourField(context: FormContext, key: 'before' | 'after'): HTMLElement {
  const item = context.details.item;
  const current = textAt(context.details.value, [key]);
  const choices = [{ value: '', label: context.words.noneChosen }, ...context.state.items
    .filter((other) => other.kind === 'event' && other.parent === item.parent && other.id !== item.id)
    .map((other) => ({ value: other.id, label: itemLabel(context, other) }))];
  const select = selectInput(context, [key], context.words.fieldName(key), choices, current, (value) => {
    context.edit([value === '' ? { op: 'delete', path: [key] } : { op: 'set', path: [key], value }], true);
  });
  return fieldGroup(context, [key], context.words.fieldName(key), [select]);
}

function stopChoices(context: FormContext): { value: string; label: string }[] {
  const stoppable = context.state.items.filter((other): other is ListedItem => other.kind === 'event' || other.kind === 'panel');
  return stoppable.map((other) => ({ value: other.id, label: itemLabel(context, other) }));
}

function stopsField(context: FormContext): HTMLElement {
  const words = context.words;
  const stops = valueAt(context.details.value, ['stops']);
  const list = Array.isArray(stops) ? stops as unknown[] : [];
  const choices = stopChoices(context);
  const rows = list.map((stop, index) => {
    const stopId = textAt(stop, ['stop']);
    const select = selectInput(context, ['stops', index, 'stop'], `${words.stopNumber(index + 1)} ${words.fieldName('stop')}`, [
      ...(choices.some((choice) => choice.value === stopId) ? [] : [{ value: stopId, label: stopId || words.noneChosen }]),
      ...choices,
    ], stopId, (value) => context.edit([{ op: 'set', path: ['stops', index, 'stop'], value }], true));
    const plays = valueAt(stop, ['playNarration']) !== false;
    const move = (to: number): void => context.edit([{ op: 'move', path: ['stops'], from: index, to }], true);
    const up = createElement('button', { className: 'button', text: words.moveUp, attributes: { type: 'button', 'aria-label': `${words.moveUp} · stops ${index + 1}` } });
    up.disabled = index === 0;
    up.addEventListener('click', () => move(index - 1), { signal: context.signal });
    const down = createElement('button', { className: 'button', text: words.moveDown, attributes: { type: 'button', 'aria-label': `${words.moveDown} · stops ${index + 1}` } });
    down.disabled = index === list.length - 1;
    down.addEventListener('click', () => move(index + 1), { signal: context.signal });
    const remove = createElement('button', { className: 'button button--danger', text: words.removeStop, attributes: { type: 'button', 'aria-label': `${words.removeStop} · stops ${index + 1}` } });
    remove.addEventListener('click', () => context.edit([{ op: 'delete', path: ['stops', index] }], true), { signal: context.signal });
    return fieldGroup(context, ['stops', index], words.stopNumber(index + 1), [
      createElement('div', { className: 'stop__head' }, [select, up, down, remove]),
      checkbox(context, words.playNarration, `${words.playNarration} · stops.playNarration ${index + 1}`, plays, (checked) => {
        context.edit([checked ? { op: 'delete', path: ['stops', index, 'playNarration'] } : { op: 'set', path: ['stops', index, 'playNarration'], value: false }], true);
      }),
      localisedField(context, ['stops', index, 'talkingPoints'], { multiline: true, label: `${words.stopNumber(index + 1)} · ${words.fieldName('talkingPoints')}` }),
    ]);
  });
  const adding = selectInput(context, ['stops', list.length, 'stop'], words.addStop, [{ value: '', label: words.addStop }, ...choices], '', (value) => {
    if (value !== '') context.edit([{ op: 'set', path: ['stops', list.length], value: { stop: value } }], true);
  });
  return fieldGroup(context, ['stops'], words.fieldName('stops'), [...rows, adding]);
}

function orderField(context: FormContext): HTMLElement {
  const input = textInput(context, ['order'], context.words.fieldName('order'));
  input.setAttribute('inputmode', 'numeric');
  // The order is a number in the file, not a text.
  input.addEventListener('input', (event) => {
    event.stopImmediatePropagation();
    const value = (input as HTMLInputElement).value.trim();
    context.edit([value === '' ? { op: 'delete', path: ['order'] } : { op: 'set', path: ['order'], value: Number.isFinite(Number(value)) ? Number(value) : value }]);
  }, { capture: true, signal: context.signal });
  return fieldGroup(context, ['order'], context.words.fieldName('order'), [input]);
}

export function itemForm(context: FormContext, actions: MediaActions): HTMLElement[] {
  const kind = context.details.item.kind;
  if (kind === 'tour') return [localisedField(context, ['title']), stopsField(context)];
  if (kind === 'event') {
    return [
      dateField(context),
      localisedField(context, ['dateLabel']),
      localisedField(context, ['title']),
      localisedField(context, ['summary'], { multiline: true }),
      localisedField(context, ['body'], { multiline: true }),
      sourceField(context),
      linksField(context),
      eventPicture(context, actions),
      narrationBlock(context, actions),
      createElement('details', { className: 'form__more' }, [
        createElement('summary', { text: `${context.words.fieldName('before')} / ${context.words.fieldName('after')}` }),
        neighbourField(context, 'before'),
        neighbourField(context, 'after'),
      ]),
    ];
  }
  return [
    orderField(context),
    localisedField(context, ['title']),
    localisedField(context, ['subtitle']),
    // A panel's text is required, unlike an event's.
    localisedField(context, ['body'], { multiline: true, label: context.words.fieldName('panelBody') }),
    sourceField(context),
    ...panelPictures(context, actions),
    narrationBlock(context, actions),
  ];
}
