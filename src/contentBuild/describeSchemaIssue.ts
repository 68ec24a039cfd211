/**
 * A schema (valibot) issue in words a staff member can act on: which field, what is wrong with
 * its value, and how to write it instead, in both staff languages.
 */
import type * as v from 'valibot';
import { isSupportedLanguage } from '../i18n/interfaceText.ts';
import type { StaffText } from '../contentModel/contentProblem.ts';
import { closest } from './didYouMean.ts';
import { KNOWN_FIELDS } from './knownFields.ts';
import { staffText, type ProblemCode } from './problemCatalogue.ts';
import { writtenField } from './writtenField.ts';

/** Field-specific advice for values of the wrong form. */
const FIELD_FORMS: Readonly<Record<string, ProblemCode>> = {
  date: 'fieldForm.date',
  before: 'fieldForm.eventId',
  after: 'fieldForm.eventId',
  links: 'fieldForm.links',
  stop: 'fieldForm.stop',
  colour: 'fieldForm.colour',
  accentColour: 'fieldForm.accentColour',
  id: 'fieldForm.id',
  order: 'fieldForm.order',
  source: 'fieldForm.source',
  volumeCap: 'fieldForm.volumeCap',
  reducedMotion: 'fieldForm.reducedMotion',
  playNarration: 'fieldForm.playNarration',
  pinSha256: 'fieldForm.pinSha256',
  dailyReloadHour: 'fieldForm.dailyReloadHour',
  language: 'fieldForm.language',
};

/** Fields that hold a text in each language (a line per language under them). */
const LOCALISED_FIELDS: ReadonlySet<string> = new Set(['title', 'summary', 'body', 'subtitle', 'dateLabel', 'alt', 'text', 'talkingPoints']);

const LANGUAGE_NAMES: Readonly<Record<string, ProblemCode>> = { 'zh-Hans': 'languageName.zh-Hans', en: 'languageName.en', 'zh-Hant': 'languageName.zh-Hant' };

/** What a field of each schema type holds, in words. */
const VALUE_KINDS: Readonly<Record<string, ProblemCode>> = {
  string: 'valueKind.string',
  number: 'valueKind.number',
  boolean: 'valueKind.boolean',
  array: 'valueKind.array',
  strict_object: 'valueKind.object',
  object: 'valueKind.object',
  record: 'valueKind.object',
};

export interface StaffDescription {
  readonly message: StaffText;
  readonly fix: StaffText;
}

/** A value as valibot quotes it (`"text"`, `12`, `Object`), put into Chinese words where it names a kind of value. */
function chineseValue(received: string): string {
  if (received === 'undefined') return '什么也没写';
  if (received === 'null') return '是空的';
  if (received === 'Object') return '是一组字段';
  if (received === 'Array') return '是一个列表';
  if (received.length >= 2 && received.startsWith('"') && received.endsWith('"')) return `写的是“${received.slice(1, -1)}”`;
  return `写的是 ${received}`;
}

/** The same value as English prose names a kind of value. */
function englishValue(received: string): string {
  if (received === 'undefined') return 'nothing';
  if (received === 'null') return 'empty';
  if (received === 'Object') return 'a group of fields';
  if (received === 'Array') return 'a list';
  return received;
}

/** Chinese leaves a space before Latin letters and digits that follow it: 写成 true 或 false. */
function afterChinese(text: string): string {
  return /^[\x21-\x7e]/.test(text) ? ` ${text}` : text;
}

/** valibot's bound (`>=10`, `<=3600`) in Chinese words. */
function chineseBound(expected: string | null): string {
  const bound = /^([<>]=?)(.*)$/.exec(expected ?? '');
  if (!bound) return expected ?? '';
  const words: Readonly<Record<string, string>> = { '>=': '不小于', '<=': '不大于', '>': '大于', '<': '小于' };
  return `${words[bound[1] ?? ''] ?? bound[1]} ${bound[2]}`;
}

/** A field missing from its group: where to add its line, and what goes under or after it. */
function describeMissingField(path: readonly (string | number)[], last: string, guide: StaffText): StaffDescription {
  const parentPath = path.slice(0, -1);
  // A tour stop without its "- stop:" line: the rest of a stop is left, its first line is gone.
  if (last === 'stop' && parentPath[0] === 'stops' && typeof parentPath[1] === 'number') {
    return { message: staffText('tour.stopLineMissing.item', { number: parentPath[1] + 1 }), fix: staffText('tour.stopLineMissing.itemFix') };
  }
  const form = FIELD_FORMS[last];
  const how = form
    ? staffText('schema.fieldMissing.howForm', { form: staffText(form) })
    : LOCALISED_FIELDS.has(last) ? staffText('schema.fieldMissing.howText') : staffText('schema.fieldMissing.howGuide', { guide });
  const parent = writtenField(parentPath);
  return parentPath.length === 0
    ? { message: staffText('schema.fieldMissing', { missing: last }), fix: staffText('schema.fieldMissing.fix', { missing: last, how }) }
    : { message: staffText('schema.fieldMissing.under', { missing: last, parent }), fix: staffText('schema.fieldMissing.fixUnder', { missing: last, parent, how }) };
}

