import { describe, expect, it } from 'vitest';
import { CARD_GAP, CARD_WIDTH, layoutTimeline, xOfTime } from '../../scenes/timeline/timelineLayout.ts';
import { mediaFolder } from '../../src/contentBuild/mediaFolder.ts';
import { validateMedia } from '../../src/contentBuild/validateMedia.ts';
import { STARTER_MEDIA } from '../support/mediaCopy.ts';
import { INTERFACE_TEXT } from '../../src/i18n/interfaceText.ts';

const { bundle } = validateMedia(mediaFolder(STARTER_MEDIA), { mediaUrl: (file) => file });

describe('layoutTimeline', () => {
  const layout = layoutTimeline(bundle.events, bundle.tracks);

  it('places every event once, Party history above the axis and museum history below', () => {
    expect(layout.cards.map((card) => card.eventId).sort()).toEqual(bundle.events.map((event) => event.id).sort());
    for (const card of layout.cards) {
      const event = bundle.events.find((candidate) => candidate.id === card.eventId)!;
      expect(Math.sign(card.y)).toBe(event.trackId === 'party' ? 1 : -1);
      // The stem starts at the exact date, even when the card had to move.
      expect(card.anchorX).toBeCloseTo(xOfTime(event.timePosition, layout));
    }
  });

  it('stretches a crowded timeline so cards stay near their dates', () => {
    const crowded = Array.from({ length: 600 }, (_, index) => ({
      ...bundle.events[0]!,
      id: `party/bench-${index}`,
      timePosition: 1921 + (index % 100) + (index / 600),
    })).sort((a, b) => a.timePosition - b.timePosition); // as the content bundle always is
    const stretched = layoutTimeline(crowded, bundle.tracks);
    expect(stretched.unitsPerYear).toBeGreaterThan(layout.unitsPerYear);
    const furthest = Math.max(...stretched.cards.map((card) => Math.abs(card.x - card.anchorX)));
    expect(furthest / stretched.unitsPerYear).toBeLessThan(1.5);
  });

  it('never lets two cards of a row overlap', () => {
    for (const card of layout.cards) {
      for (const other of layout.cards) {
        if (other === card || other.y !== card.y) continue;
        expect(Math.abs(other.x - card.x), `${card.eventId} / ${other.eventId}`).toBeGreaterThanOrEqual(CARD_WIDTH + CARD_GAP - 1e-9);
      }
    }
  });
});

describe('interface words', () => {
  it('exist in every language the interface offers, and none is empty', () => {
    const [first, ...others] = Object.values(INTERFACE_TEXT);
    for (const table of others) expect(Object.keys(table).sort()).toEqual(Object.keys(first ?? {}).sort());
    for (const table of Object.values(INTERFACE_TEXT)) for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });
});
