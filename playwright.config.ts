import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium';
import type { BrowserName } from './tests/e2e/driver';

/**
 * One project per browser; both run the same scenarios (tests/e2e/scenarios) through a
 * browser-neutral Driver: Playwright drives Debian's Chromium, puppeteer-core drives Firefox ESR
 * over WebDriver BiDi. `npm run test:e2e` (scripts/e2e-run.ts) picks the projects whose browser
 * is installed.
 */
export default defineConfig<{ engine: BrowserName }, { engine: BrowserName }>({
  testDir: 'tests/e2e',
  // Two cores: one browser at a time keeps timings honest and the machine responsive.
  workers: 1,
  timeout: 30_000,
  retries: 0,
  reporter: [['list'], ['./tests/e2e/summary-reporter.ts']],
  use: {
    // Playwright's own fixtures look for a browser build that isn't there; point them at Debian's.
    launchOptions: { executablePath: chromiumPath() },
    trace: 'off',
  },
  projects: [
    { name: 'chromium', use: { engine: 'chromium' } },
    { name: 'firefox', use: { engine: 'firefox' } },
  ],
});
