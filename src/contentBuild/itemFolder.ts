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
import { staffText, type ProblemCode, type StaffParameter } from './problemCatalogue.ts';
import { readContentFile, type CheckedFile } from './readContentYaml.ts';

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
  badFolderNameFix: 'folder.rename',
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

/** Whether the folder's name can be an item id; says how to rename it when not. */
export function hasItemId(item: ItemFolder, kind: ItemKind<v.GenericSchema>, report: CheckReport): boolean {
  if (ID_PATTERN.test(item.slug)) return true;
  const example = item.slug.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+/, '') || '2021-new-event';
  const parameters: Readonly<Record<string, StaffParameter>> = { name: item.slug, example };
  report.error(item.folder, 0, staffText(kind.badFolderName, parameters), staffText(kind.badFolderNameFix, parameters));
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
