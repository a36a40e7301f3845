import { STOP_PHRASES } from './lexicon/stop-phrases';
import { PhraseIndex, type PhraseIndexData } from './phrase-index';
import type { CountryAmbiguity, CountryNames, CountryRecord, DetectionData, PersonNames, PersonRecord } from './types';

/**
 * What a dataset phrase stands for. A "stop" phrase is consumed and highlights nothing; a
 * country's demonym ("Jordanian") is never subject to the name's context rules.
 */
export type EntityHit = { kind: 'person'; id: string } | { kind: 'country'; id: string; demonym?: boolean } | { kind: 'stop' };

/** What detection needs to know of a person or a country beyond the phrase that named it. */
export interface PersonInfo {
  name: string;
}
export interface CountryInfo {
  name: string;
  ambiguous?: CountryAmbiguity;
}

/** The dataset compiled for detection: built once per page, then shared by the detectors. */
export interface EntityIndex {
  phrases: PhraseIndex<EntityHit>;
  people: Map<string, PersonInfo>;
  countries: Map<string, CountryInfo>;
}

/**
 * The detection index built ahead of time (`npm run data` writes assets/dataset/detection-data.json):
 * the phrase table, and the little detection needs of each record. Compiling it on a page is a
 * matter of filling two maps.
 */
export interface CompiledDetectionData {
  people: Array<[id: string, name: string]>;
  countries: Array<[id: string, name: string, ambiguous?: CountryAmbiguity]>;
  phrases: PhraseIndexData<string>;
}

/** Compiles names for detection, from records (tests, the CLI, custom entities) or from the prebuilt index. */
export function compileDataset(dataset: DetectionData | CompiledDetectionData): EntityIndex {
  if ('phrases' in dataset) {
    return {
      phrases: PhraseIndex.fromData(dataset.phrases, decodeHit),
      people: new Map(dataset.people.map(([id, name]) => [id, { name }])),
      countries: new Map(dataset.countries.map(([id, name, ambiguous]) => [id, ambiguous ? { name, ambiguous } : { name }])),
    };
  }
  const phrases = new PhraseIndex<EntityHit>();
  // Stop phrases first: a phrase keeps the first value it was given.
  for (const phrase of STOP_PHRASES) phrases.add(phrase, { kind: 'stop' });
  for (const person of dataset.people) addPerson(phrases, person);
  for (const country of dataset.countries) {
    for (const name of [country.name, country.officialName, ...country.aliases]) phrases.add(name, { kind: 'country', id: country.id });
    for (const name of country.demonyms) phrases.add(name, { kind: 'country', id: country.id, demonym: true });
  }
  return {
    phrases,
    people: new Map(dataset.people.map((p) => [p.id, { name: p.name }])),
    countries: new Map(dataset.countries.map((c) => [c.id, c.ambiguous ? { name: c.name, ambiguous: c.ambiguous } : { name: c.name }])),
  };
}

function addPerson(phrases: PhraseIndex<EntityHit>, person: PersonNames): void {
  for (const name of [person.name, ...person.aliases]) phrases.add(name, { kind: 'person', id: person.id });
}

/** Adds people (the reader's own) to an index; a new name or alias wins over nothing, never over a bundled one. */
export function addPeople(index: EntityIndex, people: PersonNames[]): void {
  for (const person of people) {
    addPerson(index.phrases, person);
    index.people.set(person.id, { name: person.name });
  }
}

/** The prebuilt index of a dataset (see CompiledDetectionData). */
export function compileDetectionData(dataset: DetectionData): CompiledDetectionData {
  const index = compileDataset(dataset);
  return {
    people: dataset.people.map((p) => [p.id, p.name]),
    countries: dataset.countries.map((c) => (c.ambiguous ? [c.id, c.name, c.ambiguous] : [c.id, c.name])),
    phrases: index.phrases.toData(encodeHit),
  };
}

function encodeHit(hit: EntityHit): string {
  if (hit.kind === 'stop') return 's';
  if (hit.kind === 'person') return `p:${hit.id}`;
  return `${hit.demonym ? 'd' : 'c'}:${hit.id}`;
}

function decodeHit(code: string): EntityHit {
  const id = code.slice(2);
  if (code === 's') return { kind: 'stop' };
  if (code.startsWith('p:')) return { kind: 'person', id };
  return code.startsWith('d:') ? { kind: 'country', id, demonym: true } : { kind: 'country', id };
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
