/**
 * `npm run test:e2e`: the end-to-end scenarios in Chromium and in Firefox (one Playwright
 * project each, see playwright.config.ts).
 *   npm run test:e2e                       both browsers
 *   npm run test:e2e -- firefox            one of them (also: npm run test:e2e:firefox)
 *   npm run test:e2e -- chromium -g popup  anything else goes to `playwright test`
 *
 * A browser that isn't installed is skipped with a message saying how to install it, except
 * when CI is set: there a missing browser is a failure. A missing build is always a failure.
 * Playwright's list is followed by one plain line per browser ("e2e firefox: 18 passed, 0 failed").
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath } from './chromium';
import { firefoxLookedAt, firefoxPath } from './firefox';

type BrowserName = 'chromium' | 'firefox';

interface BrowserSetup {
  found: () => string | undefined;
  missing: () => string;
  build: string;
  buildCommand: string;
}

const BROWSERS: Record<BrowserName, BrowserSetup> = {
  chromium: {
    found: chromiumPath,
    missing: () =>
      `no Chromium found at ${process.env.CHROMIUM_PATH ? `$CHROMIUM_PATH (${process.env.CHROMIUM_PATH})` : '$CHROMIUM_PATH'}, /usr/bin/chromium, /usr/bin/chromium-browser; install with apt-get install -y chromium (or set CHROMIUM_PATH)`,
    build: process.env.E2E_CHROME_BUILD || '.output/chrome-mv3',
    buildCommand: 'npm run build',
  },
  firefox: {
    found: firefoxPath,
    missing: () => `no Firefox found at ${firefoxLookedAt()}; install with apt-get install -y firefox-esr (or set FIREFOX_PATH)`,
    build: process.env.E2E_FIREFOX_BUILD || '.output/firefox-mv2',
    buildCommand: 'npm run build:firefox',
  },
};

const isBrowserName = (arg: string): arg is BrowserName => arg === 'chromium' || arg === 'firefox';
const ci = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());

const args = process.argv.slice(2);
const requested = args.filter(isBrowserName);
const passThrough = args.filter((arg) => !isBrowserName(arg));
const browsers: BrowserName[] = requested.length ? requested : ['chromium', 'firefox'];

const projects: BrowserName[] = [];
let failed = false;
for (const name of browsers) {
  const setup = BROWSERS[name];
  if (!setup.found()) {
    if (ci) {
      console.error(`e2e ${name}: 0 passed, 1 failed (CI is set, and ${setup.missing()})`);
      failed = true;
    } else {
      console.log(`e2e ${name}: skipped: ${setup.missing()}`);
    }
    continue;
  }
  if (!existsSync(resolve(setup.build, 'manifest.json'))) {
    console.error(`e2e ${name}: 0 passed, 1 failed (no extension build in ${setup.build}: run \`${setup.buildCommand}\` first)`);
    failed = true;
    continue;
  }
  projects.push(name);
}

let status = 0;
if (projects.length) {
  const playwright = resolve('node_modules/.bin/playwright');
  const run = spawnSync(playwright, ['test', ...projects.map((p) => `--project=${p}`), ...passThrough], { stdio: 'inherit' });
  status = run.status ?? 1;
}
process.exit(status || (failed ? 1 : 0));
