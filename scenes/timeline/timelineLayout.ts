/**
 * Where every card sits, computed from content alone (no three.js): tested as plain data, and
 * the same for every language, so switching language never moves a card.
 *
 * Time runs along x. The first track's cards stand above the axis, the second's below. A card
 * stands over its date when it can; when cards crowd, it moves to the next row outwards, and only
 * when every row is full does it slide later in time. A stem always joins a card to its exact
 * date on its track line, so a moved card never misstates its date.
 */
import type { TimelineEvent, Track } from '../../src/contentModel/contentTypes.ts';

/** The time scale for a sparse timeline; a crowded one is stretched so its busiest year fits. */
export const MIN_WORLD_UNITS_PER_YEAR = 4;
export const CARD_WIDTH = 3.2;
export const CARD_HEIGHT = 2;
export const CARD_GAP = 0.3;
export const TRACK_LINE_OFFSET = 0.9;
export const FIRST_ROW_OFFSET = 2.3;
export const ROW_SPACING = CARD_HEIGHT + 0.45;
export const ROWS_PER_TRACK = 3;

export interface CardPlacement {
  readonly eventId: string;
  readonly trackIndex: number;
  /** Where the event's date meets its track line. */
  readonly anchorX: number;
  readonly anchorY: number;
  /** The card's centre. */
  readonly x: number;
  readonly y: number;
  readonly row: number;
}

export interface TrackLine {
  readonly trackId: string;
  readonly y: number;
  readonly startX: number;
  readonly endX: number;
}

export interface TimelineLayout {
  readonly cards: readonly CardPlacement[];
  /** World units per year: at least MIN_WORLD_UNITS_PER_YEAR, more when a year is crowded. */
  readonly unitsPerYear: number;
  readonly trackLines: readonly TrackLine[];
  readonly firstYear: number;
  readonly lastYear: number;
  /** The x range the camera may look at. */
  readonly minX: number;
  readonly maxX: number;
  /** Half the height the content needs, for fitting the camera. */
  readonly halfHeight: number;
}

export function xOfTime(timePosition: number, layout: { readonly firstYear: number; readonly unitsPerYear: number }): number {
  return (timePosition - layout.firstYear) * layout.unitsPerYear;
}

/**
 * A scale at which the busiest year of any track fits its rows side by side, so that cards stay
 * near their dates instead of being pushed ever later when hundreds of events crowd the axis.
 */
function unitsPerYearFor(events: readonly TimelineEvent[], trackIds: readonly string[]): number {
  let busiestYear = 0;
  for (const trackId of trackIds) {
    const perYear = new Map<number, number>();
    for (const event of events) {
      if (event.trackId !== trackId) continue;
      const year = Math.floor(event.timePosition);
      perYear.set(year, (perYear.get(year) ?? 0) + 1);
    }
    busiestYear = Math.max(busiestYear, ...perYear.values());
  }
  return Math.max(MIN_WORLD_UNITS_PER_YEAR, (busiestYear * (CARD_WIDTH + CARD_GAP)) / ROWS_PER_TRACK);
}

export function layoutTimeline(events: readonly TimelineEvent[], tracks: readonly Track[]): TimelineLayout {
  const shownTracks = tracks.slice(0, 2);
  const positions = events.map((event) => event.timePosition);
  const firstYear = positions.length > 0 ? Math.floor(Math.min(...positions) / 10) * 10 : 2000;
  const lastYear = positions.length > 0 ? Math.ceil(Math.max(...positions)) + 1 : 2030;
  const unitsPerYear = unitsPerYearFor(events, shownTracks.map((track) => track.id));
  const scale = { firstYear, unitsPerYear };
  const cards: CardPlacement[] = [];
  const trackLines: TrackLine[] = [];

  shownTracks.forEach((track, trackIndex) => {
    const direction = trackIndex === 0 ? 1 : -1;
    const anchorY = direction * TRACK_LINE_OFFSET;
    const rowEnds: number[] = Array.from({ length: ROWS_PER_TRACK }, () => -Infinity);
    const trackEvents = events.filter((event) => event.trackId === track.id);
    for (const event of trackEvents) {
      const anchorX = xOfTime(event.timePosition, scale);
      const wanted = anchorX;
      let row = rowEnds.findIndex((end) => end + CARD_GAP <= wanted - CARD_WIDTH / 2);
      let x = wanted;
      if (row < 0) {
        row = rowEnds.indexOf(Math.min(...rowEnds));
        x = (rowEnds[row] ?? 0) + CARD_GAP + CARD_WIDTH / 2;
      }
      rowEnds[row] = x + CARD_WIDTH / 2;
      cards.push({
        eventId: event.id,
        trackIndex,
        anchorX,
        anchorY,
        x,
        y: direction * (FIRST_ROW_OFFSET + row * ROW_SPACING),
        row,
      });
    }
    const trackXs = cards.filter((card) => card.trackIndex === trackIndex).flatMap((card) => [card.anchorX, card.x]);
    if (trackXs.length > 0) {
      trackLines.push({
        trackId: track.id,
        y: anchorY,
        startX: Math.min(...trackXs) - CARD_WIDTH / 2,
        endX: Math.max(...trackXs) + CARD_WIDTH / 2,
      });
    }
  });

  const allX = cards.map((card) => card.x);
  const minX = allX.length > 0 ? Math.min(0, ...allX) : 0;
  const maxX = allX.length > 0 ? Math.max(...allX) : xOfTime(lastYear, scale);
  return {
    cards,
    unitsPerYear,
    trackLines,
    firstYear,
    lastYear,
    minX,
    maxX,
    halfHeight: FIRST_ROW_OFFSET + (ROWS_PER_TRACK - 1) * ROW_SPACING + CARD_HEIGHT / 2,
  };
}
