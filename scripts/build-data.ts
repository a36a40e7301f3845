/**
 * `npm run data`: generates the dataset files derived from sources:
 *  - assets/dataset/countries.json from the world-countries package (basic facts, ODbL:
 *    attribution in README and the extension's about text) and assets/dataset/country-overlay.json
 *    (descriptions, press aliases and ambiguity flags written for Backstory);
 *  - assets/dataset/detection-data.json, the prebuilt detection index the content script bundles.
 *  (`npm run data` then runs scripts/build-organisation-names.ts for the organisation names the annotator bundles.)
 * tests/unit/dataset.test.ts fails when a committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCountries, type CountryOverlay, type WorldCountry } from '../lib/dataset/build-countries';
import { compileDetectionData, toDetectionData } from '../lib/entity-index';
import type { PersonRecord } from '../lib/types';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = <T>(path: string) => JSON.parse(readFileSync(`${root}${path}`, 'utf8')) as T;
const world = read<WorldCountry[]>('node_modules/world-countries/countries.json');
const overlay = read<Record<string, CountryOverlay>>('assets/dataset/country-overlay.json');
const countries = buildCountries(world, overlay);
writeFileSync(`${root}assets/dataset/countries.json`, `${JSON.stringify(countries, null, 2)}\n`);
const people = read<PersonRecord[]>('assets/dataset/people.json');
writeFileSync(
  `${root}assets/dataset/detection-data.json`,
  `${JSON.stringify(compileDetectionData(toDetectionData({ people, countries })))}\n`,
);
console.log(`wrote ${countries.length} countries and the detection data for ${people.length} people`);
