import { describe, expect, it } from 'vitest';
import { CARD_SLOT, layoutCorridor } from '../../scenes/timeline/corridorLayout.ts';
import { buildTimeScale, timeOfX, xOfTime, yearMarks } from '../../scenes/timeline/timeScale.ts';
import { mediaFolder } from '../../src/contentBuild/mediaFolder.ts';
import { validateMedia } from '../../src/contentBuild/validateMedia.ts';
import { STARTER_MEDIA } from '../support/mediaCopy.ts';

const { bundle } = validateMedia(mediaFolder(STARTER_MEDIA), { mediaUrl: (file) => file });
const trackIds = bundle.tracks.map((track) => track.id);
const layout = layoutCorridor(bundle.events, trackIds);

describe('the corridor time scale', () => {
  it('folds every run of three or more empty years into a break that names its true years', () => {
    const { scale } = layout;
    expect(scale.breaks.map((folded) => [folded.fromYear, folded.toYear])).toEqual([
      [1922, 1948], [1950, 1955], [1957, 1977], [1979, 1987], [1989, 1994], [1996, 1999], [2003, 2005], [2010, 2015],
    ]);
    for (const folded of scale.breaks) {
      // A break is short whatever it folds: 27 years take about one card's room.
      expect(folded.endX - folded.startX).toBeLessThan(1.5 * CARD_SLOT);
      expect(xOfTime(scale, folded.fromYear)).toBeCloseTo(folded.startX);
    }
  });

  it('is monotonic and invertible, so every year mark stands where its year is', () => {
    const { scale } = layout;
    let previous = Number.NEGATIVE_INFINITY;
    for (let time = scale.firstYear; time <= scale.lastYear + 1; time += 0.125) {
      const x = xOfTime(scale, time);
      expect(x).toBeGreaterThanOrEqual(previous);
      expect(timeOfX(scale, x)).toBeCloseTo(time, 6);
      previous = x;
    }
    for (const mark of yearMarks(scale)) {
      expect(mark.x).toBeCloseTo(xOfTime(scale, mark.year));
      expect(scale.breaks.some((folded) => mark.year >= folded.fromYear && mark.year <= folded.toYear)).toBe(false);
    }
  });

  it('gives a crowded year room for its busiest track in two rows', () => {
    const scale = buildTimeScale([0, 1, 2, 3, 4].map((index) => ({ trackId: 'museum', timePosition: 2022 + index / 10 })), 4, 2);
    expect((scale.yearStarts[1] ?? 0) - (scale.yearStarts[0] ?? 0)).toBeCloseTo(12);
  });
});

describe('layoutCorridor', () => {
  it('places every event once, the first track above the axis, and keeps each stem on its date', () => {
    expect(layout.cards.map((card) => card.eventId).sort()).toEqual(bundle.events.map((event) => event.id).sort());
    for (const card of layout.cards) {
      const event = bundle.events.find((candidate) => candidate.id === card.eventId)!;
      expect(card.side).toBe(event.trackId === 'party' ? 1 : -1);
      expect(card.anchorX).toBeCloseTo(xOfTime(layout.scale, event.timePosition));
      // A card never hangs before its date, and never drifts more than a year's room after it.
      expect(card.x).toBeGreaterThanOrEqual(card.anchorX - 1e-9);
      expect(card.x - card.anchorX).toBeLessThan(3 * CARD_SLOT);
    }
  });

  it('never lets two cards of one row overlap', () => {
    for (const trackIndex of [0, 1]) {
      for (const row of [0, 1]) {
        const xs = layout.cards.filter((card) => card.trackIndex === trackIndex && card.row === row).map((card) => card.x).sort((a, b) => a - b);
        xs.slice(1).forEach((x, index) => expect(x - (xs[index] ?? 0)).toBeGreaterThanOrEqual(CARD_SLOT - 1e-9));
      }
    }
  });

  it('records each link once as a pair, first track first', () => {
    const pairs = layout.pairs.map(([first, second]) => [layout.cards[first]!.eventId, layout.cards[second]!.eventId]);
    expect(pairs).toContainEqual(['party/1949-prc-founded', 'museum/2019-salute-to-the-republic']);
    expect(new Set(pairs.map((pair) => pair.join('|'))).size).toBe(pairs.length);
    for (const [first, second] of layout.pairs) expect(layout.cards[first]!.trackIndex).toBeLessThan(layout.cards[second]!.trackIndex);
  });

  it('keeps 1,000 events near their dates', () => {
    const many = Array.from({ length: 1000 }, (_, index) => ({
      id: `${index % 2 ? 'museum' : 'party'}/bench-${index}`,
      trackId: index % 2 ? 'museum' : 'party',
      timePosition: 1921 + (index % 100) + index / 1000,
      links: [],
    }));
    const crowded = layoutCorridor(many, trackIds);
    for (const card of crowded.cards) expect(card.x - card.anchorX).toBeLessThan(4 * CARD_SLOT);
  });
});
