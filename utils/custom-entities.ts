import { storage } from '#imports';
import { migrateCustomEntitiesV1, storedCustomEntities, type CustomEntity } from '@/lib/custom-entities';

/** Version 1 held people only; version 2 holds people, organisations and country overrides, each with its kind. */
export const CUSTOM_ENTITIES_VERSION = 2;

/** A new definition of the item; defining one runs the migration (tests define fresh ones). */
export function defineCustomEntitiesItem() {
  return storage.defineItem<CustomEntity[]>('local:customEntities', {
    fallback: [],
    version: CUSTOM_ENTITIES_VERSION,
    migrations: { 2: migrateCustomEntitiesV1 },
  });
}

/** The reader's own entities (options page), kept on this device. */
export const customEntitiesItem = defineCustomEntitiesItem();

/** The saved entities that have their kind's shape; none if what is stored is corrupt (never fatal). */
export async function loadCustomEntities(): Promise<CustomEntity[]> {
  return storedCustomEntities(await customEntitiesItem.getValue().catch(() => []));
}
