/**
 * The two commands staff meet: `npm run media:check` and the build. Both must refuse broken
 * content with messages that name the file and line, and accept the starter corridor.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyStarterMedia, lineContaining, type MediaCopy } from '../support/mediaCopy.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
const VITE = join(PROJECT_ROOT, 'node_modules/.bin/vite');

function run(command: string, args: string[], environment: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, ...environment } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

let copy: MediaCopy | null = null;
let outDir: string | null = null;
afterEach(() => {
  copy?.dispose();
  copy = null;
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  outDir = null;
});

function breakThreeFiles(media: MediaCopy): { yamlLine: number; titleLine: number; linkLine: number } {
  media.replace('timeline/party/1921-cpc-founded/event.yaml', 'summary:\n  zh-Hans:', 'summary:\n zh-Hans:');
  const centenary = 'timeline/party/2021-cpc-centenary/event.yaml';
  const englishTitle = media.read(centenary).split('\n').find((line) => line.startsWith('  en:')) ?? '';
  media.replace(centenary, `${englishTitle}\n`, '');
  media.replace('timeline/museum/2019-salute-to-the-republic/event.yaml', '  - party/1949-prc-founded', '  - party/1949-founded');
  return {
    yamlLine: lineContaining(media.read('timeline/party/1921-cpc-founded/event.yaml'), 'summary:') + 1,
    titleLine: lineContaining(media.read(centenary), 'title:'),
    linkLine: lineContaining(media.read('timeline/museum/2019-salute-to-the-republic/event.yaml'), 'party/1949-founded'),
  };
}

describe('npm run media:check', () => {
  it('passes the starter corridor and prints a summary', () => {
    const { status, output } = run(TSX, ['src/tools/mediaCheck.ts']);
    expect(output).toContain('Events: 25 (11 party, 14 museum)');
    expect(output).toContain('Panels: 10 (3 culture, 6 awards, 1 activities)');
    expect(output).toContain('Languages: zh-Hans, en');
    expect(output).toMatch(/Content OK \(version [0-9a-f]{12}\)/);
    expect(status).toBe(0);
  });

  it('fails on a copy with a broken yaml, a missing English title and an unknown link, naming all three', () => {
    copy = copyStarterMedia();
    const lines = breakThreeFiles(copy);
    const { status, output } = run(TSX, ['src/tools/mediaCheck.ts', '--media', copy.root]);
    expect(status).toBe(1);
    expect(output).toContain(`1921-cpc-founded/event.yaml:${lines.yamlLine}: error: the file cannot be read as YAML`);
    expect(output).toContain(`2021-cpc-centenary/event.yaml:${lines.titleLine}: error: the English (en) text of "title" is missing`);
    expect(output).toContain(`2019-salute-to-the-republic/event.yaml:${lines.linkLine}: error: the link "party/1949-founded" points to an event that does not exist`);
    expect(output).toMatch(/3 error\(s\)/);
  });

  it('prints the same findings as JSON for tools', () => {
    copy = copyStarterMedia();
    breakThreeFiles(copy);
    const { status, output } = run(TSX, ['src/tools/mediaCheck.ts', '--media', copy.root, '--json']);
    expect(status).toBe(1);
    const report = JSON.parse(output) as { ok: boolean; errors: number; problems: { file: string; line: number }[] };
    expect(report.ok).toBe(false);
    expect(report.errors).toBe(3);
    expect(report.problems.every((problem) => problem.line > 0)).toBe(true);
  });
});

describe('the build', () => {
  it('refuses content with errors and writes nothing', () => {
    copy = copyStarterMedia();
    breakThreeFiles(copy);
    outDir = mkdtempSync(join(tmpdir(), 'kiosk-build-'));
    const { status, output } = run(VITE, ['build', '--outDir', join(outDir, 'dist'), '--emptyOutDir'], { KIOSK_MEDIA_DIR: copy.root });
    expect(status).not.toBe(0);
    expect(output).toContain('has 3 error(s); the kiosk is not built');
    expect(output).toContain('2021-cpc-centenary/event.yaml');
    expect(existsSync(join(outDir, 'dist', 'index.html'))).toBe(false);
  });
});
