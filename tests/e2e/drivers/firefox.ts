import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { FIREFOX_ARGS, GECKO_ID, OFFLINE_PREFS, offlineFirefoxEnv } from '../../../scripts/firefox';
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

/** The WebExtension API inside an extension page (the popup), where `evaluate` runs. */
declare const browser: {
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
  storage: { sync: { clear(): Promise<void> }; local: { clear(): Promise<void> } };
};

/** What puppeteer 25 exposes of WebDriver BiDi beyond its public types. */
interface BidiConnection {
  on(event: string, listener: (params: { request?: { url?: string } }) => void): void;
  send(method: string, params: object): Promise<unknown>;
}
interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown> };
}

export interface FirefoxSessionOptions {
  executablePath: string;
  /** Absolute path of the unpacked build (.output/firefox-mv2). */
  extensionPath: string;
  trap: NetTrap;
}

/**
 * One Firefox per test worker (launching and installing take 3–5 s), with the extension installed as a
 * temporary add-on. Each test gets a fresh Driver on it: its own tabs, and the extension's
 * storage cleared, so switches left off by one test don't leak into the next.
 */
export class FirefoxSession {
  /**
   * URLs of every request WebDriver BiDi reported: the pages' own. It does not see requests from
   * content scripts or extension pages; the trap proxy catches any of those that leave the machine.
   */
  readonly requests: string[] = [];
  private front: Page | undefined;

  private constructor(
    readonly browser: Browser,
    /** The extension's moz-extension:// host, fixed in advance by a pref. */
    readonly uuid: string,
    /** An extension page kept open to reach the WebExtension API (tab ids, storage). */
    private readonly control: Page,
  ) {}

