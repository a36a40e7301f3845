import { storage } from '#imports';
import type { PersonRecord } from '@/lib/types';

/** The reader's own entities (options page), kept on this device. */
export const customEntitiesItem = storage.defineItem<PersonRecord[]>('local:customEntities', {
  fallback: [],
  version: 1,
});

/** The saved entities, or none if what is stored is not a list (corrupt data is never fatal). */
export async function loadCustomEntities(): Promise<PersonRecord[]> {
  const value = await customEntitiesItem.getValue().catch(() => []);
  return Array.isArray(value) ? value.filter((p) => typeof p?.id === 'string' && typeof p?.name === 'string') : [];
}
