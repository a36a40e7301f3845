/**
 * `npm run bench:page [-- --record]`: Backstory's cost in real Chromium with the built extension
 * (run `npm run build` first). Pages are generated from the project's gold articles and served on
 * 127.0.0.1. For each page it reports the pass time Backstory publishes (data-backstory-stats.ms),
 * the main-thread script time it adds (CDP ScriptDuration with the extension minus without),
 * long tasks over 50 ms (PerformanceObserver) and the JS heap it adds; then it times the naive
 * approach most highlighter extensions take — mark.js mark() with the dataset's whole name list —
 * on the same 10,000-word page.
 *
 * `--only=PAGE` measures one page (front.html, article-1500.html…, or `popup`) and prints its row; `--breakdown`
 * adds, after the table, where the content scripts' time goes on each page measured (a CPU
 * profile's call tree: scripts/bench/content-profile.ts). `--extension=DIR` measures another build
 * (an A/B of two builds: copy one away, build the other, alternate runs); `--js-flags=FLAGS` passes V8
 * flags to Chromium, for diagnosis. None of these is recorded.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { countryNames, toDetectionData } from '../lib/entity-index';
import { chromiumPath, extensionArgs, OFFLINE_FLAGS, tabIdOf } from './chromium';
import { loadBundledDataset } from './annotate-lib';
import { extensionTimes, formatBreakdown, formatSelfTimes, profileLoad, selfTimes, type CpuProfile } from './bench/content-profile';
import { benchParagraphs } from './bench/gold';
import { recordSection } from './bench/record';
import { serveStatic } from './static-server';
import type { PassStats } from '../utils/messaging';

const OUT = resolve('.cache/bench-pages');
mkdirSync(OUT, { recursive: true });

// Pages, written from the gold articles (original text), in a plain news layout.
function articlePage(words: number): string {
  const body = benchParagraphs(words).flatMap((p, i) => [
    `<p>${escapeHtml(p)}</p>`,
    ...(i % 12 === 11 ? [`<h2>Section ${(i + 1) / 12}</h2>`] : []),
  ]);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench article</title></head><body><header><nav><a href="#">World</a> <a href="#">Business</a></nav></header><main><article><h1>Bench article</h1>${body.join('\n')}</article></main><footer>Bench footer</footer></body></html>`;
}
function frontPage(): string {
  const items = benchParagraphs(10_000)
    .slice(0, 40)
    .map((p, i) => `<li><a href="#${i}">${escapeHtml(p.split(/\s+/).slice(0, 9).join(' '))}</a></li>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Front page</title></head><body><header><nav><a href="#">World</a></nav></header><ul>${items.join('')}</ul><footer>Footer</footer></body></html>`;
}
function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const pages = {
  'front.html': frontPage(),
  'article-1500.html': articlePage(1500),
  'article-10000.html': articlePage(10_000),
  'article-100000.html': articlePage(100_000),
};
for (const [name, html] of Object.entries(pages)) writeFileSync(`${OUT}/${name}`, html);

const { dataset } = await loadBundledDataset();
const names = [...dataset.people.flatMap((p) => [p.name, ...p.aliases]), ...toDetectionData(dataset).countries.flatMap(countryNames)];
writeFileSync(`${OUT}/names.json`, JSON.stringify(names));

const server = await serveStatic({ '/mark/': resolve('node_modules/mark.js/dist'), '/': OUT });
const executablePath = chromiumPath();
if (!executablePath) throw new Error('No Chromium: see README');

const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });`;

interface Measure {
  passMs?: number;
  /** Loading the index in the content script (JSON.parse + compile), before the first pass. */
  indexMs?: number;
  /** The first pass's phases: text map, detection, highlighting. */
  phases?: PassStats['phases'];
  scriptMs: number;
  longTasks: number[];
  heapMb: number;
  highlights?: number;
}

