/**
 * The items the studio lists and edits (events, panels, tours), read from the files as they are
 * (a broken item is listed too, with its problems), and where each problem belongs in the form.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { MediaSource } from '../contentBuild/contentCheckTypes.ts';
import { EVENT_ITEMS, itemFoldersOf, PANEL_ITEMS } from '../contentBuild/itemFolder.ts';
import type { ContentProblem } from '../contentModel/contentProblem.ts';

export type ItemKindName = 'event' | 'panel' | 'tour';

export interface StudioItem {
  readonly kind: ItemKindName;
  /** `<track>/<slug>`, `<group>/<slug>` or, for a tour, its file name without `.yaml`. */
  readonly id: string;
  /** The track or group; null for a tour. */
  readonly parent: string | null;
  /** The item's yaml, relative to the media folder. */
  readonly file: string;
  /** The folder (events, panels) or the file (tours) the history keeps the item's changes under. */
  readonly key: string;
  /** Every file of the item: the yaml and, for events and panels, everything in the folder. */
  readonly files: readonly string[];
  readonly title: Readonly<Record<string, string>>;
  readonly date: string | null;
  readonly order: number | null;
  /** The item's own words for what it still lacks, e.g. `noRecording:en`. */
  readonly notes: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  readonly unsaved: boolean;
}

/** A problem with the field of the form it concerns, e.g. `title.en` or `stops.2.stop`; '' for the whole item. */
export interface PlacedProblem extends ContentProblem {
  readonly field: string;
}

const TOURS = 'tours/';
const RECORDING = /^narration\.([A-Za-z-]+)\.(wav|mp3|ogg|opus|m4a|webm)$/;

function plainValue(source: MediaSource, file: string): Record<string, unknown> {
  try {
    const value: unknown = parseDocument(source.readText(file)).toJS();
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    // An unreadable file is listed with its problems; the check says what is wrong with it.
    return {};
  }
}

