/**
 * npm run media:check [-- --media <folder>] [--json]
 *
 * Checks every content file and prints every problem at once as `file:line: what is wrong.
 * Fix: how`. Exits 1 when there is an error (the build would refuse the content), 0 otherwise.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../content/contentProblem.ts';
import { checkMediaFolder } from '../content/checkMediaFolder.ts';
import type { MediaValidation } from '../content/validateMedia.ts';

const { values } = parseArgs({
  options: {
    media: { type: 'string', default: 'media' },
    json: { type: 'boolean', default: false },
  },
});

const mediaRoot = resolve(values.media);
let validation: MediaValidation;
try {
  validation = await checkMediaFolder(mediaRoot, { mediaUrl: (file) => file, displayRoot: values.media.replace(/\/+$/, '') });
} catch (error) {
  console.error(`media:check could not read ${mediaRoot}: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Fix: run the command from the project folder, or pass the content folder with --media <folder>.');
  process.exit(2);
}

if (values.json) {
  console.log(JSON.stringify({
    ok: validation.errorCount === 0,
    errors: validation.errorCount,
    warnings: validation.warningCount,
    problems: validation.problems,
    summary: validation.summary,
    contentVersion: validation.bundle.version,
  }, null, 2));
} else {
  for (const problem of validation.problems) console.log(formatProblem(problem));
  const { summary } = validation;
  const tracks = Object.entries(summary.eventsByTrack).map(([track, count]) => `${count} ${track}`).join(', ');
  const groups = Object.entries(summary.panelsByGroup).map(([group, count]) => `${count} ${group}`).join(', ');
  if (validation.problems.length > 0) console.log('');
  console.log(`Events: ${Object.values(summary.eventsByTrack).reduce((a, b) => a + b, 0)} (${tracks})`);
  console.log(`Panels: ${Object.values(summary.panelsByGroup).reduce((a, b) => a + b, 0)} (${groups})`);
  console.log(`Languages: ${summary.languages.join(', ')}`);
  console.log(`Narrations: ${summary.narratedItems} with text, ${summary.recordedNarrations} with recordings; tours: ${summary.tours}`);
  if (validation.errorCount > 0) {
    console.log(`\n${validation.errorCount} error(s), ${validation.warningCount} warning(s). The kiosk will not be built until the errors are fixed; the kiosks keep showing the last good version.`);
  } else {
    console.log(`\nContent OK (version ${validation.bundle.version}), ${validation.warningCount} warning(s).`);
  }
}
process.exit(validation.errorCount > 0 ? 1 : 0);
