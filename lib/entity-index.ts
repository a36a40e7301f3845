import { STOP_PHRASES } from './lexicon/stop-phrases';
import { PhraseIndex } from './phrase-index';
import type { CountryRecord, Dataset, PersonRecord } from './types';

/** What a dataset phrase stands for. A "stop" phrase is consumed and highlights nothing. */
export type EntityHit = { kind: 'person'; id: string } | { kind: 'country'; id: string } | { kind: 'stop' };

/** The dataset compiled for detection: built once per page, then shared by the detectors. */
export interface EntityIndex {
  phrases: PhraseIndex<EntityHit>;
  people: Map<string, PersonRecord>;
  countries: Map<string, CountryRecord>;
}

export function compileDataset(dataset: Dataset): EntityIndex {
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
export function countryNames(country: CountryRecord): string[] {
  return [country.name, country.officialName, ...country.aliases, ...country.demonyms];
}
