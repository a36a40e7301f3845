import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores: one browser at a time keeps timings honest and the machine responsive.
  workers: 1,
  timeout: 30_000,
  retries: 0,
  reporter: [['list']],
  use: {
    launchOptions: { executablePath: chromiumPath() },
    trace: 'off',
  },
});
