/**
 * `npm run bench:accuracy [-- --record]`: precision, recall and F1 of the detectors on
 *  (a) the project's gold-annotated articles (tests/fixtures/gold), per kind, exact and overlap;
 *  (b) ../shared/dev-data when present: CoNLL-2003 validation (people; countries among LOC/MISC),
 *      FactBank (sentence-level speculation + unconfirmed) and SFU Review (speculation, another domain).
 * --record writes the tables, with the date and command, into BENCHMARKS.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { detect } from '../lib/detect';
import { HEDGE_CATEGORIES, type Kind, type Span } from '../lib/types';
import { loadBundledDataset } from './annotate-lib';
import { parseConll } from './bench/conll';
import { countryForms, goldCountries as conllCountries, insideLongerName } from './bench/conll-countries';
import { loadGold } from './bench/gold';
import { addScore, emptyScore, prf, scoreExact, scoreOverlap, type Score } from './bench/metrics';
import { recordSection } from './bench/record';
import { listErrors } from './bench/errors';

const DEV = '../shared/dev-data';
/** `--errors`: also print every CoNLL false positive and false negative (tab-separated) after the table. */
const errors: string[] = [];
const wantErrors = process.argv.includes('--errors');
const { index } = await loadBundledDataset();
const rows: string[] = [];
const row = (...cells: Array<string | number>) => rows.push(`| ${cells.join(' | ')} |`);
const pct = (n: number) => n.toFixed(3);
const scoreCells = (s: Score) => {
  const { p, r, f1 } = prf(s);
  return [pct(p), pct(r), pct(f1), `${s.tp}/${s.fp}/${s.fn}`];
};

rows.push('| data | kind | match | precision | recall | F1 | tp/fp/fn |', '|---|---|---|---|---|---|---|');

// (a) Gold articles written for the project.
const gold = loadGold('tests/fixtures/gold');
const kinds: Kind[] = ['person', 'country', 'hedge'];
for (const kind of kinds) {
  const exact = emptyScore();
  const overlap = emptyScore();
  for (const doc of gold) {
    const predicted = detect(doc.text, index).filter((s) => s.kind === kind);
    const expected = doc.spans.filter((s) => s.kind === kind);
    addScore(exact, scoreExact(expected, predicted));
    if (wantErrors) errors.push(...listErrors(`gold ${kind} ${doc.id}`, doc.text, expected, predicted));
    addScore(overlap, scoreOverlap(expected, predicted));
  }
  row(`project gold (${gold.length} articles)`, kind, 'exact', ...scoreCells(exact));
  row(`project gold (${gold.length} articles)`, kind, 'overlap', ...scoreCells(overlap));
}
{
  // Hedges with the right category, by overlap.
  const typed = emptyScore();
  for (const doc of gold) {
    const predicted = detect(doc.text, index).filter((s) => s.kind === 'hedge');
    for (const category of HEDGE_CATEGORIES) {
      addScore(
        typed,
        scoreOverlap(
          doc.spans.filter((s) => s.hedge === category),
          predicted.filter((s) => s.hedge === category),
        ),
      );
    }
  }
  row(`project gold (${gold.length} articles)`, 'hedge + category', 'overlap', ...scoreCells(typed));
}

// (b) Development data, when present.
if (existsSync(`${DEV}/conll2003-valid.txt`)) {
  const docs = parseConll(readFileSync(`${DEV}/conll2003-valid.txt`, 'utf8'));
  const forms = countryForms();
  const people = { exact: emptyScore(), overlap: emptyScore() };
  const countries = { exact: emptyScore(), overlap: emptyScore(), mapped: emptyScore() };
  let setAside = 0;
  for (const doc of docs) {
    const spans = detect(doc.text, index);
    const byKind = (k: Kind) => spans.filter((s: Span) => s.kind === k);
    const goldPeople = doc.entities.filter((e) => e.type === 'PER');
    const goldCountries = conllCountries(doc.entities, forms);
    const nested = new Set(insideLongerName(byKind('country'), doc.entities, goldCountries));
    setAside += nested.size;
    addScore(people.exact, scoreExact(goldPeople, byKind('person')));
    addScore(people.overlap, scoreOverlap(goldPeople, byKind('person')));
    addScore(countries.exact, scoreExact(goldCountries, byKind('country')));
    addScore(countries.overlap, scoreOverlap(goldCountries, byKind('country')));
    addScore(
      countries.mapped,
      scoreExact(
        goldCountries,
        byKind('country').filter((s) => !nested.has(s)),
      ),
    );
    if (wantErrors) {
      errors.push(...listErrors('conll person', doc.text, goldPeople, byKind('person'), doc.entities));
      errors.push(...listErrors('conll country', doc.text, goldCountries, byKind('country'), doc.entities));
    }
  }
  row(`CoNLL-2003 valid (${docs.length} docs)`, 'person', 'exact', ...scoreCells(people.exact));
  row(`CoNLL-2003 valid (${docs.length} docs)`, 'person', 'overlap', ...scoreCells(people.overlap));
  row(`CoNLL-2003 valid (${docs.length} docs)`, 'country', 'exact', ...scoreCells(countries.exact));
  row(`CoNLL-2003 valid (${docs.length} docs)`, 'country', 'overlap', ...scoreCells(countries.overlap));
  row(
    `CoNLL-2003 valid (${docs.length} docs)`,
    'country',
    `exact, ${setAside} inside longer names set aside`,
    ...scoreCells(countries.mapped),
  );
} else {
  console.log(`(${DEV}/conll2003-valid.txt not found: CoNLL skipped)`);
}

const SPECULATIVE = new Set(['speculation', 'unconfirmed']);
for (const [file, label, flag] of [
  ['factbank-dev.jsonl', 'FactBank dev', 'uncertain'],
  ['sfu-review-speculation.jsonl', 'SFU Review', 'speculation'],
] as const) {
  const path = `${DEV}/${file}`;
  if (!existsSync(path)) {
    console.log(`(${path} not found: skipped)`);
    continue;
  }
  const score = emptyScore();
  let sentences = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const s = JSON.parse(line) as Record<string, unknown> & { text: string };
    sentences++;
    const predicted = detect(s.text, index).some((span) => span.kind === 'hedge' && SPECULATIVE.has(span.hedge ?? ''));
    const actual = s[flag] === true;
    if (predicted && actual) score.tp++;
    else if (predicted) score.fp++;
    else if (actual) score.fn++;
  }
  row(`${label} (${sentences} sentences)`, 'speculation + unconfirmed', 'sentence', ...scoreCells(score));
}

const table = rows.join('\n');
console.log(table);
if (wantErrors) console.log(`\n${errors.join('\n')}`);
if (process.argv.includes('--record')) recordSection('accuracy', 'npm run bench:accuracy -- --record', table);
