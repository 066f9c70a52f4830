// Finds a Chromium for the end-to-end tests: Playwright's own, else /usr/bin/chromium. On Debian as
// root it installs Debian's chromium (Playwright's download is not reachable everywhere); otherwise it
// stops with one line saying what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const candidates = [process.env.CASEFILE_CHROMIUM, safe(() => chromium.executablePath()), '/usr/bin/chromium'];
const found = candidates.find((path) => path && existsSync(path));
if (found) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('which', ['apt-get']).status === 0;
if (isRoot && hasApt) {
  console.error('No Chromium found: installing Debian\'s chromium and CJK fonts with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  process.exit(existsSync('/usr/bin/chromium') ? 0 : 1);
}
console.error('No Chromium found for the end-to-end tests: run `npx playwright install chromium` (or `sudo apt-get install chromium`), or set CASEFILE_CHROMIUM to a Chromium binary.');
process.exit(1);

function safe(fn) {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
