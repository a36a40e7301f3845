import { readdirSync, readFileSync } from 'node:fs';
import type { HedgeCategory, Kind } from '../../lib/types';

export interface GoldSpan {
  kind: Kind;
  start: number;
  end: number;
  hedge?: HedgeCategory;
}

export interface GoldDoc {
  id: string;
  text: string;
  spans: GoldSpan[];
}

const MARKUP = /\[\[(P|C|H=[a-z-]+):([^[\]]+)\]\]/g;

/** Parses tests/fixtures/gold markup ("[[P:name]]", "[[C:name]]", "[[H=category:phrase]]") into text and spans. */
export function parseGold(id: string, marked: string): GoldDoc {
  const spans: GoldSpan[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARKUP)) {
    text += marked.slice(last, m.index);
    const tag = m[1]!;
    const phrase = m[2]!;
    const start = text.length;
    text += phrase;
    const span: GoldSpan =
      tag === 'P'
        ? { kind: 'person', start, end: text.length }
        : tag === 'C'
          ? { kind: 'country', start, end: text.length }
          : { kind: 'hedge', start, end: text.length, hedge: tag.slice(2) as HedgeCategory };
    spans.push(span);
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { id, text, spans };
}

export function loadGold(dir: string): GoldDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseGold(f, readFileSync(`${dir}/${f}`, 'utf8')));
}

/** Paragraphs of the gold articles (original text), repeated in order until they hold `words` words: the benchmarks' articles. */
export function benchParagraphs(words: number): string[] {
  const paragraphs = loadGold('tests/fixtures/gold').flatMap((d) => d.text.split(/\n\s*\n/).filter((p) => p.split(/\s+/).length > 12));
  const out: string[] = [];
  for (let i = 0, count = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out;
}
