/**
 * The one reader of an item folder, an event's (`timeline/<track>/<event>/event.yaml`) or a
 * panel's (`panels/<group>/<panel>/panel.yaml`): the check and media:narrate both find items
 * through it, so they agree on which folders are items and how their yaml is read.
 */
import type * as v from 'valibot';
import { eventFileSchema, ID_PATTERN, panelFileSchema, type SourcesFile } from '../contentModel/contentSchema.ts';
import type { LanguageCode, Track } from '../contentModel/contentTypes.ts';
import type { NarrationCheck } from './checkNarration.ts';
import type { CheckReport } from './checkReport.ts';
import type { MediaSource } from './contentCheckTypes.ts';
import { suggestFolderName } from './folderName.ts';
import { staffText, type ProblemCode, type StaffParameter } from './problemCatalogue.ts';
import { readContentFile, type CheckedFile } from './readContentYaml.ts';
import { decodeContentText } from './textDecoding.ts';
import { readYamlFile } from './yamlFile.ts';

export interface ItemKind<TSchema extends v.GenericSchema> {
  /** The folder under media/ that holds this kind of item, one level of `<track>` or `<group>` down. */
  readonly root: 'timeline' | 'panels';
  readonly yamlName: string;
  schema(languages: readonly LanguageCode[]): TSchema;
  /** The message when the folder's name cannot be an id, and its fix (given the folder name as `{name}` and a suggestion as `{example}`). */
  readonly badFolderName: ProblemCode;
  readonly badFolderNameFix: ProblemCode;
  /** The message when the folder has no yaml, and its fix. */
  readonly noYaml: ProblemCode;
  readonly noYamlFix: ProblemCode;
}

export const EVENT_ITEMS: ItemKind<ReturnType<typeof eventFileSchema>> = {
  root: 'timeline',
  yamlName: 'event.yaml',
  schema: eventFileSchema,
  badFolderName: 'event.badFolderName',
  badFolderNameFix: 'event.badFolderName.fix',
  noYaml: 'event.noYaml',
  noYamlFix: 'event.noYaml.fix',
};

export const PANEL_ITEMS: ItemKind<ReturnType<typeof panelFileSchema>> = {
  root: 'panels',
  yamlName: 'panel.yaml',
  schema: panelFileSchema,
  badFolderName: 'panel.badFolderName',
  badFolderNameFix: 'panel.badFolderName.fix',
  noYaml: 'panel.noYaml',
  noYamlFix: 'panel.noYaml.fix',
};

/** What checking an event or a panel needs from the rest of the check. */
export interface ItemInputs {
  readonly tracks: readonly Track[];
  readonly sources: SourcesFile;
  /** Shared by all items, so that narration text copied from another item is caught. */
  readonly narration: NarrationCheck;
}

export interface ItemFolder {
  /** Relative to media/, e.g. `timeline/party/1949-prc-founded`. */
  readonly folder: string;
  /** The track or group the folder is in. */
  readonly parent: string;
  /** The folder's own name, the second half of the item's id. */
  readonly slug: string;
  /** `<parent>/<slug>`, as elsewhere in the kiosk. */
  readonly id: string;
  readonly yamlFile: string | null;
  /** Every other file in the folder or below it. */
  readonly files: readonly string[];
}

/** Item folders of one kind, in the order of the (sorted) files; files directly in the root or in a track or group are not in any. */
export function itemFoldersOf(files: readonly string[], kind: ItemKind<v.GenericSchema>): ItemFolder[] {
  const folders = new Map<string, { parent: string; slug: string; yamlFile: string | null; files: string[] }>();
  for (const file of files) {
    const parts = file.split('/');
    if (parts[0] !== kind.root || parts.length < 4) continue;
    const folder = parts.slice(0, 3).join('/');
    const entry = folders.get(folder) ?? { parent: parts[1] ?? '', slug: parts[2] ?? '', yamlFile: null, files: [] };
    if (parts.length === 4 && parts[3] === kind.yamlName) entry.yamlFile = file;
    else entry.files.push(file);
    folders.set(folder, entry);
  }
  return [...folders].map(([folder, entry]) => ({ folder, id: `${entry.parent}/${entry.slug}`, ...entry }));
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * What a new name for the folder can be made of: the year (from a leading year in the name, or
 * the yaml's date) and a title (the yaml's English title, else its Chinese one, else the name).
 * Read without reporting anything: the folder's name is the problem being explained.
 */
function namingOf(item: ItemFolder, source: MediaSource): { year: string | undefined; title: string } {
  const leading = /^(\d{4})(?:[-_\s年]+|$)/.exec(item.slug);
  let value: unknown;
  if (item.yamlFile) {
    const decoded = decodeContentText(source.readBytes(item.yamlFile));
    value = decoded.ok ? readYamlFile(decoded.text).value : undefined;
  }
  const fields = value && typeof value === 'object' ? (value as { title?: unknown; date?: unknown }) : {};
  const title = fields.title && typeof fields.title === 'object' ? (fields.title as Record<string, unknown>) : {};
  const dateYear = typeof fields.date === 'string' || typeof fields.date === 'number' ? /^\d{4}/.exec(String(fields.date))?.[0] : undefined;
  return {
    year: leading?.[1] ?? dateYear,
    title: textOf(title.en) ?? textOf(title['zh-Hans']) ?? item.slug.slice(leading?.[0].length ?? 0),
  };
}

/**
 * Whether the folder's name can be an item id; says how to rename it when not (a Chinese name
 * gets a pinyin or English one). Its files are explained by that message, so none is also
 * reported as unused.
 */
export function hasItemId(item: ItemFolder, kind: ItemKind<v.GenericSchema>, source: MediaSource, report: CheckReport): boolean {
  if (ID_PATTERN.test(item.slug)) return true;
  const { year, title } = namingOf(item, source);
  const example = suggestFolderName(kind.root === 'timeline' ? year : undefined, title);
  const parameters: Readonly<Record<string, StaffParameter>> = { name: item.slug, example };
  report.error(item.folder, 0, staffText(kind.badFolderName, parameters), staffText(kind.badFolderNameFix, parameters));
  report.claim(...item.files, ...(item.yamlFile ? [item.yamlFile] : []));
  return false;
}

/**
 * The item's yaml, read and checked; null when it is missing or has errors (reported). While the
 * yaml is broken its error speaks for the folder, so the folder's other files are claimed too.
 */
export function readItem<TSchema extends v.GenericSchema>(
  item: ItemFolder,
  kind: ItemKind<TSchema>,
  source: MediaSource,
  languages: readonly LanguageCode[],
  report: CheckReport,
): (CheckedFile<v.InferOutput<TSchema>> & { readonly file: string }) | null {
  if (!item.yamlFile) {
    report.error(item.folder, 0, staffText(kind.noYaml), staffText(kind.noYamlFix));
    return null;
  }
  report.claim(item.yamlFile);
  const checked = readContentFile(source, item.yamlFile, kind.schema(languages), report);
  if (!checked) {
    report.claim(...item.files);
    return null;
  }
  return { ...checked, file: item.yamlFile };
}
