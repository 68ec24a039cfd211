/**
 * What a visitor without sight walks through with the keypad: one row per timeline track (its
 * events in time order), then one per panel group (its panels in their order). Left and right
 * move along a row, up and down from row to row. The build speaks each item's position from the
 * same rows, so "第3项，共12项" is always true of what the keys do.
 */
import type { ContentBundle, LocalisedText } from '../contentModel/contentTypes.ts';

export interface KeypadRow {
  readonly id: string;
  readonly kind: 'track' | 'group';
  readonly title: LocalisedText;
  readonly itemIds: readonly string[];
}

export function keypadRowsOf(content: ContentBundle): KeypadRow[] {
  const tracks = [...content.tracks].sort((a, b) => a.order - b.order).map((track): KeypadRow => ({
    id: track.id,
    kind: 'track',
    title: track.title,
    itemIds: content.events.filter((event) => event.trackId === track.id).map((event) => event.id),
  }));
  const groups = [...content.panelGroups].sort((a, b) => a.order - b.order).map((group): KeypadRow => ({
    id: group.id,
    kind: 'group',
    title: group.title,
    itemIds: [...group.panels].sort((a, b) => a.order - b.order).map((panel) => panel.id),
  }));
  return [...tracks, ...groups].filter((row) => row.itemIds.length > 0);
}

/** Where an item stands: its row and its place in it, or null for an id in no row. */
export function keypadPlaceOf(rows: readonly KeypadRow[], itemId: string): { readonly row: number; readonly position: number } | null {
  for (const [row, candidate] of rows.entries()) {
    const position = candidate.itemIds.indexOf(itemId);
    if (position >= 0) return { row, position };
  }
  return null;
}
