import countries from '@/assets/dataset/countries.json';
import organisations from '@/assets/dataset/organisations.json';
import people from '@/assets/dataset/people.json';
import { organisationResolver, type OrganisationRecord } from '@/lib/organisations';
import type { CountryRecord, Dataset, PersonRecord } from '@/lib/types';

/** The dataset with its organisations (which detection does not need, so lib/types.ts's Dataset lacks them). */
export interface BundledDataset extends Dataset {
  organisations: OrganisationRecord[];
}

/** What the background answers a card or the popup with: the records it shows. */
export interface RecordSet {
  people: PersonRecord[];
  countries: CountryRecord[];
  organisations: OrganisationRecord[];
}

/** The full dataset bundled with the extension (validated by tests/unit/dataset.test.ts and organisations.test.ts). */
export function bundledDataset(): BundledDataset {
  return { people, countries, organisations } as unknown as BundledDataset;
}

/** An article's whole cast is a few hundred ids at most; a request for more is cut there. */
const MAX_IDS = 500;

/**
 * The records cards need for these ids (people, countries or organisations): each one named, plus
 * what their cards link to or show: a person's role countries (flags) and organisations, a
 * country's leaders and the organisations based there, an organisation's country and leader.
 */
export function recordsFor(dataset: BundledDataset, ids: string[]): RecordSet {
  const asked = new Set(ids.slice(0, MAX_IDS));
  const wanted = new Set(asked);
  const orgs = dataset.organisations.filter((o) => asked.has(o.id) || (o.country !== undefined && asked.has(o.country)));
  // The leaders of the organisations asked for, for the links on their cards.
  const leaders = new Set(orgs.flatMap((o) => (asked.has(o.id) && o.leader?.person ? [o.leader.person] : [])));
  // A country's curated heads of state and government, for the links on its card.
  for (const c of dataset.countries) {
    if (!asked.has(c.id)) continue;
    for (const leader of [c.headOfState, c.headOfGovernment]) if (leader?.person) leaders.add(leader.person);
  }
  const people = dataset.people.filter((p) => asked.has(p.id) || leaders.has(p.id));
  const orgIdOf = organisationResolver(dataset.organisations);
  for (const p of people) {
    for (const r of p.roles) {
      if (r.country) wanted.add(r.country);
      // Only the people asked for link their roles' organisations.
      const orgId = r.org && asked.has(p.id) ? orgIdOf(r.org) : undefined;
      if (orgId) wanted.add(orgId);
    }
  }
  for (const o of orgs) {
    wanted.add(o.id);
    if (o.country) wanted.add(o.country);
  }
  return {
    people,
    countries: dataset.countries.filter((c) => wanted.has(c.id)),
    organisations: dataset.organisations.filter((o) => wanted.has(o.id)),
  };
}
