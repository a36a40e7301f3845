import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See README ("Browser APIs") for why Backstory uses WXT's own `browser` rather than
// @wxt-dev/webextension-polyfill.
export default defineConfig({
  manifest: {
    name: 'Backstory',
    description:
      'Highlights the people, countries and hedged phrases in news articles, with background cards. Runs entirely in your browser.',
    // storage: the reader's switches. scripting + host permissions: the background injects the
    // annotator into pages the small content script found to be articles (README, "Permissions").
    permissions: ['storage', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Backstory: this article’s cast and sourcing' },
    browser_specific_settings: {
      gecko: { id: 'backstory@backstory.invalid', strict_min_version: '128.0' },
    },
  },
  vite: () => ({ plugins: [preact()] }),
  // No window on CI and headless machines: `npm start` launches Chromium itself (scripts/start.ts).
  webExt: { disabled: true },
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', 'screenshots/**', '.cache/**'] },
});
