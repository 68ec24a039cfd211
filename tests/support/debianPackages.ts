/**
 * The tests need a few programs from the operating system (Chromium, nginx, lame). On Debian or
 * Ubuntu as root they are installed from Debian's packages; anywhere else the tests say exactly
 * what to install rather than fail somewhere deep inside.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

function isDebianLike(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && isDebianLike();
}

export function installWithApt(packages: readonly string[]): void {
  console.log(`Installing ${packages.join(' ')} from Debian (apt-get)...`);
  const environment = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: environment });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env: environment });
}

function runs(program: string): boolean {
  const result = spawnSync(program, ['--version'], { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

/** Makes sure `program` runs from PATH, installing `debianPackage` where this machine allows. */
export function ensureProgram(program: string, debianPackage: string, purpose: string): void {
  if (runs(program)) return;
  if (canInstallWithApt()) installWithApt([debianPackage]);
  if (!runs(program)) {
    throw new Error(`${program} is needed ${purpose}. Install it (Debian/Ubuntu: sudo apt-get install ${debianPackage}) and run the tests again.`);
  }
}

/** Debian's mosquitto puts the broker in /usr/sbin, which a user's PATH may lack. */
export function mosquittoBinary(): string {
  return existsSync('/usr/sbin/mosquitto') ? '/usr/sbin/mosquitto' : 'mosquitto';
}

/** The broker and mosquitto_passwd (both in Debian's mosquitto package), installed where this machine allows. */
export function ensureMosquitto(): void {
  const present = (): boolean => spawnSync(mosquittoBinary(), ['-h'], { stdio: 'ignore' }).error === undefined && spawnSync('mosquitto_passwd', ['-h'], { stdio: 'ignore' }).error === undefined;
  if (present()) return;
  if (canInstallWithApt()) installWithApt(['mosquitto']);
  if (!present()) throw new Error('mosquitto is needed for the gallery tests (a real broker). Install it (Debian/Ubuntu: sudo apt-get install mosquitto) and run the tests again.');
}
