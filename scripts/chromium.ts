import type { Page, Worker } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p));
}

export const NO_CHROMIUM_MESSAGE = `No Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).
Install Debian's package:  sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium or Chrome binary.`;

/** Flags that keep a test or demo browser off the network and quiet (the machine has none). */
export const OFFLINE_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

export function extensionArgs(extensionPath: string): string[] {
  return [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, ...OFFLINE_FLAGS];
}

/** The extension's API inside its service worker, where `evaluate` runs. */
declare const chrome: { tabs: { query(query: object): Promise<Array<{ id?: number }>> } };

/**
 * The tab id of `page`, for `popup.html?tab=ID`. Without the "tabs" permission the extension
 * can't read tab URLs, so the page is brought to the front and the active tab is asked for.
 */
export async function tabIdOf(page: Page, serviceWorker: Worker): Promise<number> {
  await page.bringToFront();
  const id = await serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  if (id === undefined) throw new Error(`no tab id for ${page.url()}`);
  return id;
}
