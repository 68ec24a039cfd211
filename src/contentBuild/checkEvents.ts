/** The timeline's events: their folders, dates, placement, links, pictures and narration. */
import { parseContentDate, timePositionOf, timeSpanOf } from '../contentModel/contentDate.ts';
import type { EventFile } from '../contentModel/contentSchema.ts';
import type { ContentDate, TimelineEvent, Track } from '../contentModel/contentTypes.ts';
import type { CheckContext, CheckReport, CheckResult } from './checkReport.ts';
import { checkPicture } from './checkPicture.ts';
import { sourceReferencesOf } from './checkSources.ts';
import { closest } from './didYouMean.ts';
import { EVENT_ITEMS, hasItemId, itemFoldersOf, readItem, type ItemFolder, type ItemInputs } from './itemFolder.ts';
import { staffList, staffText } from './problemCatalogue.ts';
import type { YamlFile } from './yamlFile.ts';

export interface CheckedEvents {
  /** Sorted in time, links made symmetric. */
  readonly events: readonly TimelineEvent[];
  /** Every event folder that exists, broken or not: a link to a broken event is not a second error. */
  readonly existingEventIds: ReadonlySet<string>;
  /** Events whose yaml and date are good, placed or not. */
  readonly datedEventIds: ReadonlySet<string>;
}

/** Event ids start with their year (the staff guide says so), which keeps the folders in time order. */
const LEADING_YEAR = /^\d{4}(-|$)/;

interface ReadEvent {
  readonly item: ItemFolder;
  readonly event: EventFile;
  readonly file: string;
  readonly yaml: YamlFile;
}

interface DatedEvent extends ReadEvent {
  readonly date: ContentDate;
}

/** Reads every event folder; claims the files of folders whose own problem (or tracks.yaml's) explains them. */
function readEventFolders(context: CheckContext, tracks: readonly Track[], report: CheckReport): { read: ReadEvent[]; existingEventIds: Set<string>; folders: ItemFolder[] } {
  for (const file of context.files.filter((candidate) => candidate.startsWith('timeline/') && candidate.split('/').length < 4)) {
    report.warning(file, 0, staffText('event.strayFile'), staffText('event.strayFile.fix'));
    report.claim(file);
  }
  const trackIds = new Set(tracks.map((track) => track.id));
  /** Without a readable tracks.yaml no event can be placed; its own error says so, once. */
  const tracksReadable = tracks.length > 0;
  const existingEventIds = new Set<string>();
  const read: ReadEvent[] = [];
  const folders = itemFoldersOf(context.files, EVENT_ITEMS);
  for (const item of folders) {
    if (!trackIds.has(item.parent)) report.claim(...item.files, item.yamlFile ?? '');
    if (!tracksReadable) {
      existingEventIds.add(item.id);
      continue;
    }
    if (!trackIds.has(item.parent)) {
      const suggestion = closest(item.parent, trackIds);
      const trackFolders = [...trackIds].map((id) => `media/timeline/${id}/`);
      report.error(item.folder, 0, staffText('event.unknownTrack', { track: item.parent }), staffText('event.unknownTrack.fix', {
        folders: staffList(trackFolders, { 'zh-Hans': ' 或 ', en: ' or ' }),
        near: suggestion ? staffText('event.unknownTrack.near', { suggestion }) : '',
      }));
      continue;
    }
    if (!hasItemId(item, EVENT_ITEMS, context.source, report)) continue;
    existingEventIds.add(item.id);
    const checked = readItem(item, EVENT_ITEMS, context.source, context.languages, report);
    if (!checked) continue;
    read.push({ item, event: checked.value, file: checked.file, yaml: checked.yaml });
    if (!LEADING_YEAR.test(item.slug)) {
      const year = /^\d{4}/.exec(checked.value.date)?.[0] ?? 'YYYY';
      report.warning(item.folder, 0, staffText('event.noYearInId', { name: item.slug }),
        staffText('event.noYearInId.fix', { example: `${year}-${item.slug}`, id: item.id }));
    }
  }
  return { read, existingEventIds, folders };
}

/** The event's time position, moved by `before:`/`after:` within its date; null when a relation cannot hold. */
function positionOf(dated: DatedEvent, basePosition: ReadonlyMap<string, number>, existingEventIds: ReadonlySet<string>, report: CheckReport): number | null {
  const { event, file, yaml, date } = dated;
  let position = timePositionOf(date);
  let placementOk = true;
  for (const relation of ['before', 'after'] as const) {
    const anchor = event[relation];
    if (anchor === undefined) continue;
    const anchorPosition = basePosition.get(anchor);
    const span = timeSpanOf(date);
    const line = yaml.lineOf([relation]);
    if (anchorPosition === undefined) {
      if (!existingEventIds.has(anchor)) {
        const suggestion = closest(anchor, existingEventIds);
        report.error(file, line, staffText('event.anchorMissing', { relation, anchor }), staffText('event.anchorMissing.fix', {
          near: suggestion ? staffText('event.anchorMissing.near', { suggestion }) : '',
        }));
      } else {
        report.warning(file, line, staffText('event.anchorBroken', { relation, anchor }), staffText('event.anchorBroken.fix'));
      }
    } else if (anchorPosition <= span.start || anchorPosition >= span.end) {
      report.error(file, line, staffText('event.anchorOutsideDate', { relation, anchor, date: event.date }),
        staffText('event.anchorOutsideDate.fix', { relation, unit: staffText(date.month === null ? 'dateUnit.year' : 'dateUnit.month') }));
      placementOk = false;
    } else {
      position = relation === 'before' ? (span.start + anchorPosition) / 2 : (anchorPosition + span.end) / 2;
    }
  }
  return placementOk ? position : null;
}

