import { STOP_PHRASES } from './lexicon/stop-phrases';
import { PhraseIndex } from './phrase-index';
import type { CountryNames, CountryRecord, DetectionData, PersonNames, PersonRecord } from './types';

/** What a dataset phrase stands for. A "stop" phrase is consumed and highlights nothing. */
export type EntityHit = { kind: 'person'; id: string } | { kind: 'country'; id: string } | { kind: 'stop' };

/** The dataset compiled for detection: built once per page, then shared by the detectors. */
export interface EntityIndex {
  phrases: PhraseIndex<EntityHit>;
  people: Map<string, PersonNames>;
  countries: Map<string, CountryNames>;
}

/** Compiles names for detection; takes the full dataset or the compact DetectionData alike. */
export function compileDataset(dataset: DetectionData): EntityIndex {
  const phrases = new PhraseIndex<EntityHit>();
  // Stop phrases first: a phrase keeps the first value it was given.
  for (const phrase of STOP_PHRASES) phrases.add(phrase, { kind: 'stop' });
  for (const person of dataset.people) {
    for (const name of [person.name, ...person.aliases]) phrases.add(name, { kind: 'person', id: person.id });
  }
  for (const country of dataset.countries) {
    const hit: EntityHit = { kind: 'country', id: country.id };
    for (const name of countryNames(country)) phrases.add(name, hit);
  }
  return {
    phrases,
    people: new Map(dataset.people.map((p) => [p.id, p])),
    countries: new Map(dataset.countries.map((c) => [c.id, c])),
  };
}

/** Every surface form of a country: common and official names, press aliases and demonyms. */
export function countryNames(country: CountryNames): string[] {
  return [country.name, country.officialName, ...country.aliases, ...country.demonyms];
}

/** The compact detection data of a dataset: what the content script bundles (see `npm run data`). */
export function toDetectionData(dataset: { people: PersonRecord[]; countries: CountryRecord[] }): DetectionData {
  return {
    people: dataset.people.map(({ id, name, aliases }) => ({ id, name, aliases })),
    countries: dataset.countries.map(({ id, name, officialName, aliases, demonyms, ambiguous }) =>
      ambiguous ? { id, name, officialName, aliases, demonyms, ambiguous } : { id, name, officialName, aliases, demonyms },
    ),
  };
}