/** An unknown field, or a missing one (a missing language of a text, or any other field). */
function describeKeyIssue(issue: v.BaseIssue<unknown>, path: readonly (string | number)[]): StaffDescription {
  const last = String(path[path.length - 1]);
  const parent = writtenField(path.slice(0, -1));
  const guide = staffText('staffGuide');
  if (issue.expected === 'never') {
    const suggestion = closest(last, KNOWN_FIELDS);
    const under = path.length > 1 ? staffText('schema.unknownField.under', { parent }) : '';
    return {
      message: staffText('schema.unknownField', { name: last, under }),
      fix: suggestion ? staffText('schema.unknownField.fixNear', { suggestion }) : staffText('schema.unknownField.fix', { guide }),
    };
  }
  const languageName = LANGUAGE_NAMES[last];
  if (languageName !== undefined || isSupportedLanguage(last)) {
    const language = languageName ? staffText(languageName) : { 'zh-Hans': ` ${last} `, en: last };
    return {
      message: staffText('schema.languageMissing', { parent, language }),
      fix: staffText('schema.languageMissing.fix', { parent, missing: last }),
    };
  }
  return describeMissingField(path, last, guide);
}

/** A value of the wrong kind (text where a list belongs), or anything valibot words itself. */
function describeWrongValue(issue: v.BaseIssue<unknown>, field: StaffText, form: StaffText | null): StaffDescription {
  const kind = VALUE_KINDS[issue.type];
  if (kind) {
    const expected = staffText(kind);
    const isGroup = issue.type === 'strict_object' || issue.type === 'object';
    return {
      message: staffText('schema.wrongKind', {
        field,
        expected: { 'zh-Hans': afterChinese(expected['zh-Hans']), en: expected.en },
        received: { 'zh-Hans': chineseValue(issue.received), en: englishValue(issue.received) },
      }),
      fix: form ?? (isGroup
        ? staffText('schema.wrongKind.fixIndent')
        : staffText('schema.wrongKind.fix', { expected: { 'zh-Hans': afterChinese(expected['zh-Hans']), en: expected.en } })),
    };
  }
  return {
    message: staffText('schema.other', { field, detail: issue.message }),
    fix: form ?? staffText('schema.other.fix', { guide: staffText('staffGuide') }),
  };
}

/** Turns a valibot issue into a sentence a staff member can act on. */
export function describeSchemaIssue(issue: v.BaseIssue<unknown>): StaffDescription {
  const path = (issue.path ?? []).map((item) => item.key as string | number);
  const lastPathItem = issue.path?.[issue.path.length - 1];
  if ((issue.type === 'strict_object' || issue.type === 'object') && lastPathItem?.origin === 'key') return describeKeyIssue(issue, path);

  /** The field as the file's lines show it, quoted ("this file" for the whole file). */
  const field = writtenField(path);
  const namedField = String([...path].reverse().find((segment) => typeof segment === 'string') ?? '');
  const formCode = FIELD_FORMS[namedField];
  const form = formCode ? staffText(formCode) : null;
  if (issue.type === 'min_length' && issue.expected === '>=1') {
    return typeof issue.input === 'string'
      ? { message: staffText('schema.emptyText', { field }), fix: staffText('schema.emptyText.fix') }
      : { message: staffText('schema.emptyList', { field }), fix: staffText('schema.emptyList.fix') };
  }
  if (issue.type === 'regex' || issue.type === 'union' || issue.type === 'picklist') {
    return {
      message: staffText('schema.invalidValue', { field, received: { 'zh-Hans': chineseValue(issue.received), en: issue.received } }),
      fix: form ?? staffText('schema.invalidValue.fix', { guide: staffText('staffGuide') }),
    };
  }
  if (issue.type === 'min_value' || issue.type === 'max_value') {
    const bound = { 'zh-Hans': chineseBound(issue.expected), en: String(issue.expected) };
    return {
      message: staffText('schema.outOfRange', { field, received: issue.received, bound }),
      fix: form ?? staffText('schema.outOfRange.fix', { bound }),
    };
  }
  if (issue.type === 'integer') {
    return {
      message: staffText('schema.notWholeNumber', { field, received: issue.received }),
      fix: form ?? staffText('schema.notWholeNumber.fix'),
    };
  }
  return describeWrongValue(issue, field, form);
}