/** The links that point to an event on the other track; reports the others. */
function linksOf(dated: DatedEvent, existingEventIds: ReadonlySet<string>, report: CheckReport): string[] {
  const { event, file, yaml, item } = dated;
  const links: string[] = [];
  if (isRecord(yaml.value) && yaml.value.links === null) {
    // Never an id from memory or an example: those may be the very events that were deleted.
    const example = [...existingEventIds].sort().find((id) => id.split('/')[0] !== item.parent);
    report.warning(file, yaml.lineOf(['links']), staffText('event.emptyLinks'),
      example ? staffText('event.emptyLinks.fix', { example }) : staffText('event.emptyLinks.fixNoExample'));
  }
  event.links.forEach((link, index) => {
    const line = yaml.lineOf(['links', index]);
    if (!existingEventIds.has(link)) {
      const suggestion = closest(link, existingEventIds);
      report.error(file, line, staffText('event.linkMissing', { link }),
        suggestion ? staffText('event.linkMissing.fixNear', { suggestion }) : staffText('event.linkMissing.fix'));
      return;
    }
    if (link.split('/')[0] === item.parent) {
      report.error(file, line, staffText('event.linkSameTrack', { link }), staffText('event.linkSameTrack.fix'));
      return;
    }
    if (link !== item.id) links.push(link);
  });
  return links;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function addLinkPair(pairs: Map<string, Set<string>>, from: string, to: string): void {
  const linked = pairs.get(from) ?? new Set<string>();
  linked.add(to);
  pairs.set(from, linked);
}

function datedEvents(read: readonly ReadEvent[], report: CheckReport): DatedEvent[] {
  return read.flatMap((candidate) => {
    const parsedDate = parseContentDate(candidate.event.date);
    if (!parsedDate.ok) {
      report.error(candidate.file, candidate.yaml.lineOf(['date']), parsedDate.staffReason, staffText('fieldForm.date'));
      return [];
    }
    return [{ ...candidate, date: parsedDate.date }];
  });
}

export function checkEvents(context: CheckContext, inputs: ItemInputs, report: CheckReport): CheckResult<CheckedEvents> {
  const { read, existingEventIds, folders } = readEventFolders(context, inputs.tracks, report);
  const dated = datedEvents(read, report);
  const basePosition = new Map(dated.map((candidate) => [candidate.item.id, timePositionOf(candidate.date)]));
  const events: TimelineEvent[] = [];
  const linkPairs = new Map<string, Set<string>>();
  for (const candidate of dated) {
    const position = positionOf(candidate, basePosition, existingEventIds, report);
    if (position === null) continue;
    const { item, event, file, yaml, date } = candidate;
    for (const link of linksOf(candidate, existingEventIds, report)) {
      addLinkPair(linkPairs, item.id, link);
      addLinkPair(linkPairs, link, item.id);
    }
    const image = event.image
      ? report.absorb(checkPicture({ image: event.image, folder: item.folder, file, yaml, path: ['image'] }, context, report.part()))
      : null;
    events.push({
      id: item.id,
      trackId: item.parent,
      date,
      dateLabel: event.dateLabel ?? null,
      timePosition: position,
      title: event.title,
      summary: event.summary,
      body: event.body ?? null,
      sources: sourceReferencesOf(event.source, inputs.sources, context, { file, yaml }, report),
      links: [],
      image,
      narration: report.absorb(inputs.narration.check({ folder: item.folder, folderFiles: item.files, text: event.narration?.text, file, yaml }, report.part())),
    });
  }
  const builtEventIds = new Set(events.map((event) => event.id));
  // An event left out for an error of its own (a date, a placement): that error speaks for its
  // folder, so its picture and narration files are not also reported as unused.
  for (const item of folders) if (!builtEventIds.has(item.id)) report.claim(...item.files);
  const linkedEvents = events
    .map((event) => ({ ...event, links: [...(linkPairs.get(event.id) ?? [])].filter((link) => builtEventIds.has(link)).sort() }))
    .sort((a, b) => a.timePosition - b.timePosition || a.id.localeCompare(b.id));
  return report.result({ events: linkedEvents, existingEventIds, datedEventIds: new Set(basePosition.keys()) });
}
