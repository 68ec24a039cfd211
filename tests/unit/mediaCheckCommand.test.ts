/**
 * The two commands staff meet: `npm run media:check` and the build. Both must refuse broken
 * content with messages that name the file and line, and accept the starter corridor.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { breakThreeFiles, copyStarterMedia, lineContaining, type MediaCopy } from '../support/mediaCopy.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
const VITE = join(PROJECT_ROOT, 'node_modules/.bin/vite');

/** What `media:check --json` prints. */
interface JsonReport {
  readonly ok: boolean;
  readonly language: string;
  readonly errors: number;
  readonly problems: readonly { file: string; line: number; severity: string; message: string; fix: string; text: string }[];
}

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

describe('npm run media:check', () => {
  it('passes the starter corridor and prints a summary', () => {
    const { status, output } = run(TSX, ['src/tools/mediaCheck.ts', '--lang', 'en']);
    expect(output).toContain('Events: 25 (11 party, 14 museum)');
    expect(output).toContain('Panels: 10 (3 culture, 6 awards, 1 activities)');
    expect(output).toContain('Languages: zh-Hans, en');
    expect(output).toMatch(/Content OK \(version [0-9a-f]{12}\)/);
    expect(status).toBe(0);
  });

  it('fails on a copy with a broken yaml, a missing English title and an unknown link, naming all three', () => {
    copy = copyStarterMedia();
    const lines = breakThreeFiles(copy);
    const { status, output } = run(TSX, ['src/tools/mediaCheck.ts', '--media', copy.root, '--lang', 'en']);
    expect(status).toBe(1);
    expect(output).toContain(`1921-cpc-founded/event.yaml:${lines.yamlLine}: error: the file cannot be read as YAML`);
    expect(output).toContain(`2021-cpc-centenary/event.yaml:${lines.titleLine}: error: the English (en) text of "title:" is missing`);
    expect(output).toContain(`2019-salute-to-the-republic/event.yaml:${lines.linkLine}: error: the link "party/1949-founded" points to an event that does not exist`);
    expect(output).toMatch(/3 error\(s\)/);
  });

  it('prints the same findings as JSON for tools, as strings in the language asked for', () => {
    copy = copyStarterMedia();
    const lines = breakThreeFiles(copy);
    const { status, output } = run(TSX, ['src/tools/mediaCheck.ts', '--media', copy.root, '--json', '--lang', 'en']);
    expect(status).toBe(1);
    const report = JSON.parse(output) as JsonReport;
    expect(report.ok).toBe(false);
    expect(report.language).toBe('en');
    expect(report.errors).toBe(3);
    expect(report.problems.every((problem) => problem.line > 0)).toBe(true);
    for (const problem of report.problems) {
      for (const field of ['file', 'severity', 'message', 'fix', 'text'] as const) expect(typeof problem[field], field).toBe('string');
    }
    const title = report.problems.find((problem) => problem.file.endsWith('2021-cpc-centenary/event.yaml'));
    expect(title).toMatchObject({ line: lines.titleLine, severity: 'error', message: 'the English (en) text of "title:" is missing' });
    expect(title?.text).toBe(`${title?.file}:${lines.titleLine}: error: ${title?.message}. Fix: ${title?.fix}`);
  });
});

describe('npm run media:check in the staff\'s language', () => {
  const FOUNDED = 'timeline/party/1949-prc-founded/event.yaml';

  it('speaks Chinese with --lang zh-Hans, still naming file:line and the fix', () => {
    copy = copyStarterMedia();
    copy.replace(FOUNDED, 'date: 1949-10-01', 'date: 2021-13-01');
    const { status, output } = run(TSX, ['src/tools/mediaCheck.ts', '--media', copy.root, '--lang', 'zh-Hans']);
    expect(status).toBe(1);
    const line = lineContaining(copy.read(FOUNDED), 'date:');
    expect(output).toContain(`${copy.root}/${FOUNDED}:${line}: 错误：“2021-13-01”里的月份是 13，但月份只能是 01 到 12。修改方法：`);
    expect(output).toMatch(/事件：24 个（party 10 个，museum 14 个）/);
    expect(output).toMatch(/1 个错误，\d+ 个警告。/);
    expect(output).not.toMatch(/\berror\b|Fix:/);
  });

  it('follows staff.language in kiosk.yaml when --lang is not given', () => {
    copy = copyStarterMedia();
    copy.replace('kiosk.yaml', '  language: zh-Hans', '  language: en');
    copy.replace(FOUNDED, 'date: 1949-10-01', 'date: 2021-13-01');
    const { status, output } = run(TSX, ['src/tools/mediaCheck.ts', '--media', copy.root]);
    expect(status).toBe(1);
    expect(output).toContain(`${FOUNDED}:${lineContaining(copy.read(FOUNDED), 'date:')}: error: "2021-13-01" has month 13`);
    expect(output).toMatch(/1 error\(s\)/);
  });

  it('follows defaultLanguage when kiosk.yaml names no staff language', () => {
    copy = copyStarterMedia();
    copy.replace('kiosk.yaml', '  language: zh-Hans\n', '');
    copy.replace(FOUNDED, 'date: 1949-10-01', 'date: 2021-13-01');
    const { status, output } = run(TSX, ['src/tools/mediaCheck.ts', '--media', copy.root]);
    expect(status).toBe(1);
    expect(output).toMatch(/1949-prc-founded\/event\.yaml:\d+: 错误：.*修改方法：/);
    expect(output).toContain('1 个错误');
  });

  it('refuses a language it does not speak, saying which it does in both languages', () => {
    const { status, output } = run(TSX, ['src/tools/mediaCheck.ts', '--lang', 'fr']);
    expect(status).toBe(2);
    expect(output).toContain('--lang zh-Hans | en');
    expect(output).toContain('修改方法');
    expect(output).toContain('Fix:');
  });

  it('explains a mistyped option or a forgotten "--" in both languages, without a stack trace', () => {
    for (const args of [['--langg', 'en'], ['en']]) {
      const { status, output } = run(TSX, ['src/tools/mediaCheck.ts', ...args]);
      expect(status).toBe(2);
      expect(output).toContain('修改方法：写成 npm run media:check -- [--lang zh-Hans|en|zh-Hant]');
      expect(output).toContain('Fix: write npm run media:check -- [--lang zh-Hans|en|zh-Hant]');
      expect(output).not.toMatch(/^\s+at /m);
    }
  });
});

describe('the build', () => {
  it('refuses content with errors and writes nothing, not even a new service worker over the last good one', () => {
    copy = copyStarterMedia();
    breakThreeFiles(copy);
    outDir = mkdtempSync(join(tmpdir(), 'kiosk-build-'));
    const lastGood = join(outDir, 'dist', 'serviceWorker.js');
    mkdirSync(dirname(lastGood), { recursive: true });
    writeFileSync(lastGood, '// the last good build');
    const { status, output } = run(VITE, ['build', '--outDir', join(outDir, 'dist')], { KIOSK_MEDIA_DIR: copy.root });
    expect(status).not.toBe(0);
    // In the staff language of the copy (zh-Hans): every error, then why nothing was built.
    expect(output).toContain('2021-cpc-centenary/event.yaml');
    expect(output).toContain('内容有错误（见上面各行），没有生成新版本；触摸屏继续显示上一个正常的版本');
    expect(existsSync(join(outDir, 'dist', 'index.html'))).toBe(false);
    expect(readFileSync(lastGood, 'utf8')).toBe('// the last good build');
  });
});
