import { CATEGORIES } from './categories';
import type { DetectContext } from './detectors/context';
import type { EntityIndex } from './entity-index';
import { tokenize } from './tokens';
import type { Span } from './types';

/**
 * The pure core: text and compiled dataset in, non-overlapping spans out, sorted by start.
 * No DOM, no extension APIs; the content script, the tests and the command line all call this.
 */
export function detect(text: string, index: EntityIndex): Span[] {
  const ctx: DetectContext = { text, tokens: tokenize(text), index };
  const found = CATEGORIES.flatMap((category) => category.detect(ctx));
  return removeOverlaps(found).filter((span) => !text.slice(span.start, span.end).includes('\n'));
}

const priority = new Map(CATEGORIES.map((c) => [c.kind, c.priority]));

/** Keeps the longer of two overlapping spans (then the higher-priority kind): a highlight is one element. */
export function removeOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Span[] = [];
  for (const span of sorted) {
    const last = kept.at(-1);
    if (!last || span.start >= last.end) kept.push(span);
    // span.start >= last.start >= the end of the span before last, so a replacement overlaps nothing kept.
    else if (beats(span, last)) kept[kept.length - 1] = span;
  }
  return kept;
}

function beats(a: Span, b: Span): boolean {
  const byLength = a.end - a.start - (b.end - b.start);
  return byLength > 0 || (byLength === 0 && (priority.get(a.kind) ?? 0) > (priority.get(b.kind) ?? 0));
}
