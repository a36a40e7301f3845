import { ORGANISATION_TYPES, type OrganisationLeader, type OrganisationRecord, type OrganisationType } from './organisations';
import type { CountryLeader, CountryRecord, PersonRecord, Role } from './types';

/**
 * Entities a reader adds, or bundled ones they override, imported as JSON. Validation names the
 * entry and the field that is wrong, so a reader can fix the file; an import with any error is
 * rejected whole, and what was saved before stays as it was.
 *
 * Three kinds: people and organisations (new ones, or a bundled one replaced by id), and country
 * overrides, which change a bundled country's card text (description and leaders) but never its
 * names, so detection of countries stays the bundled one.
 */

/** The card text of a bundled country a reader may replace. */
export const COUNTRY_OVERRIDE_FIELDS = ['description', 'headOfState', 'headOfGovernment', 'leadersNote'] as const;

export type CountryOverride = { id: string; kind: 'country'; asOf: string } & Partial<
  Pick<CountryRecord, (typeof COUNTRY_OVERRIDE_FIELDS)[number]>
>;

export type CustomEntity = PersonRecord | OrganisationRecord | CountryOverride;
export type CustomKind = CustomEntity['kind'];

export type ImportResult = { ok: true; entities: CustomEntity[] } | { ok: false; errors: string[] };

/** The bundled ids an import is checked against: countries to override, and ids no new entity may take. */
export interface BundledIds {
  countries: ReadonlySet<string>;
  people?: ReadonlySet<string>;
  organisations?: ReadonlySet<string>;
}

/** One entry of each kind, as the options page's help text shows them (tests/unit/custom-entities.test.ts imports them). */
export const CUSTOM_ENTITY_EXAMPLES: readonly object[] = [
  { id: 'jane-doe', name: 'Jane Doe', aliases: ['Doe'], description: 'Mayor of a port city.', roles: [{ title: 'Mayor' }] },
  {
    kind: 'organisation',
    id: 'harbour-gazette',
    name: 'Harbour Gazette',
    aliases: ['The Harbour Gazette'],
    type: 'media',
    country: 'oman',
    description: 'Local weekly newspaper.',
  },
  { kind: 'country', id: 'oman', description: 'Your own summary of Oman for its card.' },
];

const MAX_ENTITIES = 2000;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KIND_NAMES: Record<CustomKind, string> = { person: 'person', organisation: 'organisation', country: 'country' };

type Fail = (field: string, why: string) => void;
type Entry = Record<string, unknown>;

export function parseCustomEntities(json: string, today: string, bundled: BundledIds): ImportResult {
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
  const entities: CustomEntity[] = [];
  const seen = new Set<string>();
  list.forEach((entry: unknown, i: number) => {
    const where = `Entry ${i + 1}`;
    if (!isObject(entry)) {
      errors.push(`${where}: must be an object.`);
      return;
    }
    const label = typeof entry.id === 'string' ? `${where} ("${entry.id}")` : where;
    const before = errors.length;
    const fail: Fail = (field, why) => errors.push(`${label}, field "${field}": ${why}`);
    const kind = entry.kind ?? 'person';
    if (kind !== 'person' && kind !== 'organisation' && kind !== 'country') {
      fail('kind', 'must be "person" (the default), "organisation" or "country".');
      return;
    }
    if (typeof entry.id !== 'string' || !ID.test(entry.id))
      fail('id', 'required; lower-case letters, digits and hyphens, like "jane-doe".');
    else if (seen.has(entry.id)) fail('id', 'appears twice in this file.');
    else checkIdFree(entry.id, kind, bundled, fail);
    const asOf = typeof entry.asOf === 'string' && DATE.test(entry.asOf) ? entry.asOf : today;
    const entity =
      kind === 'person'
        ? readPerson(entry, asOf, fail)
        : kind === 'organisation'
          ? readOrganisation(entry, asOf, bundled, fail)
          : readCountry(entry, asOf, fail);
    if (errors.length > before || !entity) return;
    seen.add(entity.id);
    entities.push(entity);
  });
  return errors.length ? { ok: false, errors } : { ok: true, entities };
}

/** A new person or organisation may not take a bundled entity of another kind's id; a country override must name a bundled country. */
function checkIdFree(id: string, kind: CustomKind, bundled: BundledIds, fail: Fail): void {
  if (kind === 'country') {
    if (!bundled.countries.has(id)) fail('id', 'must be the id of a bundled country, like "oman" or "united-kingdom".');
    return;
  }
  const taken: Array<[CustomKind, ReadonlySet<string> | undefined]> = [
    ['person', bundled.people],
    ['organisation', bundled.organisations],
    ['country', bundled.countries],
  ];
  for (const [other, ids] of taken) {
    if (other !== kind && ids?.has(id)) fail('id', `is a bundled ${KIND_NAMES[other]}'s id; choose another for this ${KIND_NAMES[kind]}.`);
  }
}

/** `fail`, remembering whether it was called: a reader builds its record only from a valid entry. */
function tracked(fail: Fail): Fail & { failed: boolean } {
  const wrapped = Object.assign(
    (field: string, why: string) => {
      wrapped.failed = true;
      fail(field, why);
    },
    { failed: false },
  );
  return wrapped;
}