/** Until Backstory's pass is done, and 300 ms more for whatever it does after. */
async function settled(page: Page): Promise<void> {
  await page.locator('html[data-backstory-state="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
  await page.waitForTimeout(300);
}

async function measure(context: BrowserContext, name: string, withExtension: boolean): Promise<Measure> {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${server.url}/${name}`);
  if (withExtension) await settled(page);
  else await page.waitForTimeout(300);
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const metric = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
  const stats = withExtension
    ? (JSON.parse((await page.locator('html').getAttribute('data-backstory-stats')) ?? '{}') as Partial<PassStats>)
    : undefined;
  const longTasks = (await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)) ?? [];
  const result: Measure = { scriptMs: metric('ScriptDuration') * 1000, longTasks, heapMb: metric('JSHeapUsedSize') / 1024 / 1024 };
  if (stats) {
    result.passMs = stats.ms;
    result.indexMs = stats.phases?.indexMs;
    result.phases = stats.phases;
    result.highlights = (stats.people ?? 0) + (stats.countries ?? 0) + (stats.hedges ?? 0);
  }
  await page.close();
  return result;
}

async function naiveMarkJs(page: Page): Promise<number> {
  await page.goto(`${server.url}/article-10000.html`);
  await page.addScriptTag({ url: `${server.url}/mark/mark.min.js` });
  return page.evaluate(async (url) => {
    const list = (await (await fetch(url)).json()) as string[];
    const started = performance.now();
    // What a typical highlighter does: mark() with every name, matched as whole phrases. mark.js
    // overflows the stack with thousands of keywords in one call, so they go in batches of 200.
    const MarkCtor = (window as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void } }).Mark;
    const marker = new MarkCtor(document.querySelector('article')!);
    for (let i = 0; i < list.length; i += 200) {
      marker.mark(list.slice(i, i + 200), { separateWordSearch: false, accuracy: 'exactly', caseSensitive: true });
    }
    return performance.now() - started;
  }, `${server.url}/names.json`);
}

/** `--js-flags=…` passes V8 flags to both browsers, to diagnose (say, what JIT compilation costs); never with --record. */
const jsFlags = process.argv.filter((a) => a.startsWith('--js-flags='));
if (jsFlags.length && process.argv.includes('--record')) throw new Error('--record measures Chromium as readers run it: no --js-flags');
const launch = (args: string[]) => chromium.launchPersistentContext('', { executablePath, headless: true, args: [...args, ...jsFlags] });
const extensionDir = process.argv.find((a) => a.startsWith('--extension='))?.slice('--extension='.length) ?? '.output/chrome-mv3';
if (extensionDir !== '.output/chrome-mv3' && process.argv.includes('--record'))
  throw new Error('--record measures the build in .output/chrome-mv3 only');
const withExt = await launch(extensionArgs(resolve(extensionDir)));
const without = await launch(OFFLINE_FLAGS);
const REPEATS = 5;
const rows: string[] = [
  "| page | Backstory pass (ms) | index load (ms) | added script time (ms) | long tasks > 50 ms | pass's longest task (ms) | added JS heap (MB) | highlights |",
  '|---|---|---|---|---|---|---|---|',
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The longest task of Backstory's pass in any run (it reports how long it ran without yielding), else a dash. */
const passTask = (ms: Measure[]) => {
  const tasks = ms.flatMap((m) => (m.phases?.longestTaskMs === undefined ? [] : [m.phases.longestTaskMs]));
  return tasks.length ? Math.max(...tasks).toFixed(1) : '–';
};
/** The index load's median where the page loaded one (articles), else a dash. */
const indexLoad = (ms: Measure[]) => {
  const loads = ms.flatMap((m) => (m.indexMs === undefined ? [] : [m.indexMs]));
  return loads.length ? median(loads).toFixed(1) : '–';
};
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const BREAKDOWN_RUNS = 8;
const breakdown: string[] = [];
for (const name of Object.keys(pages).filter((n) => !only || n === only)) {
  const on: Measure[] = [];
  const off: Measure[] = [];
  for (let i = 0; i < REPEATS; i++) {
    on.push(await measure(withExt, name, true));
    off.push(await measure(without, name, false));
  }
  const longest = Math.max(0, ...on.flatMap((m) => m.longTasks));
  const longCount = median(on.map((m) => m.longTasks.filter((d) => d > 50).length));
  rows.push(
    `| ${name} | ${median(on.map((m) => m.passMs ?? 0)).toFixed(1)} | ${indexLoad(on)} | ${(median(on.map((m) => m.scriptMs)) - median(off.map((m) => m.scriptMs))).toFixed(1)} | ${longCount} (longest ${longest.toFixed(0)} ms) | ${passTask(on)} | ${(median(on.map((m) => m.heapMb)) - median(off.map((m) => m.heapMb))).toFixed(1)} | ${on[0]!.highlights ?? 0} |`,
  );
  if (only && on[0]!.phases) {
    const phase = (key: 'textMs' | 'detectMs' | 'highlightMs' | 'yieldMs') => median(on.map((m) => m.phases?.[key] ?? 0)).toFixed(1);
    breakdown.push(
      '',
      `${name}: pass phases (median ms): text map ${phase('textMs')}, detection ${phase('detectMs')}, highlighting ${phase('highlightMs')}; waiting on the page's own tasks (within those) ${phase('yieldMs')}`,
    );
  }
  if (process.argv.includes('--breakdown')) {
    const profiles: CpuProfile[] = [];
    for (let i = 0; i < BREAKDOWN_RUNS; i++) profiles.push(await profileLoad(withExt, `${server.url}/${name}`, settled));
    breakdown.push('', ...formatBreakdown(name, profiles.map(extensionTimes)), '', ...formatSelfTimes(name, profiles.map(selfTimes)));
  }
}
if (only && only !== 'popup') {
  console.log([...rows, ...breakdown].join('\n'));
  process.exit(0);
}
// The popup's first render with the article's cast, from navigation start (median of five).
const popupTimes: number[] = [];
{
  const article = await withExt.newPage();
  await article.goto(`${server.url}/article-1500.html`);
  await article.locator('html[data-backstory-state="ready"]').waitFor({ state: 'attached' });
  const worker = withExt.serviceWorkers()[0] ?? (await withExt.waitForEvent('serviceworker'));
  const tabId = await tabIdOf(article, worker);
  for (let i = 0; i < 5; i++) {
    const popup = await withExt.newPage();
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tab=${tabId}`);
    await popup.locator('.cast-list .card').first().waitFor();
    // The popup marks when it first shows the report (entrypoints/popup/PopupApp.tsx).
    popupTimes.push(await popup.evaluate(() => performance.getEntriesByName('backstory-popup-first-render')[0]?.startTime ?? NaN));
    await popup.close();
  }
}
rows.push(
  '',
  `Popup: first frame with the cast of article-1500.html (switches, sourcing and the first screenful of cards; a User Timing mark), from navigation start: **${median(popupTimes).toFixed(0)} ms** (median of 5; target < 100 ms).`,
);
if (only === 'popup') {
  console.log(rows.at(-1));
  process.exit(0);
}
const naivePage = await without.newPage();
const naive = median([await naiveMarkJs(naivePage), await naiveMarkJs(naivePage), await naiveMarkJs(naivePage)]);
// One page at a time, as the naive runs are: three pages at once on a 2-core machine would time the contention.
const ours: number[] = [];
for (let i = 0; i < 3; i++) ours.push((await measure(withExt, 'article-10000.html', true)).passMs ?? 0);
const oursMs = median(ours);
rows.push(
  '',
  `Naive mark.js \`mark()\` with all ${names.length.toLocaleString('en')} dataset names on article-10000.html: **${naive.toFixed(0)} ms**; Backstory's whole pass on the same page: **${oursMs.toFixed(1)} ms**; ratio **${(naive / oursMs).toFixed(1)}×** (target ≥ 20×).`,
);
await withExt.close();
await without.close();
await server.close();
const table = rows.join('\n');
console.log([table, ...breakdown].join('\n'));
if (process.argv.includes('--record')) recordSection('page', 'npm run build && npm run bench:page -- --record', table);
