/**
 * The events and panels that have narration text, found by the content check's own reader of an
 * item folder (so media:narrate and media:check agree on what an item is and how its yaml reads).
 */
import type * as v from 'valibot';
import type { LanguageCode, LocalisedText } from '../contentModel/contentTypes.ts';
import { CheckReport } from './checkReport.ts';
import type { MediaSource } from './contentCheckTypes.ts';
import type { StaffText } from '../contentModel/contentProblem.ts';
import { staffText } from './problemCatalogue.ts';
import { EVENT_ITEMS, hasItemId, itemFoldersOf, PANEL_ITEMS, readItem, type ItemKind } from './itemFolder.ts';

export interface NarratedItem {
  /** `<track>/<event-id>` or `<group>/<panel-id>`, as elsewhere in the kiosk. */
  readonly id: string;
  /** The item's folder relative to the media root, e.g. `timeline/party/1949-prc-founded`. */
  readonly folder: string;
  readonly yamlFile: string;
  readonly text: LocalisedText;
}

export interface NarratedItems {
  /** In the order of their yaml files. */
  readonly items: readonly NarratedItem[];
  /** Items whose yaml cannot be read, in file order, in words for the command line. */
  readonly problems: readonly StaffText[];
}

/** Adds the items of one kind that have narration text; an item whose yaml cannot be read is a problem. */
function collect<TSchema extends v.GenericSchema>(
  kind: ItemKind<TSchema>,
  textOf: (value: v.InferOutput<TSchema>) => LocalisedText | undefined,
  input: { readonly source: MediaSource; readonly files: readonly string[]; readonly languages: readonly LanguageCode[] },
  found: { items: NarratedItem[]; unreadableFiles: string[] },
): void {
  // Problems are for media:check to word; here only whether the item can be read matters.
  const quiet = new CheckReport('media');
  for (const item of itemFoldersOf(input.files, kind)) {
    if (!item.yamlFile || !hasItemId(item, kind, input.source, quiet)) continue;
    const checked = readItem(item, kind, input.source, input.languages, quiet);
    if (!checked) {
      found.unreadableFiles.push(item.yamlFile);
      continue;
    }
    const text = textOf(checked.value);
    if (text) found.items.push({ id: item.id, folder: item.folder, yamlFile: item.yamlFile, text });
  }
}

export function narratedItemsOf(source: MediaSource, languages: readonly LanguageCode[]): NarratedItems {
  const found = { items: [] as NarratedItem[], unreadableFiles: [] as string[] };
  const input = { source, files: [...source.files].sort(), languages };
  collect(EVENT_ITEMS, (event) => event.narration?.text, input, found);
  collect(PANEL_ITEMS, (panel) => panel.narration?.text, input, found);
  // In file order, as staff see the folders listed.
  const byFile = (a: { yamlFile: string }, b: { yamlFile: string }): number => (a.yamlFile < b.yamlFile ? -1 : a.yamlFile > b.yamlFile ? 1 : 0);
  found.items.sort(byFile);
  const problems = found.unreadableFiles.sort().map((file) => staffText('narrate.unreadable', { file }));
  return { items: found.items, problems };
}
