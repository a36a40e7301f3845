import { chromium, test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { chromiumPath, extensionArgs } from '../../scripts/chromium';
import { serveStatic } from '../../scripts/static-server';

/** The extension's API, as seen inside its service worker (Playwright's evaluate runs there). */
declare const chrome: { tabs: { query(query: object): Promise<Array<{ id?: number }>> } };

const EXTENSION_PATH = resolve('.output/chrome-mv3');

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens a fixture page and waits for Backstory's pass to finish. */
  openFixture: (name: string) => Promise<Page>;
  /** Opens the popup for the tab showing `page`. */
  openPopup: (page: Page) => Promise<Page>;
}

interface WorkerFixtures {
  siteURL: string;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  siteURL: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveStatic({ '/demo/': resolve('assets/demo'), '/': resolve('tests/fixtures/pages') });
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      args: extensionArgs(EXTENSION_PATH),
    });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openFixture: async ({ context, siteURL }, use) => {
    await use(async (name) => {
      const page = await context.newPage();
      await page.goto(`${siteURL}/${name}`);
      await expect(page.locator('html[data-backstory-state="ready"]')).toHaveCount(1);
      return page;
    });
  },
  openPopup: async ({ context, extensionId, serviceWorker }, use) => {
    await use(async (page) => {
      // Without the "tabs" permission the extension can't read tab URLs: bring the page to the
      // front and ask for the active tab instead.
      await page.bringToFront();
      const tabId = await serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
      if (tabId === undefined) throw new Error(`no tab for ${page.url()}`);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    });
  },
});

export { expect };

export interface Expected {
  people: Array<{ text: string; entity?: string }>;
  countries: Array<{ text: string; entity?: string }>;
  hedges: Array<{ text: string; hedge: string }>;
  outside: string[];
}

/** Every highlight on the page as the DOM contract describes it. */
export async function highlights(page: Page) {
  return page.$$eval('[data-backstory-kind]', (els) =>
    els.map((el) => ({
      kind: el.getAttribute('data-backstory-kind'),
      entity: el.getAttribute('data-backstory-entity') ?? undefined,
      hedge: el.getAttribute('data-backstory-hedge') ?? undefined,
      text: el.textContent ?? '',
      inArticle: !!el.closest('article'),
    })),
  );
}
