import countries from '@/assets/dataset/countries.json';
import people from '@/assets/dataset/people.json';
import type { CountryRecord, Dataset, PersonRecord } from '@/lib/types';

/** The full dataset bundled with the extension (validated by tests/unit/dataset.test.ts). */
export function bundledDataset(): Dataset {
  return { people, countries } as unknown as Dataset;
}

/** An article's whole cast is a few hundred ids at most; a request for more is cut there. */
const MAX_IDS = 500;

/**
 * The records a card needs for these ids: each person or country named, plus the countries of
 * a person's roles (for their flags). What the background answers the content script with.
 */
export function recordsFor(dataset: Dataset, ids: string[]): { people: PersonRecord[]; countries: CountryRecord[] } {
  const wanted = new Set(ids.slice(0, MAX_IDS));
  // A person's role countries (for flags), a country's leaders (for its card).
  const people = dataset.people.filter((p) => wanted.has(p.id) || p.roles.some((r) => r.country && wanted.has(r.country) && !r.org));
  for (const p of people) for (const r of p.roles) if (r.country) wanted.add(r.country);
  return { people, countries: dataset.countries.filter((c) => wanted.has(c.id)) };
}
