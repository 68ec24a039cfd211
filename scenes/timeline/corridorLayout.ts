/**
 * Where every card hangs in the corridor, computed from content alone (no three.js): the same
 * for every language, so switching language never moves a card along the wall.
 *
 * The corridor's long wall runs along x (time, through the compressed scale). The first track's
 * cards hang above the axis band, the second's below it. A card hangs over its date when it can;
 * when cards crowd, it slides later, and a stem always joins it to its exact date on its track
 * line, so a moved card never misstates its date.
 */
import { buildTimeScale, scaleLength, xOfTime, type TimeScale } from './timeScale.ts';

/** World units. A card is as wide as this; its height follows its text. */
export const CARD_WIDTH = 3.4;
export const CARD_GAP = 0.5;
/** The camera looks along the wall this far (radians) from its normal: the future recedes to the right. */
export const CORRIDOR_YAW = (18 * Math.PI) / 180;
/**
 * Room one card needs along the wall. Cards face the visitor (turned by the yaw), so they stand
 * wider apart along the wall than their own width, by 1 / cos(yaw).
 */
export const CARD_SLOT = (CARD_WIDTH + CARD_GAP) / Math.cos(CORRIDOR_YAW);
/** Height of each track line above (below) the axis. */
export const TRACK_LINE_Y = 0.42;
/** The card's edge nearest the axis, for the first row. */
export const CARD_EDGE_Y = 0.72;

/** The edge nearest the axis of a card in `row`, when the card is drawn `scale` times its natural size. */
export function cardEdgeY(row: number, scale = 1): number {
  return CARD_EDGE_Y + row * ROW_PITCH * scale;
}
/** Each track hangs its cards in two rows: a crowded year stacks instead of spreading. */
export const ROWS_PER_TRACK = 2;
/** The second row's near edge sits this far beyond the first row's (world units at natural size). */
export const ROW_PITCH = 1.72;
/** Cards stand out from the wall by this much plus what their turn needs. */
export const CARD_OFFSET_Z = 0.12;

export interface LayoutEvent {
  readonly id: string;
  readonly trackId: string;
  readonly timePosition: number;
  readonly links: readonly string[];
}

export interface CardPlacement {
  readonly eventId: string;
  readonly trackIndex: number;
  /** +1 above the axis (the first track), -1 below. */
  readonly side: 1 | -1;
  /** Where the event's date meets its track line. */
  readonly anchorX: number;
  readonly anchorY: number;
  /** The card's centre along the wall. */
  readonly x: number;
  /** 0 next to the axis, 1 the row beyond. */
  readonly row: number;
}

export interface CorridorLayout {
  readonly scale: TimeScale;
  readonly cards: readonly CardPlacement[];
  readonly trackIds: readonly string[];
  /** The x range the view may rest on: from the first card to the last. */
  readonly minX: number;
  readonly maxX: number;
  /** Each linked pair once, as card indices (first track first). */
  readonly pairs: readonly (readonly [number, number])[];
}

export function layoutCorridor(events: readonly LayoutEvent[], trackIds: readonly string[]): CorridorLayout {
  const shownTracks = trackIds.slice(0, 2);
  const shownEvents = events.filter((event) => shownTracks.includes(event.trackId));
  const scale = buildTimeScale(shownEvents, CARD_SLOT, ROWS_PER_TRACK);
  const cards: CardPlacement[] = [];
  shownTracks.forEach((trackId, trackIndex) => {
    const side = trackIndex === 0 ? 1 : -1;
    const rowEnds = Array.from({ length: ROWS_PER_TRACK }, () => Number.NEGATIVE_INFINITY);
    const trackEvents = shownEvents.filter((event) => event.trackId === trackId).sort((a, b) => a.timePosition - b.timePosition);
    for (const event of trackEvents) {
      const anchorX = xOfTime(scale, event.timePosition);
      // The nearest row where the card can hang over its date; else the row that frees first.
      let row = rowEnds.findIndex((end) => end + CARD_SLOT <= anchorX);
      if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
      const x = Math.max(anchorX, (rowEnds[row] ?? Number.NEGATIVE_INFINITY) + CARD_SLOT);
      rowEnds[row] = x;
      cards.push({ eventId: event.id, trackIndex, side, anchorX, anchorY: side * TRACK_LINE_Y, x, row });
    }
  });
  const indexById = new Map(cards.map((card, index) => [card.eventId, index]));
  const pairs: [number, number][] = [];
  const seen = new Set<string>();
  for (const event of shownEvents) {
    for (const linkedId of event.links) {
      const from = indexById.get(event.id);
      const to = indexById.get(linkedId);
      const key = [event.id, linkedId].sort().join('|');
      if (from === undefined || to === undefined || seen.has(key)) continue;
      seen.add(key);
      const ordered: [number, number] = (cards[from]?.trackIndex ?? 0) <= (cards[to]?.trackIndex ?? 0) ? [from, to] : [to, from];
      pairs.push(ordered);
    }
  }
  const xs = cards.map((card) => card.x);
  const minX = xs.length > 0 ? Math.min(...xs) : 0;
  const maxX = xs.length > 0 ? Math.max(...xs) : scaleLength(scale);
  return { scale, cards, trackIds: shownTracks, minX, maxX, pairs };
}

/** The partners of a card: the cards it is linked with. */
export function partnersOf(layout: CorridorLayout, cardIndex: number): number[] {
  const partners: number[] = [];
  for (const [first, second] of layout.pairs) {
    if (first === cardIndex) partners.push(second);
    else if (second === cardIndex) partners.push(first);
  }
  return partners;
}
