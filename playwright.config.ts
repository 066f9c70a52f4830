import { defineConfig } from '@playwright/test';
import { chromiumExecutablePath } from './tests/e2e/browserPath';

/**
 * End-to-end tests drive the real web-mode server (out/main/cli.js, built by `npm run build`) with
 * a fresh data directory per test: see tests/e2e/fixtures.ts.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    locale: 'en-US',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'off',
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromiumExecutablePath(),
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-gpu',
      ],
    },
  },
});
