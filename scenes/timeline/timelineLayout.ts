/**
 * Where every card sits, computed from content alone (no three.js): tested as plain data, and
 * the same for every language, so switching language never moves a card.
 *
 * Time runs along x. The first track's cards stand above the axis, the second's below. A card
 * stands over its date when it can; when cards crowd, it moves to the next row outwards, and only
 * when every row is full does it slide later in time. A stem always joins a card to its exact
 * date on its track line, so a moved card never misstates its date.
 */
import type { TimelineEvent, Track } from '../../src/content/contentTypes.ts';

export const WORLD_UNITS_PER_YEAR = 4;
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
  readonly trackLines: readonly TrackLine[];
  readonly firstYear: number;
  readonly lastYear: number;
  /** The x range the camera may look at. */
  readonly minX: number;
  readonly maxX: number;
  /** Half the height the content needs, for fitting the camera. */
  readonly halfHeight: number;
}

export function xOfTime(timePosition: number, firstYear: number): number {
  return (timePosition - firstYear) * WORLD_UNITS_PER_YEAR;
}

export function layoutTimeline(events: readonly TimelineEvent[], tracks: readonly Track[]): TimelineLayout {
  const shownTracks = tracks.slice(0, 2);
  const positions = events.map((event) => event.timePosition);
  const firstYear = positions.length > 0 ? Math.floor(Math.min(...positions) / 10) * 10 : 2000;
  const lastYear = positions.length > 0 ? Math.ceil(Math.max(...positions)) + 1 : 2030;
  const cards: CardPlacement[] = [];
  const trackLines: TrackLine[] = [];

  shownTracks.forEach((track, trackIndex) => {
    const direction = trackIndex === 0 ? 1 : -1;
    const anchorY = direction * TRACK_LINE_OFFSET;
    const rowEnds: number[] = Array.from({ length: ROWS_PER_TRACK }, () => -Infinity);
    const trackEvents = events.filter((event) => event.trackId === track.id);
    for (const event of trackEvents) {
      const anchorX = xOfTime(event.timePosition, firstYear);
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
  const maxX = allX.length > 0 ? Math.max(...allX) : xOfTime(lastYear, firstYear);
  return {
    cards,
    trackLines,
    firstYear,
    lastYear,
    minX,
    maxX,
    halfHeight: FIRST_ROW_OFFSET + (ROWS_PER_TRACK - 1) * ROW_SPACING + CARD_HEIGHT / 2,
  };
}
