/**
 * The one content validator. media:check, the Vite build and the dev server all call
 * validateMedia(); it reads every file under media/, reports every problem at once (never only
 * the first), and builds the content bundle from whatever is good. The build refuses to ship a
 * bundle while any error remains; the dev server shows the errors and the good part.
 *
 * Each kind of file has its own check (settings, tracks, sources, events, panels, tours, and
 * within items pictures and narration), which returns its value, its problems and the files it
 * claims. A file nobody claimed is unused: that is worked out once, here, at the end.
 */
import { createHash } from 'node:crypto';
import { sortProblems, type ContentProblem } from '../contentModel/contentProblem.ts';
import type { ContentBundle, Narration } from '../contentModel/contentTypes.ts';
import { checkEvents } from './checkEvents.ts';
import { NarrationCheck } from './checkNarration.ts';
import { checkPanels } from './checkPanels.ts';
import { CheckReport, type CheckContext } from './checkReport.ts';
import { checkSettings } from './checkSettings.ts';
import { checkSources } from './checkSources.ts';
import { checkTours } from './checkTours.ts';
import { checkTracks } from './checkTracks.ts';
import type { ContentSummary, MediaSource, MediaValidation, ValidateMediaOptions } from './contentCheckTypes.ts';
import { staffText } from './problemCatalogue.ts';
import { authoredLanguages, TRADITIONAL, withTraditional, type TraditionalConversion } from './traditionalChinese.ts';

export type { AudioProbe, ContentSummary, MediaSource, MediaValidation, ValidateMediaOptions } from './contentCheckTypes.ts';

/** Files an operating system leaves behind; they are nobody's content. */
const SYSTEM_LITTER = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini|\._[^/]*)$/;
/** Files at the top of media/ that are for people, not for the kiosk. */
const ROOT_FILES = new Set(['kiosk.yaml', 'tracks.yaml', 'sources.yaml', 'README.md', 'README.zh-Hans.md']);

function contentVersionOf(source: MediaSource, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(source.readBytes(file)).update('\0');
  return hash.digest('hex').slice(0, 12);
}

function countBy<T>(items: readonly T[], keys: readonly string[], keyOf: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = items.filter((item) => keyOf(item) === key).length;
  return counts;
}

/** The bundle with the derived languages kiosk.yaml asks for (zh-Hant) filled in, and what was converted. */
function withDerivedLanguages(bundle: ContentBundle, captionsFor: ((url: string) => string) | undefined): { bundle: ContentBundle; conversions: TraditionalConversion[] } {
  const conversions: TraditionalConversion[] = [];
  const onConversion = (conversion: TraditionalConversion): void => {
    conversions.push(conversion);
  };
  const derived = withTraditional(bundle, captionsFor ? { captionsFor, onConversion } : { onConversion });
  return { bundle: bundle.settings.languages.includes(TRADITIONAL) ? derived : bundle, conversions };
}

export function validateMedia(source: MediaSource, options: ValidateMediaOptions): MediaValidation {
  const report = new CheckReport(options.displayRoot ?? 'media');
  const files = source.files.filter((file) => !SYSTEM_LITTER.test(file)).sort();
  const fileSet = new Set(files);
  const version = contentVersionOf(source, files);

  const { settings, staffLanguage } = report.absorb(checkSettings(source, fileSet, report.part()));
  // Checks cover the languages staff write; a derived one (zh-Hant) is made from them below.
  const context: CheckContext = { source, options, files, fileSet, languages: authoredLanguages(settings.languages) };
  const sources = report.absorb(checkSources(context, report.part()));
  const tracks = report.absorb(checkTracks(context, report.part()));
  const narration = new NarrationCheck(context);
  const events = report.absorb(checkEvents(context, { tracks, sources, narration }, report.part()));
  const panels = report.absorb(checkPanels(context, { tracks, sources, narration }, report.part()));
  const tours = report.absorb(checkTours(context, { events, panels }, report.part()));

  const checked = report.result(null);
  for (const file of files) {
    if (checked.claimedFiles.has(file) || (!file.includes('/') && ROOT_FILES.has(file))) continue;
    report.warning(file, 0, staffText('file.unused'), staffText('file.unused.fix'));
  }
  const problems: ContentProblem[] = sortProblems(report.result(null).problems);
  const { panelGroups } = panels;
  const narrations = [...events.events.map((event) => event.narration), ...panelGroups.flatMap((group) => group.panels.map((panel) => panel.narration))]
    .filter((found): found is Narration => found !== null);
  const summary: ContentSummary = {
    eventsByTrack: countBy(events.events, tracks.map((track) => track.id), (event) => event.trackId),
    panelsByGroup: Object.fromEntries(panelGroups.map((group) => [group.id, group.panels.length])),
    languages: settings.languages,
    narratedItems: narrations.length,
    recordedNarrations: narrations.filter((found) => Object.values(found.audio).some((url) => url !== null)).length,
    tours: tours.length,
  };
  const derived = withDerivedLanguages({ version, settings, tracks, events: events.events, panelGroups, tours }, options.captionsFor);
  return {
    problems,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
    warningCount: problems.filter((problem) => problem.severity === 'warning').length,
    bundle: derived.bundle,
    traditionalConversions: derived.conversions,
    referencedFiles: [...checked.referencedFiles].sort(),
    summary,
    staffLanguage,
  };
}
