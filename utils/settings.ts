import { storage } from '#imports';
import { KINDS, type Kind } from '@/lib/types';

/** The reader's choices, kept in synced storage so they follow the reader across browsers. */
export interface Settings {
  categories: Record<Kind, boolean>;
}

export const DEFAULT_SETTINGS: Settings = {
  categories: { person: true, country: true, hedge: true },
};

/**
 * Whatever storage holds (an older shape, a corrupt value, a hand edit), returns valid settings:
 * each field that is not valid falls back to its default, and every valid one is kept.
 */
export function normaliseSettings(value: unknown): Settings {
  const categories = { ...DEFAULT_SETTINGS.categories };
  const stored = isRecord(value) && isRecord(value.categories) ? value.categories : {};
  for (const kind of KINDS) {
    const on = stored[kind];
    if (typeof on === 'boolean') categories[kind] = on;
  }
  return { categories };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}

export async function setCategory(kind: Kind, on: boolean): Promise<Settings> {
  const current = await loadSettings();
  const next = { categories: { ...current.categories, [kind]: on } };
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with normalised settings whenever any tab or the popup changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normaliseSettings(value)));
}
