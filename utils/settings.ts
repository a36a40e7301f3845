import { storage } from '#imports';
import { isPresetId, type PresetId } from '@/lib/palettes';
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
  /** The highlight colour preset (lib/palettes.ts), from the options page. */
  preset: PresetId;
  /** Highlights get a background tint under their underline; false: underline only. */
  tint: boolean;
}

/** The schema version stored in the item's meta; each version has a migration from the one before. */
export const SETTINGS_VERSION = 3;

export const DEFAULT_SETTINGS: Settings = {
  categories: { person: true, country: true, hedge: true },
  hedgeCategories: { anonymous: true, unconfirmed: true, speculation: true, claim: true, vague: true, 'no-response': true },
  disabledSites: [],
  paused: false,
  preset: 'standard',
  tint: true,
};

/** The shape version 1 stored (before per-hedge switches and site controls). */
export interface SettingsV1 {
  categories: Record<Kind, boolean>;
}

/** The shape version 2 stored (before the highlight style). */
export type SettingsV2 = Omit<Settings, 'preset' | 'tint'>;

/**
 * Version 1 → 2: keep the three switches, every later field at its default. It returns the
 * current shape (the gate reads version 1 values through it, too); a version 2 value's extra
 * fields are harmless to the next migration.
 */
export function migrateV1toV2(v1: SettingsV1): Settings {
  return normaliseSettings({ ...DEFAULT_SETTINGS, categories: v1?.categories });
}

/** Version 2 → 3: keep every choice, and start with the standard preset, tinted, as before. */
export function migrateV2toV3(v2: SettingsV2): Settings {
  return normaliseSettings({ ...v2, preset: DEFAULT_SETTINGS.preset, tint: DEFAULT_SETTINGS.tint });
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
    preset: isPresetId(stored.preset) ? stored.preset : DEFAULT_SETTINGS.preset,
    tint: typeof stored.tint === 'boolean' ? stored.tint : DEFAULT_SETTINGS.tint,
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

/** The key in storage.sync (the gate reads it directly: entrypoints/content/gate-settings.ts). */
export const SETTINGS_KEY = 'settings';

let item: ReturnType<typeof defineSettingsItem> | undefined;
/** A new definition of the item; defining one runs the migrations (tests define fresh ones). */
export function defineSettingsItem() {
  return storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: { 2: migrateV1toV2, 3: migrateV2toV3 },
  });
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

/** The highlight style: a colour preset, and tint or underline only (options page). */
export function setHighlightStyle(style: Partial<Pick<Settings, 'preset' | 'tint'>>): Promise<Settings> {
  return updateSettings((s) => ({ ...s, ...style }));
}

/** Whether Backstory runs on a page of this host at all. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(host.toLowerCase());
}

/** Calls back with normalised settings whenever any tab or the popup changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => onChange(normaliseSettings(value)));
}
