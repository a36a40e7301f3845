/**
 * `npx tsx scripts/build-organisation-names.ts`: writes assets/dataset/organisation-names.json,
 * the organisations' names and aliases only, which the content script bundles to find them in an
 * article (their card text stays in the background). tests/unit/organisations.test.ts fails when
 * the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { toCompactNames, type OrganisationRecord } from '../lib/organisations';

const root = fileURLToPath(new URL('..', import.meta.url));
const organisations = JSON.parse(readFileSync(`${root}assets/dataset/organisations.json`, 'utf8')) as OrganisationRecord[];
const target = `${root}assets/dataset/organisation-names.json`;
// Formatted as the formatter would, so `prettier --check .` stays clean.
const options = { ...(await resolveConfig(target)), parser: 'json' };
writeFileSync(target, await format(JSON.stringify(toCompactNames(organisations)), options));
console.log(`wrote the names of ${organisations.length} organisations`);
