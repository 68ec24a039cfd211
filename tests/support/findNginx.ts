/**
 * The end-to-end tests also run against nginx with the shipped site configuration
 * (deploy/nginx/culture-corridor.conf). This finds nginx, installing Debian's package when the
 * machine allows it (root on Debian or Ubuntu), and otherwise says what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];

export function findNginx(): string | null {
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

export function ensureNginx(): string {
  let nginx = findNginx();
  if (!nginx && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing nginx from Debian (apt-get)...');
    const environment = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: environment });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx'], { stdio: 'inherit', env: environment });
    nginx = findNginx();
  }
  if (!nginx) {
    throw new Error('nginx is needed to test the shipped web server configuration. Install it (Debian/Ubuntu: sudo apt-get install nginx) and run the tests again.');
  }
  return nginx;
}
