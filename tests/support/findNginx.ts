/**
 * The end-to-end tests also run against nginx with the shipped site configuration
 * (deploy/nginx/culture-corridor.conf). This finds nginx, installing Debian's package when the
 * machine allows it (root on Debian or Ubuntu), and otherwise says what to install.
 */
import { existsSync } from 'node:fs';
import { canInstallWithApt, installWithApt } from './debianPackages.ts';

const CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];

export function findNginx(): string | null {
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

export function ensureNginx(): string {
  let nginx = findNginx();
  if (!nginx && canInstallWithApt()) {
    installWithApt(['nginx']);
    nginx = findNginx();
  }
  if (!nginx) {
    throw new Error('nginx is needed to test the shipped web server configuration. Install it (Debian/Ubuntu: sudo apt-get install nginx) and run the tests again.');
  }
  return nginx;
}
