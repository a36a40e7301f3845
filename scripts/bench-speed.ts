/**
 * `npm run bench:speed [-- --record]`: detector throughput in Node, in MB of text a second,
 * on about 10 MB of the project's own news text (fixture and demo articles, repeated).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { detect } from '../lib/detect';
import { compileDataset } from '../lib/entity-index';
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

detect(text.slice(0, 200_000), index); // warm up the regular expressions and the JIT
const runs: number[] = [];
let spans = 0;
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  spans = detect(text, index).length;
  runs.push(performance.now() - started);
}
const best = Math.min(...runs);
const compileStarted = performance.now();
compileDataset(dataset);
const compileMs = performance.now() - compileStarted;

const table = [
  '| measure | value |',
  '|---|---|',
  `| text | ${megabytes.toFixed(1)} MB (${text.length.toLocaleString('en')} UTF-16 units), ${spans.toLocaleString('en')} spans |`,
  `| detect(), best of 3 | ${best.toFixed(0)} ms (runs: ${runs.map((r) => r.toFixed(0)).join(', ')}) |`,
  `| throughput | **${(megabytes / (best / 1000)).toFixed(1)} MB/s** (target ≥ 10) |`,
  `| compileDataset() (${dataset.people.length} people, ${dataset.countries.length} countries) | ${compileMs.toFixed(1)} ms |`,
].join('\n');
console.log(table);
if (process.argv.includes('--record')) recordSection('speed', 'npm run bench:speed -- --record', table);
