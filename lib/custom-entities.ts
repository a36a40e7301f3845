import type { PersonRecord, Role } from './types';

/**
 * Entities a reader adds, or bundled ones they override, imported as JSON. Validation names the
 * entry and the field that is wrong, so a reader can fix the file; an import with any error is
 * rejected whole, and what was saved before stays as it was.
 */
export type ImportResult = { ok: true; entities: PersonRecord[] } | { ok: false; errors: string[] };

const MAX_ENTITIES = 2000;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseCustomEntities(json: string, today: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).`] };
  }
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.entities) ? data.entities : undefined;
  if (!list) return { ok: false, errors: ['Expected a JSON array of entities, or an object with an "entities" array.'] };
  if (list.length > MAX_ENTITIES) return { ok: false, errors: [`Too many entities (${list.length}; at most ${MAX_ENTITIES}).`] };
  const errors: string[] = [];
  const entities: PersonRecord[] = [];
  const seen = new Set<string>();
  list.forEach((entry: unknown, i: number) => {
    const where = `Entry ${i + 1}`;
    if (!isObject(entry)) {
      errors.push(`${where}: must be an object.`);
      return;
    }
    const label = typeof entry.id === 'string' ? `${where} ("${entry.id}")` : where;
    const fail = (field: string, why: string) => errors.push(`${label}, field "${field}": ${why}`);
    if (typeof entry.id !== 'string' || !ID.test(entry.id))
      fail('id', 'required; lower-case letters, digits and hyphens, like "jane-doe".');
    else if (seen.has(entry.id)) fail('id', 'appears twice in this file.');
    if (entry.kind !== undefined && entry.kind !== 'person') fail('kind', 'only "person" entities can be added for now.');
    if (!isText(entry.name, 2, 120)) fail('name', 'required text of 2 to 120 characters.');
    const aliases = entry.aliases ?? [];
    if (!Array.isArray(aliases) || !aliases.every((a) => isText(a, 2, 120)))
      fail('aliases', 'must be a list of names of 2 to 120 characters.');
    if (!isText(entry.description, 1, 400)) fail('description', 'required text of up to 400 characters.');
    const roles = entry.roles ?? [];
    if (!Array.isArray(roles) || !roles.every(isRole))
      fail('roles', 'must be a list of {"title", "country"?, "org"?, "since"?} with text values.');
    if (entry.born !== undefined && !(Number.isInteger(entry.born) && (entry.born as number) > 1850 && (entry.born as number) < 2030)) {
      fail('born', 'must be a year.');
    }
    if (errors.length) return;
    seen.add(entry.id as string);
    const record: PersonRecord = {
      id: entry.id as string,
      kind: 'person',
      name: (entry.name as string).trim(),
      aliases: (aliases as string[]).map((a) => a.trim()),
      roles: roles as Role[],
      description: (entry.description as string).trim(),
      asOf: typeof entry.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(entry.asOf) ? entry.asOf : today,
    };
    if (typeof entry.born === 'number') record.born = entry.born;
    entities.push(record);
  });
  return errors.length ? { ok: false, errors } : { ok: true, entities };
}

/** The bundled people with the reader's own: a custom entity with a bundled id replaces it. */
export function mergePeople<T extends { id: string }>(bundled: T[], custom: T[]): T[] {
  const byId = new Map(bundled.map((p) => [p.id, p]));
  for (const p of custom) byId.set(p.id, p);
  return [...byId.values()];
}

export function exportCustomEntities(entities: PersonRecord[]): string {
  return `${JSON.stringify({ entities }, null, 2)}\n`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.trim().length >= min && value.length <= max;
}

function isRole(value: unknown): value is Role {
  if (!isObject(value) || !isText(value.title, 1, 200)) return false;
  return ['country', 'org', 'since', 'from', 'to'].every((k) => value[k] === undefined || isText(value[k], 1, 200));
}