  static async launch(options: FirefoxSessionOptions): Promise<FirefoxSession> {
    const uuid = randomUUID();
    const { host, port } = options.trap;
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: options.executablePath,
      headless: true,
      args: FIREFOX_ARGS,
      env: offlineFirefoxEnv(),
      extraPrefsFirefox: {
        ...OFFLINE_PREFS,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        // Everything non-local goes to the trap proxy; localhost and 127.0.0.1 are never proxied.
        'network.proxy.type': 1,
        'network.proxy.http': host,
        'network.proxy.http_port': port,
        'network.proxy.ssl': host,
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': false,
      },
    });
    try {
      const session = new FirefoxSession(browser, uuid, (await browser.pages())[0] ?? (await browser.newPage()));
      const connection = (browser as unknown as { connection: BidiConnection }).connection;
      connection.on('network.beforeRequestSent', (params) => {
        if (params.request?.url) session.requests.push(params.request.url);
      });
      await connection.send('session.subscribe', { events: ['network.beforeRequestSent'] });
      await browser.installExtension(options.extensionPath);
      await session.navigate(session.control, session.extensionURL('popup.html'));
      return session;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  extensionURL(path: string): string {
    return `moz-extension://${this.uuid}/${path}`;
  }

  /**
   * moz-extension:// pages: `page.goto()` never reports their load, so navigate the BiDi
   * browsing context directly (TOOLCHAIN.md, "Firefox for end-to-end tests").
   */
  async navigate(page: Page, url: string): Promise<void> {
    await (page.mainFrame() as unknown as BidiFrame).browsingContext.navigate(url, 'complete');
  }

  /**
   * A background tab gets no animation frames and throttled timers (Preact renders the popup on
   * one), so the tab being driven is brought to the front, as a reader's would be.
   */
  async toFront(page: Page): Promise<void> {
    if (this.front === page) return;
    await page.bringToFront();
    this.front = page;
  }

  async newPage(): Promise<Page> {
    const page = await this.browser.newPage();
    this.front = page;
    return page;
  }

  async closePage(page: Page): Promise<void> {
    // Closing a tab selects another one: the front tab is no longer known.
    this.front = undefined;
    if (!page.isClosed()) await page.close();
  }

  /** The id the WebExtension API gives the tab showing `page`. */
  async tabIdOf(page: Page): Promise<number> {
    await this.toFront(page);
    const id = await this.control.evaluate(async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id);
    if (id === undefined) throw new Error(`no tab id for ${page.url()}`);
    return id;
  }

  async resetExtensionStorage(): Promise<void> {
    await this.control.evaluate(async () => {
      await browser.storage.sync.clear();
      await browser.storage.local.clear();
    });
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** A Driver for one test on a worker's Firefox. `close()` closes the tabs the test opened. */
export async function firefoxDriver(
  session: FirefoxSession,
  siteURL: string,
  trap: NetTrap,
): Promise<{ driver: Driver; close: () => Promise<void> }> {
  await session.resetExtensionStorage();
  const driver = new FirefoxDriver(session, siteURL, trap);
  return { driver, close: () => driver.closeAll() };
}

class FirefoxTab implements Tab {
  private readonly errors: string[] = [];

  constructor(
    readonly session: FirefoxSession,
    readonly page: Page,
  ) {
    page.on('pageerror', (error) => this.errors.push(error instanceof Error ? error.message : String(error)));
  }

  pageErrors(): string[] {
    return [...this.errors];
  }

  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>;
  }

  highlights() {
    return readHighlights(this);
  }

  async click(selector: string): Promise<void> {
    await this.session.toFront(this.page);
    const element = await this.page.waitForSelector(selector, { timeout: 5_000 });
    if (!element) throw new Error(`nothing matches ${selector}`);
    await clickAndDispose(element);
  }

  async press(key: string): Promise<void> {
    await this.session.toFront(this.page);
    await this.page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  }

  attribute(selector: string, name: string): Promise<string | null> {
    return this.page.evaluate(readAttributeInPage, [selector, name] as [string, string]);
  }

  async accessibilityViolations(): Promise<AxeViolation[]> {
    await this.page.evaluate(AXE_SOURCE);
    return this.page.evaluate(runAxeInPage);
  }

  async reload(): Promise<void> {
    await this.session.toFront(this.page);
    await this.page.reload();
    await waitUntilReady(this.page);
  }

  close(): Promise<void> {
    return this.session.closePage(this.page);
  }
}

class FirefoxPopup extends FirefoxTab implements Popup {
  private readonly switches = new Map<string, ElementHandle<Element>>();

  /**
   * Puppeteer's ARIA query asks Firefox's accessibility tree for the accessible name. It takes
   * about half a second, so the element is kept while it stays in the document.
   */
  private async switchElement(name: string): Promise<ElementHandle<Element>> {
    const known = this.switches.get(name);
    if (known && (await known.evaluate((el) => el.isConnected).catch(() => false))) return known;
    const element = await this.page.waitForSelector(`::-p-aria([name="${name}"][role="switch"])`, { timeout: 5_000 });
    if (!element) throw new Error(`no switch named ${name}`);
    this.switches.set(name, element);
    return element;
  }

  async switchChecked(name: string): Promise<boolean> {
    return (await this.switchElement(name)).evaluate((el) => (el as HTMLInputElement).checked);
  }

  async toggleSwitch(name: string): Promise<void> {
    await this.session.toFront(this.page);
    await (await this.switchElement(name)).click();
  }
}

class FirefoxDriver implements Driver {
  readonly browser = 'firefox' as const;
  private readonly pages: Page[] = [];

  constructor(
    private readonly session: FirefoxSession,
    readonly siteURL: string,
    private readonly trap: NetTrap,
  ) {}

  private async newPage(): Promise<Page> {
    const page = await this.session.newPage();
    this.pages.push(page);
    return page;
  }

  async openFixture(name: string, { timeout = 15_000 } = {}): Promise<Tab> {
    const page = await this.newPage();
    const tab = new FirefoxTab(this.session, page); // listening for page errors before the page loads
    await page.goto(`${this.siteURL}/${name}`);
    await waitUntilReady(page, timeout);
    return tab;
  }

  async openHtml(html: string): Promise<Tab> {
    const page = await this.newPage();
    await page.setContent(html);
    return new FirefoxTab(this.session, page);
  }

  async openPopup(tab: Tab): Promise<Popup> {
    const tabId = await this.session.tabIdOf((tab as FirefoxTab).page);
    const page = await this.newPage();
    await this.session.navigate(page, this.session.extensionURL(`popup.html?tab=${tabId}`));
    return new FirefoxPopup(this.session, page);
  }

  async recordRequests(): Promise<RequestLog> {
    const start = this.session.requests.length;
    const trapStart = this.trap.hits.length;
    return { urls: () => this.session.requests.slice(start), leaked: () => this.trap.hits.slice(trapStart) };
  }

  async closeAll(): Promise<void> {
    for (const page of this.pages) await this.session.closePage(page).catch(() => undefined);
  }
}

async function clickAndDispose(element: ElementHandle<Element>): Promise<void> {
  try {
    await element.click();
  } finally {
    await element.dispose();
  }
}

async function waitUntilReady(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(isReadyInPage, { timeout, polling: 50 });
}
