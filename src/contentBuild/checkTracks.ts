/** tracks.yaml: the timeline's tracks, in their order. */
import { tracksFileSchema } from '../contentModel/contentSchema.ts';
import type { Track } from '../contentModel/contentTypes.ts';
import type { CheckContext, CheckReport, CheckResult } from './checkReport.ts';
import { staffText } from './problemCatalogue.ts';
import { readContentFile } from './readContentYaml.ts';

const TRACKS_FILE = 'tracks.yaml';

/** The tracks, sorted; empty when tracks.yaml is missing or broken (its errors say so). */
export function checkTracks(context: CheckContext, report: CheckReport): CheckResult<readonly Track[]> {
  if (!context.fileSet.has(TRACKS_FILE)) {
    report.error(TRACKS_FILE, 0, staffText('tracks.missing'), staffText('tracks.missing.fix'));
    return report.result([]);
  }
  report.claim(TRACKS_FILE);
  const checked = readContentFile(context.source, TRACKS_FILE, tracksFileSchema(context.languages), report);
  if (!checked) return report.result([]);
  const tracks: Track[] = [];
  const seen = new Set<string>();
  checked.value.forEach((track, index) => {
    if (seen.has(track.id)) {
      report.error(TRACKS_FILE, checked.yaml.lineOf([index, 'id']), staffText('tracks.duplicateId', { id: track.id }), staffText('tracks.duplicateId.fix'));
      return;
    }
    seen.add(track.id);
    tracks.push({ id: track.id, order: track.order, colour: track.colour, accentColour: track.accentColour, title: track.title });
  });
  tracks.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return report.result(tracks);
}
