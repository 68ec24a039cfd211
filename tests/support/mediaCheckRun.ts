/** `npm run media:check -- --media <copy> --json --lang en`, as staff run it after a change. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './staticServer.ts';

export function mediaCheck(mediaRoot: string): { status: number | null; problems: string[] } {
  const check = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['src/tools/mediaCheck.ts', '--media', mediaRoot, '--json', '--lang', 'en'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  const report = JSON.parse(check.stdout) as { problems: { text: string }[] };
  return { status: check.status, problems: report.problems.map((problem) => problem.text) };
}