function readPerson(entry: Entry, asOf: string, report: Fail): PersonRecord | undefined {
  const fail = tracked(report);
  const name = readName(entry, fail);
  const aliases = readAliases(entry, fail);
  const description = readDescription(entry, fail);
  const roles = entry.roles ?? [];
  if (!Array.isArray(roles) || !roles.every(isRole))
    fail('roles', 'must be a list of {"title", "country"?, "org"?, "since"?} with text values.');
  if (entry.born !== undefined && !isYear(entry.born, 1850, 2030)) fail('born', 'must be a year.');
  if (fail.failed || name === undefined || aliases === undefined || description === undefined) return undefined;
  const record: PersonRecord = { id: entry.id as string, kind: 'person', name, aliases, roles: roles as Role[], description, asOf };
  if (typeof entry.born === 'number') record.born = entry.born;
  return record;
}

function readOrganisation(entry: Entry, asOf: string, bundled: BundledIds, report: Fail): OrganisationRecord | undefined {
  const fail = tracked(report);
  const name = readName(entry, fail);
  const aliases = readAliases(entry, fail);
  const description = readDescription(entry, fail);
  const type = entry.type;
  if (!(ORGANISATION_TYPES as readonly unknown[]).includes(type))
    fail('type', `required; one of ${ORGANISATION_TYPES.map((t) => `"${t}"`).join(', ')}.`);
  if (entry.country !== undefined && !(typeof entry.country === 'string' && bundled.countries.has(entry.country)))
    fail('country', 'must be the id of a bundled country, like "oman".');
  if (entry.headquarters !== undefined && !isText(entry.headquarters, 1, 120))
    fail('headquarters', 'must be text of up to 120 characters.');
  if (entry.founded !== undefined && !isYear(entry.founded, 1, 2100)) fail('founded', 'must be a year.');
  if (entry.leader !== undefined && !isOrganisationLeader(entry.leader))
    fail('leader', 'must be {"title", "name"} or {"title", "person"} (a person\'s id), with text values.');
  if (fail.failed || name === undefined || aliases === undefined || description === undefined) return undefined;
  const record: OrganisationRecord = {
    id: entry.id as string,
    kind: 'organisation',
    name,
    aliases,
    type: type as OrganisationType,
    description,
    asOf,
  };
  if (entry.country !== undefined) record.country = entry.country as string;
  if (entry.headquarters !== undefined) record.headquarters = (entry.headquarters as string).trim();
  if (entry.founded !== undefined) record.founded = entry.founded as number;
  if (entry.leader !== undefined) record.leader = leaderOf(entry.leader as OrganisationLeader);
  return record;
}

function readCountry(entry: Entry, asOf: string, report: Fail): CountryOverride | undefined {
  const fail = tracked(report);
  for (const field of Object.keys(entry)) {
    if (field === 'id' || field === 'kind' || field === 'asOf' || (COUNTRY_OVERRIDE_FIELDS as readonly string[]).includes(field)) continue;
    fail(field, `a country's names and facts cannot be changed; only ${COUNTRY_OVERRIDE_FIELDS.map((f) => `"${f}"`).join(', ')}.`);
  }
  if (!COUNTRY_OVERRIDE_FIELDS.some((f) => entry[f] !== undefined))
    fail('description', `a country entry must replace at least one of ${COUNTRY_OVERRIDE_FIELDS.join(', ')}.`);
  if (entry.description !== undefined && !isText(entry.description, 1, 400)) fail('description', 'must be text of up to 400 characters.');
  for (const field of ['headOfState', 'headOfGovernment'] as const) {
    if (entry[field] !== undefined && !isCountryLeader(entry[field])) fail(field, 'must be {"title", "name", "person"?} with text values.');
  }
  if (entry.leadersNote !== undefined && !isText(entry.leadersNote, 1, 400)) fail('leadersNote', 'must be text of up to 400 characters.');
  if (fail.failed) return undefined;
  const record: CountryOverride = { id: entry.id as string, kind: 'country', asOf };
  if (typeof entry.description === 'string') record.description = entry.description.trim();
  if (entry.headOfState !== undefined) record.headOfState = leaderOf(entry.headOfState as CountryLeader);
  if (entry.headOfGovernment !== undefined) record.headOfGovernment = leaderOf(entry.headOfGovernment as CountryLeader);
  if (typeof entry.leadersNote === 'string') record.leadersNote = entry.leadersNote.trim();
  return record;
}

function readName(entry: Entry, fail: Fail): string | undefined {
  if (isText(entry.name, 2, 120)) return entry.name.trim();
  fail('name', 'required text of 2 to 120 characters.');
  return undefined;
}

function readAliases(entry: Entry, fail: Fail): string[] | undefined {
  const aliases = entry.aliases ?? [];
  if (Array.isArray(aliases) && aliases.every((a) => isText(a, 2, 120))) return aliases.map((a: string) => a.trim());
  fail('aliases', 'must be a list of names of 2 to 120 characters.');
  return undefined;
}

