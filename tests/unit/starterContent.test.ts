import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/contentModel/contentTypes.ts';
import { mediaFolder } from '../../src/contentBuild/mediaFolder.ts';
import { validateMedia } from '../../src/contentBuild/validateMedia.ts';
import { FACT_SHEET_EVENTS, FACT_SHEET_LINKS, FACT_SHEET_PANELS } from '../support/factSheet.ts';
import { STARTER_MEDIA } from '../support/mediaCopy.ts';

const { bundle } = validateMedia(mediaFolder(STARTER_MEDIA), { mediaUrl: (file) => file });
const LANGUAGES = ['zh-Hans', 'en'];

function isoDate(event: TimelineEvent): string {
  const { year, month, day } = event.date;
  return [String(year), month === null ? null : String(month).padStart(2, '0'), day === null ? null : String(day).padStart(2, '0')]
    .filter((part) => part !== null)
    .join('-');
}

function allText(event: TimelineEvent): string {
  return LANGUAGES.map((language) => `${event.title[language]} ${event.summary[language]} ${event.body?.[language] ?? ''}`).join(' ');
}

function findRow(key: string): TimelineEvent {
  const [trackAndDate = '', phrase] = key.split(':');
  const [track, date] = trackAndDate.split('/');
  const matches = bundle.events.filter((event) => event.trackId === track && isoDate(event) === date && (!phrase || allText(event).includes(phrase)));
  expect(matches, key).toHaveLength(1);
  return matches[0]!;
}

describe('the starter corridor holds every row of the fact sheet', () => {
  it('has one event per row, with the date exactly as given, its sources and both languages', () => {
    expect(bundle.events.filter((event) => event.trackId === 'party')).toHaveLength(FACT_SHEET_EVENTS.filter((row) => row.track === 'party').length);
    expect(bundle.events.filter((event) => event.trackId === 'museum')).toHaveLength(FACT_SHEET_EVENTS.filter((row) => row.track === 'museum').length);
    for (const row of FACT_SHEET_EVENTS) {
      const event = findRow(`${row.track}/${row.date}:${row.phrase}`);
      expect(event.sources.map((source) => source.key).sort(), event.id).toEqual([...row.sources].sort());
      for (const language of LANGUAGES) {
        expect(event.title[language]?.trim(), `${event.id} title ${language}`).toBeTruthy();
        expect(event.summary[language]?.trim(), `${event.id} summary ${language}`).toBeTruthy();
      }
    }
  });

  it('links the pairs the fact sheet names, in both directions', () => {
    for (const [partyKey, museumKey] of FACT_SHEET_LINKS) {
      const party = findRow(partyKey);
      const museum = findRow(museumKey);
      expect(party.links, `${party.id} -> ${museum.id}`).toContain(museum.id);
      expect(museum.links, `${museum.id} -> ${party.id}`).toContain(party.id);
    }
    const linkCount = bundle.events.reduce((sum, event) => sum + event.links.length, 0);
    expect(linkCount).toBe(FACT_SHEET_LINKS.length * 2);
  });

  it('has the culture system, every award programme and the culture activities as panels in both languages', () => {
    for (const [groupId, phrases] of Object.entries(FACT_SHEET_PANELS)) {
      const group = bundle.panelGroups.find((candidate) => candidate.id === groupId);
      expect(group?.panels, groupId).toHaveLength(phrases.length);
      for (const phrase of phrases) {
        const panel = group?.panels.find((candidate) =>
          `${candidate.title['zh-Hans']} ${candidate.subtitle?.['zh-Hans'] ?? ''} ${candidate.body['zh-Hans']}`.includes(phrase));
        expect(panel, `${groupId}: ${phrase}`).toBeDefined();
        expect(panel?.sources.map((source) => source.key)).toEqual(['article']);
        for (const language of LANGUAGES) expect(panel?.body[language]?.trim()).toBeTruthy();
      }
    }
    const narratedPanels = bundle.panelGroups.flatMap((group) => group.panels).filter((panel) => panel.narration !== null);
    expect(narratedPanels).toHaveLength(10);
  });

  it('carries no web address or markup in any visitor text', () => {
    const texts = JSON.stringify([bundle.events, bundle.panelGroups, bundle.tracks]);
    expect(texts).not.toMatch(/https?:|www\.|\.com\b|\.cn\b|<[a-z/]/i);
  });
});
