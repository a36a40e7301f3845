import { existsSync } from 'node:fs';
import { chromiumPath, NO_CHROMIUM_MESSAGE } from './chromium';

// Run before the end-to-end suite: a clear message beats Playwright's search for its own browser.
if (!chromiumPath()) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
if (!existsSync('.output/chrome-mv3/manifest.json')) {
  console.error('No extension build in .output/chrome-mv3: run `npm run build` first.');
  process.exit(1);
}
