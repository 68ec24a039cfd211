/**
 * Finds a Chromium for Playwright without downloading one (downloads fail on kiosk build
 * machines and CI here): $CHROMIUM_PATH, then the system's Chromium, then Playwright's own if it
 * happens to be installed. On Debian or Ubuntu as root it installs Debian's chromium and the CJK
 * fonts; anywhere else it says exactly what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { canInstallWithApt, installWithApt } from './debianPackages.ts';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const CJK_FONT_DIRECTORY = '/usr/share/fonts/opentype/noto';

function playwrightsOwnChromium(): string | null {
  try {
    const path = execFileSync(process.execPath, ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function findChromium(): string | null {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (!existsSync(fromEnvironment)) throw new Error(`CHROMIUM_PATH is set to ${fromEnvironment}, but no file is there.`);
    return fromEnvironment;
  }
  return SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate)) ?? playwrightsOwnChromium();
}

/** A Chromium path, installing one where this machine allows; otherwise an error saying what to do. */
export function ensureChromium(): string {
  const missing: string[] = [];
  let chromium = findChromium();
  if (!chromium) missing.push('chromium');
  if (!existsSync(CJK_FONT_DIRECTORY)) missing.push('fonts-noto-cjk');
  if (missing.length > 0 && canInstallWithApt()) {
    installWithApt(missing);
    chromium = findChromium();
  }
  if (!chromium) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one and run the tests again:\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk\n' +
        '  elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chrome',
    );
  }
  if (!existsSync(CJK_FONT_DIRECTORY) && !process.env.CHROMIUM_PATH) {
    console.warn('Chinese fonts (fonts-noto-cjk) are not installed: Chinese text in screenshots may show as boxes.');
  }
  return chromium;
}
