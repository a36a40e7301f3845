import { browser } from 'wxt/browser';
import { migrateV1toV2, normaliseSettings, SETTINGS_KEY, type Settings, type SettingsV1 } from '@/utils/settings';

/**
 * The reader's settings as the gate reads them: straight from `storage.sync`, without WXT's
 * storage wrapper, whose module (item definitions, a mutex, migrations, watchers) would otherwise
 * be parsed and run on every page the gate runs on. The value is the one utils/settings.ts's
 * `sync:settings` item keeps (WXT stores it under its key, with the version in KEY$), and it goes
 * through that file's own migration and normalisation, so both read the same settings.
 */
const KEY = SETTINGS_KEY;
const META_KEY = `${KEY}$`;

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get([KEY, META_KEY]);
  return settingsFrom(stored[KEY], stored[META_KEY]);
}

/** Version 1 predates WXT's metadata entry: no version there means the value is version 1. */
export function settingsFrom(value: unknown, meta: unknown): Settings {
  if (value === undefined || value === null) return normaliseSettings(undefined);
  const version = (meta as { v?: unknown } | undefined)?.v;
  return typeof version === 'number' && version >= 2 ? normaliseSettings(value) : migrateV1toV2(value as SettingsV1);
}

/** Calls back whenever the popup, the options page or another tab changes the settings. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync' || !(KEY in changes)) return;
    void readSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
