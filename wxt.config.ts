import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Firefox only (Chrome warns about keys it doesn't know). The add-on id must never change: it
 * keys the reader's stored switches and the listing on addons.mozilla.org. 140 (an ESR) is the
 * first Firefox that reads data_collection_permissions; every API Backstory uses is far older
 * (README, "Firefox"). WXT 0.21's manifest types predate data_collection_permissions, hence the
 * separate declaration.
 */
const gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } } = {
  id: 'backstory@backstory.invalid',
  strict_min_version: '140.0',
  // Nothing is collected or transmitted: everything runs in the browser.
  data_collection_permissions: { required: ['none'] },
};
/** Firefox for Android reads data_collection_permissions from 142. */
const geckoAndroid = { strict_min_version: '142.0' };

/**
 * Extension pages (popup, background): only the extension's own scripts, no plugins, no <base>,
 * no form posts, never framed, and no connections beyond the extension's own files.
 * scripts/check-manifest.ts holds the built manifests to this.
 */
const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'self'";

// See README ("Browser APIs") for why Backstory uses WXT's own `browser` rather than
// @wxt-dev/webextension-polyfill. Firefox gets the MV2 build (README, "Firefox").
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Highlights the people, countries and hedged phrases in news articles, with background cards. Runs entirely in your browser.',
    // storage: the reader's switches. scripting + host permissions: the background injects the
    // annotator into pages the small content script found to be articles (README, "Permissions").
    permissions: ['storage', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Backstory: this article’s cast and sourcing' },
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+B' }, description: 'Hide or show highlights on this page' },
    },
    // WXT turns this into MV2's single string for the Firefox build.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko, gecko_android: geckoAndroid } } : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
  // No window on CI and headless machines: `npm start` launches Chromium itself (scripts/start.ts).
  webExt: { disabled: true },
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', 'screenshots/**', '.cache/**'] },
});
