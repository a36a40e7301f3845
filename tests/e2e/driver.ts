import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
/**
 * The small, browser-neutral surface the end-to-end scenarios drive (tests/e2e/scenarios).
 * Implemented twice: with Playwright for Chromium (drivers/chromium.ts) and with puppeteer-core
 * over WebDriver BiDi for Firefox (drivers/firefox.ts). Scenarios only see this file.
 */

export type BrowserName = 'chromium' | 'firefox';

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** axe-core's source, evaluated in a page by either driver (DevTools evaluation is not subject to the page's CSP). */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs in the page after AXE_SOURCE: the violations, with the selectors of the elements at fault. */
export async function runAxeInPage(): Promise<AxeViolation[]> {
  const axe = (
    globalThis as unknown as {
      axe: {
        run(
          context: Document,
          options: object,
        ): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }>;
      };
    }
  ).axe;
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/** One highlight, as the DOM contract describes it. */
export interface Highlight {
  kind: string;
  entity?: string;
  hedge?: string;
  text: string;
  /**
   * Inside the article region: within `<article>` where the page has one, and never inside
   * navigation, asides, footers, forms, comments, sidebars, related links, newsletters or paywalls.
   */
  inRegion: boolean;
}

/** A browser tab showing a page. */
export interface Tab {
  /**
   * Runs `fn(arg)` in the page and returns its result (JSON-like values only). `fn` is sent to
   * the browser as source text: it must not use anything from the test's scope.
   */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Every highlight on the page (elements with data-backstory-kind). */
  highlights(): Promise<Highlight[]>;
  /** Clicks the first element matching `selector` with the mouse, scrolling it into view. */
  click(selector: string): Promise<void>;
  /** Presses a key ("Escape", "Tab", …) in the page. */
  press(key: string): Promise<void>;
  /** The attribute of the first element matching `selector`, or null (no element, no attribute). */
  attribute(selector: string, name: string): Promise<string | null>;
  /** Uncaught errors the page threw since it opened (a script of the page broken by Backstory would show here). */
  pageErrors(): string[];
  /** axe-core's violations on this page (injected for the check; extension pages included). */
  accessibilityViolations(): Promise<AxeViolation[]>;
  /** Reloads the page and waits for Backstory's pass (html[data-backstory-state="ready"]). */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** The extension's popup, opened in a tab for a given page. */
export interface Popup extends Tab {
  /** Whether the switch (role="switch") with this accessible name is on. */
  switchChecked(name: string): Promise<boolean>;
  /** Clicks the switch with this accessible name. */
  toggleSwitch(name: string): Promise<void>;
}

/** Requests seen since `recordRequests()` was called. */
export interface RequestLog {
  /** URLs of the requests the browser reported for pages and extension contexts. */
  urls(): string[];
  /**
   * Requests that tried to leave the machine, from any process of the browser (they went to the
   * test's catch-all proxy, tests/e2e/net-trap.ts): "GET http://…", "CONNECT host:443".
   */
  leaked(): string[];
}

export interface Driver {
  readonly browser: BrowserName;
  /** The fixture server, http://127.0.0.1:PORT (tests/fixtures/pages at /, assets/demo at /demo/). */
  readonly siteURL: string;
  /** Opens a fixture page in a new tab and waits for html[data-backstory-state="ready"]. */
  openFixture(name: string, options?: { timeout?: number }): Promise<Tab>;
  /** A new tab with this HTML on about:blank, where Backstory does not run (a reference page). */
  openHtml(html: string): Promise<Tab>;
  /** Opens the popup (popup.html?tab=ID) for the tab showing `tab`. */
  openPopup(tab: Tab): Promise<Popup>;
  /** Starts recording every request; read the log after the actions under test. */
  recordRequests(): Promise<RequestLog>;
}

/** Elements that are never part of an article, whatever the page's layout. */
export const NOT_ARTICLE_SELECTOR = 'nav, aside, footer, form, .comments, .sidebar, .related, .newsletter, .paywall';

/** Runs in the page (both drivers send it as source text): reads every highlight. */
export function readHighlightsInPage(
  notArticle: string,
): Array<Omit<Highlight, 'entity' | 'hedge'> & { entity: string | null; hedge: string | null }> {
  const article = document.querySelector('article');
  return Array.from(document.querySelectorAll('[data-backstory-kind]')).map((el) => ({
    kind: el.getAttribute('data-backstory-kind') ?? '',
    entity: el.getAttribute('data-backstory-entity'),
    hedge: el.getAttribute('data-backstory-hedge'),
    text: el.textContent ?? '',
    inRegion: (article ? !!el.closest('article') : true) && !el.closest(notArticle),
  }));
}

/** Runs in the page: the attribute of the first match. */
export function readAttributeInPage([selector, name]: [string, string]): string | null {
  return document.querySelector(selector)?.getAttribute(name) ?? null;
}

/** Runs in the page: whether Backstory's pass has finished. */
export function isReadyInPage(): boolean {
  return document.documentElement.getAttribute('data-backstory-state') === 'ready';
}

export async function readHighlights(tab: Pick<Tab, 'evaluate'>): Promise<Highlight[]> {
  const raw = await tab.evaluate(readHighlightsInPage, NOT_ARTICLE_SELECTOR);
  return raw.map(({ entity, hedge, ...rest }) => ({
    ...rest,
    ...(entity === null ? {} : { entity }),
    ...(hedge === null ? {} : { hedge }),
  }));
}
