import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium to drive: $CASEFILE_CHROMIUM when set, else Playwright's own download when it is on
 * disk, else the system's (Debian's /usr/bin/chromium on our CI machines, where downloads are blocked).
 */
export function chromiumExecutablePath(): string {
  const fromEnv = process.env.CASEFILE_CHROMIUM;
  if (fromEnv) return fromEnv;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright throws when it has no browser registered for this platform: use the system one.
  }
  return '/usr/bin/chromium';
}
