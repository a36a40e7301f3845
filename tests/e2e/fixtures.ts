import { test as base } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, NO_CHROMIUM_MESSAGE } from '../../scripts/chromium';
import { firefoxPath, noFirefoxMessage } from '../../scripts/firefox';
import { serveStatic } from '../../scripts/static-server';
import type { BrowserName, Driver } from './driver';
import { launchChromiumDriver } from './drivers/chromium';
import { FirefoxSession, firefoxDriver } from './drivers/firefox';
import { startNetTrap, type NetTrap } from './net-trap';
import { CONTROL_REQUEST_MARK } from './scenarios/network';

/** The unpacked builds under test; E2E_CHROME_BUILD / E2E_FIREFOX_BUILD test another copy. */
const BUILDS: Record<BrowserName, { path: string; command: string }> = {
  chromium: { path: resolve(process.env.E2E_CHROME_BUILD || '.output/chrome-mv3'), command: 'npm run build' },
  firefox: { path: resolve(process.env.E2E_FIREFOX_BUILD || '.output/firefox-mv2'), command: 'npm run build:firefox' },
};

function buildFor(engine: BrowserName): string {
  const { path, command } = BUILDS[engine];
  if (!existsSync(resolve(path, 'manifest.json'))) throw new Error(`No extension build in ${path}: run \`${command}\` first.`);
  return path;
}

interface TestFixtures {
  /** The browser-neutral driver the scenarios use, on a clean extension state. */
  driver: Driver;
}

interface WorkerFixtures {
  /** Which browser this project drives (set per project in playwright.config.ts). */
  engine: BrowserName;
  /** The fixture server on 127.0.0.1. */
  siteURL: string;
  /** The catch-all proxy for non-local traffic (see net-trap.ts). */
  trap: NetTrap;
  /** Firefox, launched once per worker (Chromium gets a fresh profile per test instead). */
  firefox: FirefoxSession | undefined;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  engine: ['chromium', { scope: 'worker', option: true }],
  siteURL: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveStatic({ '/demo/': resolve('assets/demo'), '/': resolve('tests/fixtures/pages') });
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  trap: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const trap = await startNetTrap();
      await use(trap);
      await trap.close();
    },
    { scope: 'worker' },
  ],
  firefox: [
    async ({ engine, trap }, use) => {
      if (engine !== 'firefox') return use(undefined);
      const executablePath = firefoxPath();
      if (!executablePath) throw new Error(noFirefoxMessage());
      const session = await FirefoxSession.launch({ executablePath, extensionPath: buildFor('firefox'), trap });
      await use(session);
      await session.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  driver: async ({ engine, siteURL, trap, firefox }, use) => {
    const trapStart = trap.hits.length;
    let session: { driver: Driver; close: () => Promise<void> };
    if (engine === 'firefox') {
      if (!firefox) throw new Error('Firefox session missing');
      session = await firefoxDriver(firefox, siteURL, trap);
    } else {
      const executablePath = chromiumPath();
      if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
      session = await launchChromiumDriver({ executablePath, extensionPath: buildFor('chromium'), siteURL, trap });
    }
    await use(session.driver);
    await session.close();
    // Whatever the scenario, nothing may leave the machine (the network scenario's deliberate
    // control request excepted).
    const leaked = trap.hits.slice(trapStart).filter((hit) => !hit.includes(CONTROL_REQUEST_MARK));
    if (leaked.length > 0) throw new Error(`requests left the machine during this test:\n  ${leaked.join('\n  ')}`);
  },
});
