/**
 * One cold run of detection, for `npm run bench:speed`, which starts this script in fresh Node
 * processes: the prebuilt index loaded, then detect() on a 1,500-word article once, the way an
 * article page runs it (every function and regular expression used for the first time). Prints
 * the milliseconds of that first call and of a second, warm one, as JSON.
 */
import { readFileSync } from 'node:fs';
import { detect, prepareDetection } from '../../lib/detect';
import { compileDataset, type CompiledDetectionData } from '../../lib/entity-index';
import { benchParagraphs } from './gold';

const text = benchParagraphs(1500).join('\n\n');
const index = compileDataset(JSON.parse(readFileSync('assets/dataset/detection-data.json', 'utf8')) as CompiledDetectionData);
// As the content script does while it loads the index (lib/detect.ts, prepareDetection).
if (!process.argv.includes('--unprepared')) prepareDetection();
const started = performance.now();
detect(text, index);
const firstMs = performance.now() - started;
const again = performance.now();
detect(text, index);
console.log(JSON.stringify({ firstMs, secondMs: performance.now() - again }));
