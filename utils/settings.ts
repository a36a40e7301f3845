import { storage } from '#imports';
import { HEDGE_CATEGORIES, KINDS, type HedgeCategory, type Kind } from '@/lib/types';

/** The reader's choices, kept in synced storage so they follow the reader across browsers. */
export interface Settings {
  /** The three switches: People, Countries, Hedges. */
  categories: Record<Kind, boolean>;
  /** Finer switches for each hedge category (options page). */
  hedgeCategories: Record<HedgeCategory, boolean>;
  /** Host names where Backstory stays off ("Off on this site"). */
  disabledSites: string[];
  /** "Pause on all sites". */
  paused: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  categories: { person: true, country: true, hedge: true },
  hedgeCategories: { anonymous: true, unconfirmed: true, speculation: true, claim: true, vague: true, 'no-response': true },
  disabledSites: [],
  paused: false,
};

/** The shape version 1 stored (before per-hedge switches and site controls). */
export interface SettingsV1 {
  categories: Record<Kind, boolean>;
}

/** Version 1 → 2: keep the three switches, add the new fields at their defaults. */
export function migrateV1toV2(v1: SettingsV1): Settings {
  return normaliseSettings({ ...DEFAULT_SETTINGS, categories: v1?.categories });
}

/**
 * Whatever storage holds (an older shape, a corrupt value, a hand edit), returns valid settings:
 * each field that is not valid falls back to its default, and every valid one is kept.
 */
export function normaliseSettings(value: unknown): Settings {
  const stored = isRecord(value) ? value : {};
  const sites = Array.isArray(stored.disabledSites)
    ? stored.disabledSites.filter((s): s is string => typeof s === 'string' && isHostName(s))
    : [];
  return {
    categories: booleans(KINDS, DEFAULT_SETTINGS.categories, stored.categories),
    hedgeCategories: booleans(HEDGE_CATEGORIES, DEFAULT_SETTINGS.hedgeCategories, stored.hedgeCategories),
    disabledSites: [...new Set(sites)].sort(),
    paused: typeof stored.paused === 'boolean' ? stored.paused : DEFAULT_SETTINGS.paused,
  };
}

function booleans<K extends string>(keys: readonly K[], defaults: Record<K, boolean>, stored: unknown): Record<K, boolean> {
  const result = { ...defaults };
  if (!isRecord(stored)) return result;
  for (const key of keys) {
    const value = stored[key];
    if (typeof value === 'boolean') result[key] = value;
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isHostName(value: string): boolean {
  return /^[a-z0-9.-]{1,253}$/i.test(value) && !value.startsWith('.') && value.includes('.');
}

let item: ReturnType<typeof defineSettingsItem> | undefined;
function defineSettingsItem() {
  return storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS, version: 2, migrations: { 2: migrateV1toV2 } });
}

/**
 * The storage item, defined on first use: defining it starts a storage read (its migration
 * check), which a page that is not an article should never pay for.
 */
export function settingsItem(): ReturnType<typeof defineSettingsItem> {
  item ??= defineSettingsItem();
  return item;
}

export async function loadSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem().getValue());
}

/** Applies a change to the stored settings and returns the result. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normaliseSettings(change(await loadSettings()));
  await settingsItem().setValue(next);
  return next;
}

export function setCategory(kind: Kind, on: boolean): Promise<Settings> {
  return updateSettings((s) => ({ ...s, categories: { ...s.categories, [kind]: on } }));
}

export function setHedgeCategory(category: HedgeCategory, on: boolean): Promise<Settings> {
  return updateSettings((s) => ({ ...s, hedgeCategories: { ...s.hedgeCategories, [category]: on } }));
}

export function setSiteDisabled(host: string, disabled: boolean): Promise<Settings> {
  return updateSettings((s) => ({
    ...s,
    disabledSites: disabled ? [...s.disabledSites, host] : s.disabledSites.filter((h) => h !== host),
  }));
}

export function setPaused(paused: boolean): Promise<Settings> {
  return updateSettings((s) => ({ ...s, paused }));
}

/** Whether Backstory runs on a page of this host at all. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(host.toLowerCase());
}

/** Calls back with normalised settings whenever any tab or the popup changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => onChange(normaliseSettings(value)));
}
