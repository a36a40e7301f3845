import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Unit (strings) and DOM (happy-dom) tiers only: Playwright specs live in tests/e2e.
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Works around two happy-dom bugs for every test file that runs on happy-dom (unit tests are untouched).
    setupFiles: ['tests/dom/setup-happy-dom.ts'],
  },
});
