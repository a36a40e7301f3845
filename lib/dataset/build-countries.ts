import type { CountryAmbiguity, CountryLeader, CountryRecord } from '../types';

/** The fields Backstory reads from the world-countries package. */
export interface WorldCountry {
  name: { common: string; official: string };
  cca3: string;
  independent?: boolean | null;
  unMember: boolean;
  capital?: string[];
  region: string;
  subregion?: string;
  languages?: Record<string, string>;
  currencies?: Record<string, { name: string; symbol?: string }>;
  borders?: string[];
  flag: string;
  demonyms?: { eng?: { m?: string; f?: string } };
}

/** What Backstory writes about a country itself (assets/dataset/country-overlay.json). */
export interface CountryOverlay {
  description: string;
  aliases?: string[];
  demonyms?: string[];
  ambiguous?: CountryAmbiguity;
  /**
   * The leaders as of COUNTRIES_AS_OF, curated by hand, each left out where not certain at that
   * date. Where one person holds both offices (the US president, an absolute monarch) both fields
   * name them, identically, so a reader of either field gets the right answer; a card may show
   * them once. Commonwealth realms name King Charles III as head of state.
   */
  headOfState?: CountryLeader;
  headOfGovernment?: CountryLeader;
  /** One sentence on why a leader is left out or unusual (co-princes, juntas, disputed claims). */
  leadersNote?: string;
}

/** The date the overlay's descriptions and leaders and the package's facts were last reviewed. */
export const COUNTRIES_AS_OF = '2025-06-01';

export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "Iranian" → ["Iranian", "Iranians"]; adjectives in -ese, -ish, -ch and -ss take no plural. */
export function demonymForms(demonym: string): string[] {
  if (/(?:ese|ish|ch|ss)$/.test(demonym)) return [demonym];
  return [demonym, `${demonym}s`];
}

export function buildCountries(world: WorldCountry[], overlay: Record<string, CountryOverlay>): CountryRecord[] {
  const idByCode = new Map(world.map((w) => [w.cca3, slugify(w.name.common)]));
  const records = world.map((w): CountryRecord => {
    const id = slugify(w.name.common);
    const extra = overlay[id];
    const packageDemonyms = [w.demonyms?.eng?.m, w.demonyms?.eng?.f].flatMap((d) => d?.split(/,\s*/) ?? []).filter(Boolean);
    const record: CountryRecord = {
      id,
      kind: 'country',
      name: w.name.common,
      officialName: w.name.official,
      code: w.cca3,
      flag: w.flag,
      aliases: unique(extra?.aliases ?? []),
      demonyms: unique([...packageDemonyms, ...(extra?.demonyms ?? [])].flatMap(demonymForms)),
      capital: w.capital ?? [],
      region: w.region,
      languages: Object.values(w.languages ?? {}),
      currencies: Object.entries(w.currencies ?? {}).map(([code, c]) => `${c.name} (${code})`),
      neighbours: (w.borders ?? []).map((code) => idByCode.get(code)).filter((n): n is string => !!n),
      unMember: w.unMember,
      sovereign: w.independent === true,
      description: extra?.description ?? '',
      asOf: COUNTRIES_AS_OF,
    };
    if (w.subregion) record.subregion = w.subregion;
    if (extra?.ambiguous) record.ambiguous = extra.ambiguous;
    if (extra?.headOfState) record.headOfState = extra.headOfState;
    if (extra?.headOfGovernment) record.headOfGovernment = extra.headOfGovernment;
    if (extra?.leadersNote) record.leadersNote = extra.leadersNote;
    return record;
  });
  dropSharedForms(records);
  return records.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * A surface form shared by several places ("Dominican", "Congolese", "American" for the US and
 * its outlying islands) stays with the one sovereign state among them, or with none.
 */
function dropSharedForms(records: CountryRecord[]): void {
  const owners = new Map<string, CountryRecord[]>();
  for (const r of records) {
    for (const form of new Set([r.name, r.officialName, ...r.aliases, ...r.demonyms])) {
      owners.set(form, [...(owners.get(form) ?? []), r]);
    }
  }
  for (const [form, places] of owners) {
    if (places.length < 2) continue;
    const sovereign = places.filter((p) => p.sovereign);
    const keeper = sovereign.length === 1 ? sovereign[0] : undefined;
    for (const p of places) {
      if (p === keeper) continue;
      p.aliases = p.aliases.filter((a) => a !== form);
      p.demonyms = p.demonyms.filter((d) => d !== form);
    }
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
