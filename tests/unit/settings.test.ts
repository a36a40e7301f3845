import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, loadSettings, normaliseSettings, setCategory, settingsItem, watchSettings } from '@/utils/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to every category on', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('remembers a switch in synced storage', async () => {
    await setCategory('hedge', false);
    expect(await loadSettings()).toEqual({ categories: { person: true, country: true, hedge: false } });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({
      settings: { categories: { person: true, country: true, hedge: false } },
    });
  });

  it('falls back to the default for each corrupt field and keeps the valid ones', () => {
    expect(normaliseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ categories: [] })).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ categories: { person: false, country: 'no', hedge: 0, extra: false } })).toEqual({
      categories: { person: false, country: true, hedge: true },
    });
  });

  it('reads a corrupt stored value as defaults without throwing', async () => {
    await fakeBrowser.storage.sync.set({ settings: { categories: { person: 'off' } } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about changes', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.categories.country));
    await setCategory('country', false);
    stop();
    await setCategory('country', true);
    expect(seen).toEqual([false]);
  });

  it('is versioned: a later schema version migrates what this one stored', async () => {
    await setCategory('hedge', false);
    const next = storage.defineItem<Record<string, unknown>>('sync:settings', {
      fallback: {},
      version: 2,
      migrations: { 2: (v1: Record<string, unknown>) => ({ ...v1, migratedFrom: 1 }) },
    });
    expect(await next.getValue()).toEqual({ categories: { person: true, country: true, hedge: false }, migratedFrom: 1 });
    expect(await next.getMeta()).toMatchObject({ v: 2 });
    expect(settingsItem.key).toBe('sync:settings');
  });
});
