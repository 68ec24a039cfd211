/** The docent tours (`tours/<tour>.yaml`): each stop must be an event or panel that was built. */
import { ID_PATTERN, tourFileSchema } from '../contentModel/contentSchema.ts';
import type { Tour, TourStop } from '../contentModel/contentTypes.ts';
import type { CheckContext, CheckReport, CheckResult } from './checkReport.ts';
import type { CheckedEvents } from './checkEvents.ts';
import type { CheckedPanels } from './checkPanels.ts';
import { closest } from './didYouMean.ts';
import { staffText } from './problemCatalogue.ts';
import { checkWithSchema, readContentText, readYaml } from './readContentYaml.ts';
import { missingStopLines } from './tourLayout.ts';
import type { YamlFile } from './yamlFile.ts';

const TOURS_FOLDER = 'tours/';
/** How many existing ids an empty tour's fix offers as examples. */
const EXAMPLE_STOPS = 2;

/** Whether the stops were written around a deleted stop's leftovers; reported as the missing `- stop:` line. */
function hasLeftoverStopFields(text: string, file: string, report: CheckReport): boolean {
  const missing = missingStopLines(text);
  for (const found of missing) {
    report.error(file, found.line, staffText(found.first ? 'tour.stopLineMissing.first' : 'tour.stopLineMissing', { key: found.key }),
      staffText('tour.stopLineMissing.fix', { line: found.line, from: found.from, to: found.to }));
  }
  return missing.length > 0;
}

/** Whether `stops:` has nothing under it; reported with ids that exist, never one from memory (it may be what was deleted). */
function hasNoStops(yaml: YamlFile, file: string, builtIds: readonly string[], report: CheckReport): boolean {
  const value = yaml.value;
  const stops = value && typeof value === 'object' && !Array.isArray(value) ? (value as { stops?: unknown }).stops : undefined;
  if (!(stops === null || (Array.isArray(stops) && stops.length === 0))) return false;
  const examples = builtIds.slice(0, EXAMPLE_STOPS);
  report.error(file, yaml.lineOf(['stops']), staffText('tour.noStops'), staffText('tour.noStops.fix', {
    examples: { 'zh-Hans': examples.join('、'), en: examples.join(', ') },
  }));
  return true;
}

export function checkTours(context: CheckContext, targets: { events: CheckedEvents; panels: CheckedPanels }, report: CheckReport): CheckResult<readonly Tour[]> {
  const { events, panels } = targets;
  const builtEventIds = new Set(events.events.map((event) => event.id));
  const isBuilt = (id: string): boolean => builtEventIds.has(id) || panels.panelIds.has(id);
  // A stop at an event or panel that exists but has errors of its own is left out until they
  // are fixed; those errors are reported already, and say where.
  const isBroken = (id: string): boolean => events.existingEventIds.has(id) || panels.existingPanelIds.has(id);
  const tours: Tour[] = [];
  for (const file of context.files.filter((candidate) => candidate.startsWith(TOURS_FOLDER))) {
    const name = file.slice(TOURS_FOLDER.length);
    report.claim(file);
    if (!name.endsWith('.yaml') || name.includes('/')) {
      report.warning(file, 0, staffText('tour.notAYamlFile'), staffText('tour.notAYamlFile.fix'));
      continue;
    }
    const tourId = name.slice(0, -'.yaml'.length);
    if (!ID_PATTERN.test(tourId)) {
      report.error(file, 0, staffText('tour.badFileName', { name }), staffText('tour.badFileName.fix'));
      continue;
    }
    const text = readContentText(context.source, file, report);
    if (text === null || hasLeftoverStopFields(text, file, report)) continue;
    const yaml = readYaml(context.source, file, report);
    if (!yaml || hasNoStops(yaml, file, [...builtEventIds, ...panels.panelIds].sort(), report)) continue;
    const value = checkWithSchema(tourFileSchema(context.languages), yaml, file, report);
    if (!value) continue;
    const checked = { yaml, value };
    const stops = checked.value.stops.flatMap((stop, index): TourStop[] => {
      if (isBuilt(stop.stop)) return [{ target: stop.stop, talkingPoints: stop.talkingPoints ?? null, playNarration: stop.playNarration }];
      if (isBroken(stop.stop)) return [];
      const suggestion = closest(stop.stop, [...events.datedEventIds, ...panels.panelIds]);
      report.error(file, checked.yaml.lineOf(['stops', index, 'stop']), staffText('tour.unknownStop', { stop: stop.stop }),
        suggestion ? staffText('tour.unknownStop.fixNear', { suggestion }) : staffText('tour.unknownStop.fix'));
      return [];
    });
    tours.push({ id: tourId, title: checked.value.title, stops });
  }
  return report.result(tours);
}
