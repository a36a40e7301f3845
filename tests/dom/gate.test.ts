// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Gate } from '@/entrypoints/content/gate';
import { readSettings, settingsFrom } from '@/entrypoints/content/gate-settings';
import { DEFAULT_SETTINGS, defineSettingsItem, migrateV1toV2, normaliseSettings, SETTINGS_VERSION } from '@/utils/settings';

const PARAGRAPH =
  'Officials from both governments met in Muscat on Tuesday for a third round of talks, which ran for more than six hours and ended without a joint statement, two diplomats said afterwards.';
const ARTICLE = `<article><h1>Talks end without a statement</h1>${`<p>${PARAGRAPH}</p>`.repeat(6)}</article>`;
const FRONT_PAGE = `<header><nav><a href="/">World</a></nav></header><ul>${'<li><a href="/a">A short teaser line</a></li>'.repeat(20)}</ul>`;

const state = () => document.documentElement.getAttribute('data-backstory-state');

/** A gate on the current document, and what it asked for. */
function startGate() {
  const stop = new AbortController();
  const navigation: Array<() => void> = [];
  const gate = new Gate(document, stop.signal, (listener) => navigation.push(listener));
  gate.start();
  return { gate, stop, navigation };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the gate (the small content script on every page)', () => {
  let stops: AbortController[] = [];
  beforeEach(() => {
    fakeBrowser.reset();
    document.documentElement.removeAttribute('data-backstory-state');
    document.documentElement.removeAttribute('data-backstory-stats');
    stops = [];
  });
  afterEach(() => {
    for (const stop of stops) stop.abort();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('on a page that is not an article, publishes "ready" with nothing found and never touches storage', async () => {
    document.body.innerHTML = FRONT_PAGE;
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    stops.push(startGate().stop);
    await flush();
    expect(state()).toBe('ready');
    expect(JSON.parse(document.documentElement.getAttribute('data-backstory-stats')!)).toMatchObject({
      people: 0,
      countries: 0,
      hedges: 0,
    });
    expect(get).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  it('on an article, reads the settings and asks the background for the annotator', async () => {
    document.body.innerHTML = ARTICLE;
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true);
    stops.push(startGate().stop);
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ backstory: 'inject-annotator', data: {} }));
  });

  it('asks the background a second time when the first request is lost, and no more', async () => {
    document.body.innerHTML = ARTICLE;
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    stops.push(startGate().stop);
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2), { timeout: 2_000 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('paused, an article stays untouched until the reader resumes', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, paused: true }, settings$: { v: SETTINGS_VERSION } });
    document.body.innerHTML = ARTICLE;
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true);
    stops.push(startGate().stop);
    await vi.waitFor(() => expect(state()).toBe('ready'));
    expect(send).not.toHaveBeenCalled();
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, paused: false } });
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ backstory: 'inject-annotator', data: {} }));
  });

  it('listens for address changes only once watching the page’s changes has given up', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = FRONT_PAGE;
    const { stop, navigation } = startGate();
    stops.push(stop);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true);
    expect(navigation).toHaveLength(0);
    // A restless page that never becomes an article: each change is looked at, up to a limit.
    let changes = 0;
    for (; changes < 60 && navigation.length === 0; changes++) {
      const ticker = document.createElement('div');
      ticker.textContent = `Markets update ${changes}`;
      document.body.append(ticker);
      await vi.advanceTimersByTimeAsync(5_000);
    }
    expect(navigation).toHaveLength(1);
    expect(changes).toBeGreaterThan(20);
    // A single-page app then moves to an article: the address change brings the gate back.
    document.body.innerHTML = ARTICLE;
    navigation[0]!();
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ backstory: 'inject-annotator', data: {} }));
  });
});

describe('settings as the gate reads them (without WXT’s storage wrapper)', () => {
  beforeEach(() => fakeBrowser.reset());

  const stored: Array<[string, Record<string, unknown>]> = [
    ['nothing stored', {}],
    ['version 1, no meta', { settings: { categories: { person: false, country: true, hedge: true } } }],
    ['version 2', { settings: { ...migrateV1toV2({ categories: DEFAULT_SETTINGS.categories }), paused: true }, settings$: { v: 2 } }],
    ['current version', { settings: { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }, settings$: { v: SETTINGS_VERSION } }],
    ['corrupt value', { settings: 'garbage', settings$: { v: SETTINGS_VERSION } }],
  ];
  it.each(stored)('reads the same settings as the storage item (as loadSettings() reads it): %s', async (_, value) => {
    await fakeBrowser.storage.sync.set(value);
    const gate = await readSettings();
    expect(gate).toEqual(normaliseSettings(await defineSettingsItem().getValue()));
  });

  it('treats a value with no version as version 1', () => {
    expect(settingsFrom({ categories: { person: false } }, undefined).categories.person).toBe(false);
    expect(settingsFrom(undefined, undefined)).toEqual(DEFAULT_SETTINGS);
  });
});
