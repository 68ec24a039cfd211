/**
 * `npm test`: everything a change must pass, in the order that fails fastest. Type check and
 * lint, the content check, unit tests, a production build, then the end-to-end tests in Chromium
 * against that build. Ends with one plain line, `N passed, N failed`, for people and CI alike.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureChromium } from './support/findChromium.ts';
import { ensureMosquitto, ensureProgram } from './support/debianPackages.ts';
import { ensureNginx } from './support/findNginx.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(PROJECT_ROOT, 'test-results');
const bin = (name: string): string => join(PROJECT_ROOT, 'node_modules/.bin', name);

let passed = 0;
let failed = 0;
const failedSteps: string[] = [];

function step(title: string, command: string, args: readonly string[]): boolean {
  console.log(`\n=== ${title}`);
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) console.log(`--- ${title} failed (exit ${result.status ?? result.signal})`);
  return result.status === 0;
}

/** A step that is itself one check: it counts as one passed or one failed. */
function check(title: string, command: string, args: readonly string[]): boolean {
  const ok = step(title, command, args);
  if (ok) passed += 1;
  else {
    failed += 1;
    failedSteps.push(title);
  }
  return ok;
}

function readJson<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

check('Type check (tsc, strict)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('Type check of the service worker', bin('tsc'), ['--noEmit', '-p', 'tsconfig.serviceWorker.json']);
check('Lint (eslint)', bin('eslint'), ['.']);
check('Content check (media:check)', bin('tsx'), ['src/tools/mediaCheck.ts']);

// The build compresses staff WAV recordings with lame; unit and end-to-end tests drop one in.
try {
  ensureProgram('lame', 'lame', 'to compress WAV narration at build time (the tests add one)');
} catch (error) {
  console.log(error instanceof Error ? error.message : String(error));
  failed += 1;
  failedSteps.push('lame (narration encoder) missing');
}

// The gallery tests run a real Mosquitto, its accounts made with mosquitto_passwd.
try {
  ensureMosquitto();
} catch (error) {
  console.log(error instanceof Error ? error.message : String(error));
  failed += 1;
  failedSteps.push('mosquitto (gallery broker) missing');
}

const unitReport = join(RESULTS, 'unit-report.json');
step('Unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${unitReport}`]);
const unit = readJson<{ numPassedTests: number; numFailedTests: number; numTotalTests: number }>(unitReport);
if (unit) {
  const notPassed = unit.numTotalTests - unit.numPassedTests;
  passed += unit.numPassedTests;
  // A skipped or pending test is a gap, not a pass.
  failed += notPassed;
  if (notPassed > 0) failedSteps.push('unit tests');
} else {
  failed += 1;
  failedSteps.push('unit tests (no report written)');
}

if (check('Production build (vite build)', bin('vite'), ['build'])) {
  let chromium: string | null = null;
  try {
    chromium = ensureChromium();
    console.log(`\n=== Chromium: ${chromium}`);
  } catch (error) {
    console.log(error instanceof Error ? error.message : String(error));
    failed += 1;
    failedSteps.push('end-to-end tests (no Chromium)');
  }
  // Without nginx the tests tagged @nginx would only run once: that is a failure, not a skip.
  try {
    console.log(`=== nginx: ${ensureNginx()}`);
  } catch (error) {
    console.log(error instanceof Error ? error.message : String(error));
    failed += 1;
    failedSteps.push('end-to-end tests behind nginx (no nginx)');
  }
  if (chromium) {
    const e2eExited = step('End-to-end tests (Playwright, Chromium)', bin('playwright'), ['test']);
    const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(join(RESULTS, 'e2e-report.json'));
    if (e2e) {
      const notPassed = e2e.stats.unexpected + e2e.stats.flaky + e2e.stats.skipped;
      passed += e2e.stats.expected;
      failed += notPassed;
      if (notPassed > 0) failedSteps.push('end-to-end tests');
      // A run that could not start (a port in use, a server that never came up) reports no test at all.
      if (notPassed === 0 && (!e2eExited || e2e.stats.expected === 0)) {
        failed += 1;
        failedSteps.push('end-to-end tests (the run failed before or around its tests)');
      }
    } else {
      failed += 1;
      failedSteps.push('end-to-end tests (no report written)');
    }
  }
}

console.log('');
if (failedSteps.length > 0) console.log(`Failed: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
