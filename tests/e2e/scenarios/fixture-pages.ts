import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver, Highlight, Tab } from '../driver';
import { assert, squash, waitFor } from './check';
import type { Scenario } from './index';

/**
 * One scenario per fixture page that has an expected file (tests/fixtures/pages/README.md
 * describes the format). Pages are found by listing the folder, so a page added later is
 * tested without touching this file.
 */

const PAGES = 'tests/fixtures/pages';
/** How soon content a page adds later (a live blog's new entries) must be highlighted. */
const LATER_BUDGET_MS = 2_000;

interface Expected {
  people: Array<{ text: string; entity?: string }>;
  countries: Array<{ text: string; entity?: string }>;
  hedges: Array<{ text: string; hedge: string }>;
  outside: string[];
  /** Strings inside the article's element that are not its own text (a teaser's or an advert's caption): never highlighted. */
  unrelated: string[];
  later?: LaterItem[];
}

interface LaterItem {
  text: string;
  kind: 'person' | 'country' | 'hedge';
  entity?: string;
  hedge?: string;
}

/** Fixture pages NAME.html that have NAME.expected.json beside them, sorted. */
export function pagesWithExpectations(): string[] {
  return readdirSync(PAGES)
    .filter((file) => file.endsWith('.html') && existsSync(join(PAGES, file.replace(/\.html$/, '.expected.json'))))
    .sort();
}

function readExpected(page: string): Expected {
  const file = join(PAGES, page.replace(/\.html$/, '.expected.json'));
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<Expected>;
  return {
    people: raw.people ?? [],
    countries: raw.countries ?? [],
    hedges: raw.hedges ?? [],
    outside: raw.outside ?? [],
    unrelated: raw.unrelated ?? [],
    later: raw.later,
  };
}

const isFrontPage = (e: Expected) => e.people.length + e.countries.length + e.hedges.length + (e.later?.length ?? 0) === 0;

/** `needle` occurs in `text` as a whole word (so "Netanyahu" is found in "Benjamin Netanyahu"). */
function containsWord(text: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}

function describe(h: Highlight): string {
  return `${h.kind} "${h.text}"${h.entity ? ` (${h.entity})` : ''}${h.hedge ? ` (${h.hedge})` : ''}`;
}

/**
 * Everything that differs from the expected file, as readable lines (empty when all is well).
 * Highlight text is compared as a reader sees it: a line break in the HTML source is a space.
 */
function problemsWith(raw: Highlight[], expected: Expected): string[] {
  const problems: string[] = [];
  const found = raw.map((h) => ({ ...h, text: squash(h.text) }));
  const inRegion = found.filter((h) => h.inRegion);
  for (const [kind, items] of [
    ['person', expected.people],
    ['country', expected.countries],
  ] as const) {
    for (const item of items) {
      const hit = inRegion.some((h) => h.kind === kind && h.text === item.text && (item.entity === undefined || h.entity === item.entity));
      if (!hit) {
        const near = found.filter((h) => h.text === item.text).map(describe);
        problems.push(
          `missing ${kind} "${item.text}"${item.entity ? ` (${item.entity})` : ''}${near.length ? `; found ${near.join(', ')}` : ''}`,
        );
      }
    }
  }
  for (const item of expected.hedges) {
    if (!inRegion.some((h) => h.kind === 'hedge' && h.hedge === item.hedge && h.text.includes(item.text))) {
      problems.push(`missing hedge "${item.text}" (${item.hedge})`);
    }
  }
  for (const h of found.filter((x) => !x.inRegion)) problems.push(`highlight outside the article: ${describe(h)}`);
  for (const [field, texts] of [
    ['outside', expected.outside],
    ['unrelated', expected.unrelated],
  ] as const) {
    for (const text of texts) {
      for (const h of found.filter((x) => containsWord(x.text, text)))
        problems.push(`"${field}" string "${text}" is highlighted: ${describe(h)}`);
    }
  }
  return problems;
}

/**
 * Installs an observer in the page that notes, for each later item, when its text first
 * appears in the article and when a matching highlight first appears (performance.now()).
 */