function readDescription(entry: Entry, fail: Fail): string | undefined {
  if (isText(entry.description, 1, 400)) return entry.description.trim();
  fail('description', 'required text of up to 400 characters.');
  return undefined;
}

/** The custom entities of one kind. */
export function ofKind<K extends CustomKind>(entities: readonly CustomEntity[], kind: K): Array<Extract<CustomEntity, { kind: K }>> {
  return entities.filter((e): e is Extract<CustomEntity, { kind: K }> => e.kind === kind);
}

/** The bundled people with the reader's own: a custom person with a bundled id replaces it. */
export function mergePeople<T extends { id: string }>(bundled: T[], custom: readonly CustomEntity[]): Array<T | PersonRecord> {
  return replaceById(bundled, ofKind(custom, 'person'));
}

/**
 * The bundled organisations (records, or only their names for detection) with the reader's own.
 * The reader's come first: where a name of theirs is also a bundled name, detection (which keeps
 * a phrase's first owner) resolves it to theirs.
 */
export function mergeOrganisations<T extends { id: string }>(bundled: T[], custom: readonly CustomEntity[]): Array<T | OrganisationRecord> {
  const own = ofKind(custom, 'organisation');
  const replaced = new Set(own.map((o) => o.id));
  return [...own, ...bundled.filter((o) => !replaced.has(o.id))];
}

/** The bundled countries with the reader's card text laid over them; names and detection fields stay. */
export function mergeCountries(bundled: CountryRecord[], custom: readonly CustomEntity[]): CountryRecord[] {
  const overrides = new Map(ofKind(custom, 'country').map((c) => [c.id, c]));
  if (!overrides.size) return bundled;
  return bundled.map((country) => {
    const override = overrides.get(country.id);
    if (!override) return country;
    const merged: CountryRecord = { ...country, asOf: override.asOf };
    for (const field of COUNTRY_OVERRIDE_FIELDS) if (override[field] !== undefined) Object.assign(merged, { [field]: override[field] });
    return merged;
  });
}

/** What is saved after an import: the saved entities with the imported ones, an imported id replacing a saved one. */
export function mergeSaved(saved: readonly CustomEntity[], imported: readonly CustomEntity[]): CustomEntity[] {
  return replaceById([...saved], imported);
}

function replaceById<T extends { id: string }, U extends { id: string }>(list: T[], replacements: readonly U[]): Array<T | U> {
  const byId = new Map<string, T | U>(list.map((p) => [p.id, p]));
  for (const p of replacements) byId.set(p.id, p);
  return [...byId.values()];
}

export function exportCustomEntities(entities: readonly CustomEntity[]): string {
  return `${JSON.stringify({ entities }, null, 2)}\n`;
}

/**
 * Version 1 of the stored item held people only, without a kind: every entry becomes a person.
 * Anything but a list becomes an empty one (a corrupt value is never fatal). Idempotent, since
 * several extension contexts may run it.
 */
export function migrateCustomEntitiesV1(value: unknown): CustomEntity[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((entry) => ({ ...entry, kind: entry.kind ?? 'person' }) as CustomEntity);
}

/**
 * The stored entities that have the shape their kind needs (the options page only saves validated
 * ones, but storage can be edited or corrupted): anything else is dropped, never thrown on.
 */
export function storedCustomEntities(value: unknown): CustomEntity[] {
  return migrateCustomEntitiesV1(value).filter((e) => {
    const entry = e as unknown as Entry;
    if (typeof entry.id !== 'string') return false;
    if (entry.kind === 'country') return true;
    const named = typeof entry.name === 'string' && Array.isArray(entry.aliases) && entry.aliases.every((a) => typeof a === 'string');
    if (entry.kind === 'person') return named && Array.isArray(entry.roles);
    return entry.kind === 'organisation' && named && typeof entry.type === 'string';
  });
}

/** A leader's known fields only, trimmed: anything else in the file is not kept. */
function leaderOf<T extends { title: string; name?: string; person?: string }>(leader: T): T {
  const out = { title: leader.title.trim() } as T;
  if (leader.name !== undefined) out.name = leader.name.trim();
  if (leader.person !== undefined) out.person = leader.person;
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.trim().length >= min && value.length <= max;
}

function isYear(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

function isRole(value: unknown): value is Role {
  if (!isObject(value) || !isText(value.title, 1, 200)) return false;
  return ['country', 'org', 'since', 'from', 'to'].every((k) => value[k] === undefined || isText(value[k], 1, 200));
}

function isOrganisationLeader(value: unknown): value is OrganisationLeader {
  if (!isObject(value) || !isText(value.title, 1, 200)) return false;
  const person = value.person === undefined || (typeof value.person === 'string' && ID.test(value.person));
  const name = value.name === undefined || isText(value.name, 2, 120);
  return person && name && (value.person !== undefined || value.name !== undefined);
}

function isCountryLeader(value: unknown): value is CountryLeader {
  if (!isObject(value) || !isText(value.title, 1, 200) || !isText(value.name, 2, 120)) return false;
  return value.person === undefined || (typeof value.person === 'string' && ID.test(value.person));
}
