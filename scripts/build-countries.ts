/**
 * Generates assets/dataset/countries.json from the world-countries package (basic facts, ODbL:
 * attribution in README and the extension's about text) and assets/dataset/country-overlay.json
 * (descriptions, press aliases and ambiguity flags written for Backstory).
 * Run with `npm run data`; tests/unit/dataset.test.ts fails when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCountries, type CountryOverlay, type WorldCountry } from '../lib/dataset/build-countries';

const root = fileURLToPath(new URL('..', import.meta.url));
const world = JSON.parse(readFileSync(`${root}node_modules/world-countries/countries.json`, 'utf8')) as WorldCountry[];
const overlay = JSON.parse(readFileSync(`${root}assets/dataset/country-overlay.json`, 'utf8')) as Record<string, CountryOverlay>;
const countries = buildCountries(world, overlay);
writeFileSync(`${root}assets/dataset/countries.json`, `${JSON.stringify(countries, null, 2)}\n`);
console.log(`wrote ${countries.length} countries to assets/dataset/countries.json`);