function textsOf(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** What the item lacks that is not an error: a translation, narration text, a recording, captions, a credit. */
function notesOf(value: Record<string, unknown>, kind: ItemKindName, files: readonly string[], languages: readonly string[]): string[] {
  const notes: string[] = [];
  const localised = ['title', 'summary', 'body', 'subtitle', 'dateLabel'].map((field) => value[field]).filter((field) => typeof field === 'object' && field !== null);
  for (const language of languages) {
    if (localised.some((field) => !textsOf(field)[language]?.trim())) notes.push(`missingTranslation:${language}`);
  }
  if (kind === 'tour') return notes;
  const narration = value.narration as { text?: unknown } | undefined;
  if (!narration) notes.push('noNarrationText');
  else {
    const names = files.map((file) => file.split('/').pop() ?? '');
    for (const language of languages) {
      if (!names.some((name) => RECORDING.exec(name)?.[1] === language)) notes.push(`noRecording:${language}`);
      if (!names.includes(`narration.${language}.vtt`)) notes.push(`noCaptions:${language}`);
    }
  }
  const image = value.image as { credit?: unknown } | undefined;
  if (image && !image.credit) notes.push('pictureWithoutCredit');
  return notes;
}

export function problemsOf(problems: readonly ContentProblem[], item: Pick<StudioItem, 'kind' | 'key'>, displayRoot = 'media'): ContentProblem[] {
  const prefix = `${displayRoot}/${item.key}`;
  return problems.filter((problem) => problem.file === prefix || (item.kind !== 'tour' && problem.file.startsWith(`${prefix}/`)));
}

export function listItems(source: MediaSource, problems: readonly ContentProblem[], languages: readonly string[], unsaved: ReadonlySet<string>): StudioItem[] {
  const items: StudioItem[] = [];
  const add = (kind: ItemKindName, id: string, parent: string | null, file: string, key: string, files: readonly string[]): void => {
    const value = plainValue(source, file);
    const found = problemsOf(problems, { kind, key });
    const date = value.date;
    items.push({
      kind, id, parent, file, key, files,
      title: textsOf(value.title),
      date: typeof date === 'string' || typeof date === 'number' ? String(date) : null,
      order: typeof value.order === 'number' ? value.order : null,
      notes: notesOf(value, kind, files, languages),
      errors: found.filter((problem) => problem.severity === 'error').length,
      warnings: found.filter((problem) => problem.severity === 'warning').length,
      unsaved: files.some((path) => unsaved.has(path)) || unsaved.has(file),
    });
  };
  for (const [kind, items] of [['event', EVENT_ITEMS], ['panel', PANEL_ITEMS]] as const) {
    for (const folder of itemFoldersOf(source.files, items)) {
      const file = folder.yamlFile ?? `${folder.folder}/${items.yamlName}`;
      add(kind, folder.id, folder.parent, file, folder.folder, [file, ...folder.files]);
    }
  }
  for (const file of source.files) {
    if (file.startsWith(TOURS) && file.endsWith('.yaml') && !file.slice(TOURS.length).includes('/')) {
      add('tour', file.slice(TOURS.length, -'.yaml'.length), null, file, file, [file]);
    }
  }
  return items.sort((a, b) => a.kind.localeCompare(b.kind) || (a.parent ?? '').localeCompare(b.parent ?? '')
    || (a.date ?? '').localeCompare(b.date ?? '') || (a.order ?? 0) - (b.order ?? 0) || a.id.localeCompare(b.id));
}

interface FieldSpan {
  readonly path: string;
  readonly depth: number;
  readonly first: number;
  readonly last: number;
}

/** Every key and list entry of the file with the lines it covers. */
function fieldSpans(text: string): FieldSpan[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const spans: FieldSpan[] = [];
  const lineOf = (offset: number): number => lines.linePos(offset).line;
  const visit = (node: Node | null | undefined, path: readonly string[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const keyPath = [...path, String(pair.key.value)];
        const value = pair.value as Node | null;
        const end = value?.range ? value.range[1] - 1 : pair.key.range[1];
        spans.push({ path: keyPath.join('.'), depth: keyPath.length, first: lineOf(pair.key.range[0]), last: lineOf(Math.max(end, pair.key.range[0])) });
        visit(value, keyPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((entry, index) => {
        const child = entry as Node;
        const entryPath = [...path, String(index)];
        if (child.range) spans.push({ path: entryPath.join('.'), depth: entryPath.length, first: lineOf(child.range[0]), last: lineOf(Math.max(child.range[0], child.range[1] - 1)) });
        visit(child, entryPath);
      });
    }
  };
  if (document.errors.length === 0) visit(document.contents, []);
  return spans;
}

/** Each of the item's problems with the form field on its line (the deepest key covering it). */
export function placeProblems(problems: readonly ContentProblem[], yamlFile: string, text: string | null, displayRoot = 'media'): PlacedProblem[] {
  const spans = text === null ? [] : fieldSpans(text);
  return problems.map((problem) => {
    if (problem.file !== `${displayRoot}/${yamlFile}` || problem.line === 0) return { ...problem, field: '' };
    const covering = spans.filter((span) => span.first <= problem.line && problem.line <= span.last).sort((a, b) => b.depth - a.depth)[0];
    return { ...problem, field: covering?.path ?? '' };
  });
}

/** Where an item is used by others: links of events and stops of tours, as edits could remove them. */
export interface ItemReference {
  readonly file: string;
  readonly path: readonly (string | number)[];
  readonly kind: 'link' | 'before' | 'after' | 'stop';
}

export function referencesTo(source: MediaSource, items: readonly StudioItem[], id: string): ItemReference[] {
  const references: ItemReference[] = [];
  for (const item of items) {
    if (item.id === id && item.kind !== 'tour') continue;
    const value = plainValue(source, item.file);
    if (item.kind === 'event') {
      const links = Array.isArray(value.links) ? value.links : [];
      links.forEach((link, index) => {
        if (link === id) references.push({ file: item.file, path: ['links', index], kind: 'link' });
      });
      for (const field of ['before', 'after'] as const) {
        if (value[field] === id) references.push({ file: item.file, path: [field], kind: field });
      }
    }
    if (item.kind === 'tour') {
      const stops = Array.isArray(value.stops) ? value.stops as unknown[] : [];
      stops.forEach((stop, index) => {
        if (typeof stop === 'object' && stop !== null && (stop as { stop?: unknown }).stop === id) references.push({ file: item.file, path: ['stops', index], kind: 'stop' });
      });
    }
  }
  return references;
}
