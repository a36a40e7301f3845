import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  defineSettingsItem,
  isActiveOn,
  loadSettings,
  migrateV1toV2,
  migrateV2toV3,
  normaliseSettings,
  setCategory,
  setHedgeCategory,
  setHighlightStyle,
  setPaused,
  setSiteDisabled,
  SETTINGS_VERSION,
  settingsItem,
  watchSettings,
} from '@/utils/settings';

/** What version 2 kept in synced storage: every field but the highlight style. */
const V2_STORED = {
  categories: { person: true, country: false, hedge: true },
  hedgeCategories: { ...DEFAULT_SETTINGS.hedgeCategories, claim: false },
  disabledSites: ['news.example'],
  paused: true,
};

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to every category on, no site off, not paused', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('remembers a switch in synced storage', async () => {
    await setCategory('hedge', false);
    expect((await loadSettings()).categories).toEqual({ person: true, country: true, hedge: false });
    const stored = (await fakeBrowser.storage.sync.get('settings')) as { settings: { categories: unknown } };
    expect(stored.settings.categories).toEqual({ person: true, country: true, hedge: false });
  });

  it('remembers per-hedge switches, sites and the pause', async () => {
    await setHedgeCategory('speculation', false);
    await setSiteDisabled('news.example', true);
    await setPaused(true);
    const s = await loadSettings();
    expect(s.hedgeCategories.speculation).toBe(false);
    expect(s.disabledSites).toEqual(['news.example']);
    expect(s.paused).toBe(true);
    await setSiteDisabled('news.example', false);
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('falls back to the default for each corrupt field and keeps the valid ones', () => {
    expect(normaliseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ categories: [] })).toEqual(DEFAULT_SETTINGS);
    const mixed = normaliseSettings({
      categories: { person: false, country: 'no', hedge: 0, extra: false },
      hedgeCategories: { vague: false, claim: 'x' },
      disabledSites: ['ok.example', 42, '<script>', 'ok.example'],
      paused: 'yes',
      preset: 'rainbow',
      tint: 'no',
    });
    expect(mixed.categories).toEqual({ person: false, country: true, hedge: true });
    expect(mixed.hedgeCategories).toEqual({ ...DEFAULT_SETTINGS.hedgeCategories, vague: false });
    expect(mixed.disabledSites).toEqual(['ok.example']);
    expect(mixed.paused).toBe(false);
    expect(mixed.preset).toBe('standard');
    expect(mixed.tint).toBe(true);
    expect(normaliseSettings({ ...V2_STORED, preset: 'colour-blind', tint: 42 })).toEqual({
      ...V2_STORED,
      preset: 'colour-blind',
      tint: true,
    });
    expect(normaliseSettings({ ...V2_STORED, preset: ['high-contrast'], tint: false })).toEqual({
      ...V2_STORED,
      preset: 'standard',
      tint: false,
    });
  });

  it('remembers the highlight style', async () => {
    await setHighlightStyle({ preset: 'colour-blind' });
    await setHighlightStyle({ tint: false });
    const s = await loadSettings();
    expect(s.preset).toBe('colour-blind');
    expect(s.tint).toBe(false);
    expect(s.categories).toEqual(DEFAULT_SETTINGS.categories);
  });

  it('reads a corrupt stored value as defaults without throwing', async () => {
    await fakeBrowser.storage.sync.set({ settings: { categories: { person: 'off' } }, settings$: { v: SETTINGS_VERSION } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates version 2 settings to version 3, keeping every choice and adding the standard, tinted style', async () => {
    expect(migrateV2toV3(V2_STORED)).toEqual({ ...V2_STORED, preset: 'standard', tint: true });
    await fakeBrowser.storage.sync.set({ settings: V2_STORED, settings$: { v: 2 } });
    const item = defineSettingsItem();
    expect(await item.getValue()).toEqual({ ...V2_STORED, preset: 'standard', tint: true });
    expect(await item.getMeta()).toMatchObject({ v: 3 });
    const stored = (await fakeBrowser.storage.sync.get('settings')) as { settings: Record<string, unknown> };
    expect(stored.settings).toEqual({ ...V2_STORED, preset: 'standard', tint: true });
  });

  it('migrates a corrupt version 2 value field by field', async () => {
    const corrupt = { ...V2_STORED, categories: 'all', disabledSites: ['news.example', 7], paused: 'maybe', preset: 'neon' };
    expect(migrateV2toV3(corrupt as never)).toEqual({
      ...V2_STORED,
      categories: DEFAULT_SETTINGS.categories,
      paused: false,
      preset: 'standard',
      tint: true,
    });
    await fakeBrowser.storage.sync.set({ settings: 'not settings', settings$: { v: 2 } });
    expect(await defineSettingsItem().getValue()).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates version 1 settings through 2 to 3', async () => {
    await fakeBrowser.storage.sync.set({ settings: { categories: { person: false, country: true, hedge: false } } });
    const item = defineSettingsItem();
    expect(await item.getValue()).toEqual({ ...DEFAULT_SETTINGS, categories: { person: false, country: true, hedge: false } });
    expect(await item.getMeta()).toMatchObject({ v: 3 });
  });

  it('migrates version 1 settings, keeping the reader’s switches', async () => {
    expect(migrateV1toV2({ categories: { person: false, country: true, hedge: false } })).toEqual({
      ...DEFAULT_SETTINGS,
      categories: { person: false, country: true, hedge: false },
    });
    // What version 1 left in storage: the value, with no version meta (v1 is implicit).
    await fakeBrowser.storage.sync.set({ settings: { categories: { person: false, country: true, hedge: true } } });
    const item = storage.defineItem('sync:settings', { fallback: DEFAULT_SETTINGS, version: 2, migrations: { 2: migrateV1toV2 } });
    expect(await item.getValue()).toEqual({ ...DEFAULT_SETTINGS, categories: { person: false, country: true, hedge: true } });
    expect(await item.getMeta()).toMatchObject({ v: 2 });
  });

  it('is versioned: a later schema version migrates what this one stored', async () => {
    await setCategory('hedge', false);
    const next = storage.defineItem<Record<string, unknown>>('sync:settings', {
      fallback: {},
      version: SETTINGS_VERSION + 1,
      migrations: { [SETTINGS_VERSION + 1]: (v3: Record<string, unknown>) => ({ ...v3, migratedFrom: SETTINGS_VERSION }) },
    });
    expect(await next.getValue()).toMatchObject({ categories: { person: true, country: true, hedge: false }, migratedFrom: 3 });
    expect(settingsItem().key).toBe('sync:settings');
  });

  it('tells watchers about changes', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.categories.country));
    await setCategory('country', false);
    stop();
    await setCategory('country', true);
    expect(seen).toEqual([false]);
  });

  it('is active unless paused or off for the host', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, 'news.example')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, paused: true }, 'news.example')).toBe(false);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }, 'NEWS.example')).toBe(false);
  });
});
