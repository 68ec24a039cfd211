/**
 * Staged releases on plain static hosting: deploy/publish.sh to a ring, deploy/ring.sh to hold,
 * resume and promote, deploy/rollback.sh per ring, run for real on a temporary CORRIDOR_HOME
 * with tiny builds; and each ring's nginx site generated from the one shipped config.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const DEPLOY = resolve(import.meta.dirname, '../../deploy');
let home = '';

function build(label: string): string {
  const dist = join(home, `dist-${label}`);
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), `<script type="module" src="/assets/app-${label}.js"></script>`);
  writeFileSync(join(dist, 'assets', `app-${label}.js`), `console.log(${JSON.stringify(label)});`);
  return dist;
}

function run(script: string, args: readonly string[], env: Record<string, string> = {}): { status: number; output: string } {
  const result = spawnSync('bash', [join(DEPLOY, script), ...args], { encoding: 'utf8', env: { ...process.env, CORRIDOR_HOME: home, ...env } });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

const serving = (link: string): string => basename(readlinkSync(join(home, link)));

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'corridor-rings-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

// publish.sh names releases by the second and waits for the next one rather than reuse a name:
// a few publishes in a row take a few seconds by design.
describe('release rings', { timeout: 20_000 }, () => {
  it('publishes to the canary ring alone, then promotes it to all; each release names itself', () => {
    expect(run('publish.sh', [build('one')]).status).toBe(0);
    const first = serving('current');
    const canary = run('publish.sh', [build('two')], { RING: 'canary' });
    expect(canary.output).toContain('(ring canary)');
    const second = serving('rings/canary/current');
    expect(second).not.toBe(first);
    expect(serving('current')).toBe(first);
    expect(JSON.parse(readFileSync(join(home, 'rings/canary/current/release.json'), 'utf8'))).toEqual({ release: second });
    expect(run('ring.sh', ['status']).output).toMatch(new RegExp(`all\\s+${first}\\ncanary\\s+${second}`));

    expect(run('ring.sh', ['promote', 'canary']).status).toBe(0);
    expect(serving('current')).toBe(second);
    expect(serving('previous')).toBe(first);
  });

  it('refuses a new release on a held ring until it is resumed, while rolling back still works', () => {
    run('publish.sh', [build('one')], { RING: 'canary' });
    run('publish.sh', [build('two')], { RING: 'canary' });
    const live = serving('rings/canary/current');
    expect(run('ring.sh', ['hold', 'canary', 'visitors reported a frozen sheet']).status).toBe(0);
    const refused = run('publish.sh', [build('three')], { RING: 'canary' });
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/ring 'canary' is held .*frozen sheet.*ring\.sh resume canary/);
    expect(serving('rings/canary/current')).toBe(live);

    const back = run('rollback.sh', [], { RING: 'canary' });
    expect(back.output).toContain('Rolled back: live now on ring canary');
    expect(serving('rings/canary/current')).not.toBe(live);
    expect(run('rollback.sh', [live], { RING: 'canary' }).status).toBe(1);

    run('ring.sh', ['resume', 'canary']);
    expect(run('publish.sh', [build('three')], { RING: 'canary' }).status).toBe(0);
  });

  it('never removes a release another ring still serves', () => {
    run('publish.sh', [build('one')], { RING: 'canary' });
    const canary = serving('rings/canary/current');
    for (const label of ['two', 'three', 'four']) run('publish.sh', [build(label)], { CORRIDOR_KEEP_RELEASES: '1' });
    expect(readFileSync(join(home, 'releases', canary, 'index.html'), 'utf8')).toContain('app-one.js');
  });

  it('generates a ring\'s nginx site from the shipped one: its port, roots, logs and name', () => {
    const site = execFileSync('bash', [join(DEPLOY, 'nginx/ring-site.sh'), 'canary', '8081'], { encoding: 'utf8' });
    expect(site).toContain('listen 127.0.0.1:8081;');
    expect(site).toContain('root /opt/culture-corridor/rings/canary/current;');
    expect(site).toContain('root /opt/culture-corridor/rings/canary/previous;');
    expect(site).toContain(`return 200 '{"ring":"canary"}\\n';`);
    expect(site).not.toMatch(/\/opt\/culture-corridor\/(current|previous)/);
    expect(site.match(/^\s*location\b/gm)?.length).toBe(readFileSync(join(DEPLOY, 'nginx/culture-corridor.conf'), 'utf8').match(/^\s*location\b/gm)?.length);
    // nginx itself accepts it (the test server's copy, with the roots and port rewritten).
    const siteFile = join(home, 'culture-corridor-canary.conf');
    writeFileSync(siteFile, site);
    const check = spawnSync('bash', [join(DEPLOY, 'nginx/test-server.sh'), '--check', '4199', build('one')], { encoding: 'utf8', env: { ...process.env, SITE_CONF: siteFile } });
    expect(`${check.stdout}${check.stderr}`).toMatch(/syntax is ok/);
    expect(check.status).toBe(0);
  });
});
