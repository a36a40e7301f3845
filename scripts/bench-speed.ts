/**
 * `npm run bench:speed [-- --record]`: detector throughput in Node, in MB of text a second,
 * on about 10 MB of the project's own news text (fixture and demo articles, repeated); and
 * detection on a 1,500-word article run cold, the first time in a fresh process, as an article
 * page runs it (scripts/bench/cold-detect.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { detect } from '../lib/detect';
import { compileOrganisations, detectOrganisations } from '../lib/detectors/organisations';
import { compileDataset } from '../lib/entity-index';
import { fromCompactNames, type CompactOrganisationNames } from '../lib/organisations';
import { articleText, loadBundledDataset } from './annotate-lib';
import { recordSection } from './bench/record';

const { dataset, index } = await loadBundledDataset();
const pages = readdirSync('tests/fixtures/pages')
  .filter((f) => f.endsWith('.html') && !f.startsWith('long-read'))
  .map((f) => `tests/fixtures/pages/${f}`);
const sample = [...pages, 'assets/demo/article.html'].map((p) => articleText(readFileSync(p, 'utf8'))).join('\n\n');
const TARGET = 10 * 1024 * 1024;
const text = sample.repeat(Math.ceil(TARGET / sample.length)).slice(0, TARGET);
const megabytes = Buffer.byteLength(text, 'utf8') / 1024 / 1024;

/** Three timed runs over the whole text, after a warm-up on its start (regular expressions, the JIT). */
function bestOfThree(find: (text: string) => unknown[]): { runs: number[]; best: number; found: number } {
  find(text.slice(0, 200_000));
  const runs: number[] = [];
  let found = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    found = find(text).length;
    runs.push(performance.now() - started);
  }
  return { runs, best: Math.min(...runs), found };
}

const entities = bestOfThree((t) => detect(t, index));
const compileStarted = performance.now();
compileDataset(dataset);
const compileMs = performance.now() - compileStarted;
// What the content script carries: the prebuilt index, parsed and compiled on article pages only.
const bundled = readFileSync('assets/dataset/detection-data.json');
const loadStarted = performance.now();
compileDataset(JSON.parse(bundled.toString('utf8')));
const loadMs = performance.now() - loadStarted;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
// Organisations are found in a second, cheaper pass over the same text (not highlighted; counted for the popup).
const orgNames = readFileSync('assets/dataset/organisation-names.json');
const orgStarted = performance.now();
const orgIndex = compileOrganisations(fromCompactNames(JSON.parse(orgNames.toString('utf8')) as CompactOrganisationNames));
const orgLoadMs = performance.now() - orgStarted;
const organisations = bestOfThree((t) => detectOrganisations(t, orgIndex));

// Cold: each article page runs detection on code used for the first time. Fresh processes, median of nine.
const COLD_RUNS = 9;
const coldRuns = Array.from({ length: COLD_RUNS }, () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/cold-detect.ts'], { encoding: 'utf8' });
  return JSON.parse(out) as { firstMs: number; secondMs: number };
});
const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const table = [
  '| measure | value |',
  '|---|---|',
  `| text | ${megabytes.toFixed(1)} MB (${text.length.toLocaleString('en')} UTF-16 units), ${entities.found.toLocaleString('en')} spans |`,
  `| detect(), best of 3 | ${entities.best.toFixed(0)} ms (runs: ${entities.runs.map((r) => r.toFixed(0)).join(', ')}) |`,
  `| throughput | **${(megabytes / (entities.best / 1000)).toFixed(1)} MB/s** (target ≥ 10) |`,
  `| compileDataset() from records (${dataset.people.length} people, ${dataset.countries.length} countries) | ${compileMs.toFixed(1)} ms |`,
  `| detection-data.json (prebuilt index the content script bundles) | ${kb(bundled.length)} raw, ${kb(gzipSync(bundled).length)} gzip; JSON.parse + compile ${loadMs.toFixed(1)} ms |`,
  `| detectOrganisations(), same text, best of 3 | ${organisations.best.toFixed(0)} ms, ${(megabytes / (organisations.best / 1000)).toFixed(1)} MB/s, ${organisations.found.toLocaleString('en')} mentions |`,
  `| detect() on a 1,500-word article, first call in a fresh process (cold code), median of ${COLD_RUNS} | ${medianOf(coldRuns.map((r) => r.firstMs)).toFixed(1)} ms (the same call warm: ${medianOf(coldRuns.map((r) => r.secondMs)).toFixed(1)} ms) |`,
  `| organisation-names.json (bundled with the annotator) | ${kb(orgNames.length)} raw, ${kb(gzipSync(orgNames).length)} gzip; JSON.parse + compile ${orgLoadMs.toFixed(1)} ms |`,
].join('\n');
console.log(table);
if (process.argv.includes('--record')) recordSection('speed', 'npm run bench:speed -- --record', table);
