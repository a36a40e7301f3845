import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { extensionArgs, tabIdOf } from '../../../scripts/chromium';
import {
  AXE_SOURCE,
  runAxeInPage,
  type AxeViolation,
  isReadyInPage,
  readAttributeInPage,
  readHighlights,
  type Driver,
  type Popup,
  type RequestLog,
  type Tab,
} from '../driver';
import type { NetTrap } from '../net-trap';

/** The extension's API, as seen inside its service worker (Playwright's evaluate runs there). */

export interface ChromiumDriverOptions {
  executablePath: string;
  /** Absolute path of the unpacked build (.output/chrome-mv3). */
  extensionPath: string;
  siteURL: string;
  trap: NetTrap;
}

/**
 * The Driver with Playwright and Debian's Chromium: a fresh persistent context (a new profile)
 * with the unpacked extension loaded, headless. Non-local traffic goes to the trap proxy;
 * loopback addresses are never proxied by Chromium, so the fixture server is reached directly.
 */
export async function launchChromiumDriver(options: ChromiumDriverOptions): Promise<{ driver: Driver; close: () => Promise<void> }> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: options.executablePath,
    headless: true,
    args: [...chromiumArgs(options.extensionPath), ...offNetworkArgs(options.trap)],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const driver = new ChromiumDriver(context, serviceWorker, extensionId, options);
  return { driver, close: () => context.close() };
}

/**
 * scripts/chromium.ts's flags, without its `--disable-features=…`: Chromium keeps only the last
 * --disable-features switch, and that one would replace Playwright's own list, which already
 * turns off optimization hints, the media router and the network-time queries to
 * clients2.google.com (the trap caught those when both were passed).
 */
function chromiumArgs(extensionPath: string): string[] {
  return extensionArgs(extensionPath).filter((arg) => !arg.startsWith('--disable-features='));
}

/**
 * All non-local traffic goes to the trap proxy (loopback addresses are never proxied, so the
 * fixture server is reached directly). Three of Chromium's own services still call Google
 * whatever the other flags say (seen with Debian's Chromium 156): ListAccounts on
 * accounts.google.com at start-up, an on-demand component on update.googleapis.com, and
 * autofill's form-type queries to content-autofill.googleapis.com on pages with forms. Their
 * documented switches point them at the trap, which counts them apart (NetTrap.direct): they
 * are the browser's requests, not the extension's, and now they stay on the machine too.
 */
function offNetworkArgs(trap: NetTrap): string[] {
  return [
    `--proxy-server=http://${trap.host}:${trap.port}`,
    // An origin only: with a path, Chromium ignores the switch.
    `--gaia-url=${trap.serviceURL('')}`,
    `--component-updater=url-source=${trap.serviceURL('chromium-component-updater')}`,
    `--autofill-server-url=${trap.serviceURL('chromium-autofill/')}`,
  ];
}

class ChromiumTab implements Tab {
  private readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  pageErrors(): string[] {
    return [...this.errors];
  }

  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
  }

  highlights() {
    return readHighlights(this);
  }

  async click(selector: string): Promise<void> {
    await this.page.locator(selector).first().click();
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  attribute(selector: string, name: string): Promise<string | null> {
    return this.page.evaluate(readAttributeInPage, [selector, name] as [string, string]);
  }

  async accessibilityViolations(): Promise<AxeViolation[]> {
    await this.page.evaluate(AXE_SOURCE);
    return this.page.evaluate(runAxeInPage);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await waitUntilReady(this.page);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

class ChromiumPopup extends ChromiumTab implements Popup {
  switchChecked(name: string): Promise<boolean> {
    return this.page.getByRole('switch', { name, exact: true }).isChecked();
  }

  async toggleSwitch(name: string): Promise<void> {
    await this.page.getByRole('switch', { name, exact: true }).click();
  }
}

class ChromiumDriver implements Driver {
  readonly browser = 'chromium' as const;
  readonly siteURL: string;

  constructor(
    private readonly context: BrowserContext,
    private readonly serviceWorker: Worker,
    private readonly extensionId: string,
    private readonly options: ChromiumDriverOptions,
  ) {
    this.siteURL = options.siteURL;
  }

  async openFixture(name: string, { timeout = 15_000 } = {}): Promise<Tab> {
    const page = await this.context.newPage();
    const tab = new ChromiumTab(page); // listening for page errors before the page loads
    await page.goto(`${this.siteURL}/${name}`);
    await waitUntilReady(page, timeout);
    return tab;
  }

  async openHtml(html: string): Promise<Tab> {
    const page = await this.context.newPage();
    await page.setContent(html);
    return new ChromiumTab(page);
  }

  async openPopup(tab: Tab): Promise<Popup> {
    const page = (tab as ChromiumTab).page;
    const tabId = await tabIdOf(page, this.serviceWorker);
    const popup = await this.context.newPage();
    await popup.goto(`chrome-extension://${this.extensionId}/popup.html?tab=${tabId}`);
    return new ChromiumPopup(popup);
  }

  async recordRequests(): Promise<RequestLog> {
    // Context-level events cover every page and the extension's service worker.
    const urls: string[] = [];
    this.context.on('request', (request) => urls.push(request.url()));
    const trapStart = this.options.trap.hits.length;
    return { urls: () => [...urls], leaked: () => this.options.trap.hits.slice(trapStart) };
  }
}

async function waitUntilReady(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(isReadyInPage, undefined, { timeout, polling: 50 });
}
