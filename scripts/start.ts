/**
 * `npm start`: builds the extension, serves the bundled demo article on 127.0.0.1 and opens
 * Chromium with Backstory loaded on it. With no display (or with --headless) it runs headless
 * and saves screenshots of the annotated article, an open card and the popup instead.
 *   npm start -- [--headless] [--out DIR]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumPath, extensionArgs, NO_CHROMIUM_MESSAGE, tabIdOf } from './chromium';
import { serveStatic } from './static-server';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? 'screenshots') : 'screenshots');
const headless = args.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function main(): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  const server = await serveStatic({ '/': resolve('assets/demo') });
  const articleUrl = `${server.url}/article.html`;
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless,
    viewport: { width: 1100, height: 900 },
    args: extensionArgs(resolve('.output/chrome-mv3')),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(articleUrl);
  await page.locator('html[data-backstory-state="ready"]').waitFor({ state: 'attached' });
  const stats = await page.locator('html').getAttribute('data-backstory-stats');
  console.log(`Demo article: ${articleUrl}\nHighlights: ${stats}`);

  if (!headless) {
    console.log('Chromium is open with Backstory loaded. Close the window to stop.');
    await new Promise<void>((done) => context.on('close', () => done()));
    await server.close();
    return;
  }
  mkdirSync(outDir, { recursive: true });
  await page.screenshot({ path: `${outDir}/article.png` });
  await openFirstCard(page);
  await page.screenshot({ path: `${outDir}/card.png` });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const tabId = await tabIdOf(page, worker);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 800 });
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tab=${tabId}`);
  await popup.locator('.cast-list .card').first().waitFor();
  // A full-page screenshot does not scroll, and the popup skips painting cards below the fold
  // (content-visibility: auto) until they are scrolled to: paint them all for the picture.
  await popup.addStyleTag({ content: '.cast-item { content-visibility: visible !important; }' });
  await popup
    .locator('.org-list .card')
    .first()
    .waitFor()
    .catch(() => undefined);
  await popup.screenshot({ path: `${outDir}/popup.png`, fullPage: true });
  await context.close();
  await server.close();
  console.log(`No display: ran headless and saved screenshots to ${outDir}/ (article.png, card.png, popup.png).`);
}

async function openFirstCard(page: Page): Promise<void> {
  const mark = page.locator('article [data-backstory-kind="person"][data-backstory-entity]').first();
  await mark.scrollIntoViewIfNeeded();
  await mark.click();
  await page.locator('backstory-card .card').waitFor();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