function watchLaterInPage(items: LaterItem[]): void {
  const state = { installedAt: performance.now(), appended: [] as Array<number | null>, highlighted: [] as Array<number | null> };
  items.forEach(() => {
    state.appended.push(null);
    state.highlighted.push(null);
  });
  const check = () => {
    const now = performance.now();
    const region = document.querySelector('article') ?? document.body;
    const flat = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();
    const text = flat(region.textContent);
    const marks = Array.from(region.querySelectorAll('[data-backstory-kind]'));
    items.forEach((item, i) => {
      if (state.appended[i] === null && text.includes(item.text)) state.appended[i] = now;
      if (state.highlighted[i] !== null) return;
      const hit = marks.some((m) => {
        if (m.getAttribute('data-backstory-kind') !== item.kind) return false;
        const markText = flat(m.textContent);
        if (item.kind === 'hedge') return m.getAttribute('data-backstory-hedge') === item.hedge && markText.includes(item.text);
        return markText === item.text && (item.entity === undefined || m.getAttribute('data-backstory-entity') === item.entity);
      });
      if (hit) state.highlighted[i] = now;
    });
  };
  check();
  new MutationObserver(check).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  (window as unknown as { __backstoryLater: typeof state }).__backstoryLater = state;
}

interface LaterState {
  installedAt: number;
  appended: Array<number | null>;
  highlighted: Array<number | null>;
}

async function checkLater(tab: Tab, items: LaterItem[]): Promise<string[]> {
  await tab.evaluate(watchLaterInPage, items);
  const read = () => tab.evaluate(() => (window as unknown as { __backstoryLater: LaterState }).__backstoryLater);
  // The live blog appends its entries 1 s and 2 s after loading; allow for both plus the budget.
  await waitFor('content added later to be highlighted', async () => (await read()).highlighted.every((t) => t !== null), {
    timeout: 8_000,
  }).catch(() => undefined);
  const state = await read();
  const problems: string[] = [];
  items.forEach((item, i) => {
    const label = `later ${item.kind} "${item.text}"`;
    const appended = state.appended[i] ?? null;
    const highlighted = state.highlighted[i] ?? null;
    if (appended === null) problems.push(`${label}: the page never added this text`);
    else if (highlighted === null) problems.push(`${label}: never highlighted`);
    else if (highlighted - appended > LATER_BUDGET_MS)
      problems.push(`${label}: highlighted ${Math.round(highlighted - appended)} ms after it was added`);
  });
  return problems;
}

function pageScenario(page: string): Scenario {
  return {
    name: `fixture page ${page}: the expected highlights, only inside the article, DOM contract, text unchanged`,
    async run(driver: Driver) {
      const expected = readExpected(page);
      const tab = await driver.openFixture(page, { timeout: 20_000 });
      const problems = expected.later?.length ? await checkLater(tab, expected.later) : [];

      // "unrelated" strings must be in the article's element, or their check proves nothing.
      const articleText = squash((await tab.evaluate(() => document.querySelector('article')?.textContent)) ?? '');
      for (const text of expected.unrelated) {
        if (!containsWord(articleText, text)) problems.push(`"unrelated" string "${text}" is not inside the article's element`);
      }

      const found = await tab.highlights();
      if (isFrontPage(expected)) {
        problems.push(...found.map((h) => `a page that is not an article has a highlight: ${describe(h)}`));
      } else {
        problems.push(...problemsWith(found, expected));
      }
      assert.deepEqual(problems, [], `${page}: ${problems.length} problem(s)`);

      // Nothing in the page's text ran as markup (hostile-payloads.html's tripwire), and the text
      // is what the same HTML shows without Backstory (pages whose own scripts change it aside).
      assert.equal(await tab.attribute('html', 'data-pwned'), null, 'markup in the page text was executed');
      assert.deepEqual(tab.pageErrors(), [], 'the page threw');
      const html = readFileSync(join(PAGES, page), 'utf8');
      if (!/<script\b/i.test(html)) {
        const reference = await driver.openHtml(html);
        const bodyText = (t: Tab) => t.evaluate(() => document.body.textContent);
        assert.equal(await bodyText(tab), await bodyText(reference), 'body.textContent differs from the page without Backstory');
      }

      // DOM contract: data-backstory-stats counts the highlights of the last pass.
      await waitFor('data-backstory-stats to match the highlights on the page', async () => {
        const stats = JSON.parse((await tab.attribute('html', 'data-backstory-stats')) ?? '{}') as Record<string, unknown>;
        const now = await tab.highlights();
        const count = (kind: string) => now.filter((h) => h.kind === kind).length;
        return (
          typeof stats.ms === 'number' &&
          stats.people === count('person') &&
          stats.countries === count('country') &&
          stats.hedges === count('hedge')
        );
      });
    },
  };
}

export function fixturePageScenarios(): Scenario[] {
  return pagesWithExpectations().map(pageScenario);
}
