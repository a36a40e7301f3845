import { CATEGORIES } from './categories';
import { isLetter } from './chars';
import { createDetectState, type DetectContext, type DetectState } from './detectors/context';
import type { EntityIndex } from './entity-index';
import { tokenize, type Tokens } from './tokens';
import type { Span } from './types';

export { createDetectState, type DetectState };

/**
 * The pure core: text and compiled dataset in, non-overlapping spans out, sorted by start.
 * No DOM, no extension APIs; the content script, the tests and the command line all call this.
 * Pass the same `state` to successive calls on parts of one article to keep coreference across them,
 * and the text's `tokens` when another detector reads them too.
 */
export function detect(
  text: string,
  index: EntityIndex,
  state: DetectState = createDetectState(),
  tokens: Tokens = tokenize(text),
): Span[] {
  const ctx: DetectContext = { text, tokens, index, state };
  const found = CATEGORIES.flatMap((category) => category.detect(ctx));
  const entities = found.filter((s) => s.kind !== 'hedge').sort((a, b) => a.start - b.start);
  const hedges = found.filter((s) => s.kind === 'hedge').flatMap((h) => trimAroundEntities(h, entities, text));
  // Blocks of a page are joined by a blank line; nothing spans two of them.
  return removeOverlaps(entities.concat(hedges)).filter((span) => !crossesBlocks(text, span));
}

/**
 * Compiles what the detectors build once per page (the title index, the hedge patterns) ahead of
 * the first text, as part of loading the index: the content script calls it then, so the first
 * pass reads text only. Optional: detect() builds whatever is missing on first use.
 */
export function prepareDetection(): void {
  for (const category of CATEGORIES) category.prepare?.();
}

/** True when a blank line (two line breaks, spaces between) lies inside the span. */
function crossesBlocks(text: string, span: Span): boolean {
  // Spans are short: look at their own characters only (indexOf could scan the rest of the text).
  let newline = false;
  for (let at = span.start; at < span.end; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) {
      if (newline) return true;
      newline = true;
    } else if (code !== 32 && code !== 9 && code !== 13) newline = false;
  }
  return false;
}

/**
 * A hedge never swallows a name: "US officials said" is the country "US" and the hedge "officials
 * said". The hedge keeps its part after the entity (or before it, when the entity ends it).
 */
function trimAroundEntities(hedge: Span, entities: Span[], text: string): Span[] {
  let { start, end } = hedge;
  // Entities are sorted by start and do not overlap each other much: look only near the hedge.
  for (let i = firstEndingAfter(entities, hedge.start); i < entities.length && entities[i]!.start < hedge.end; i++) {
    const e = entities[i]!;
    if (e.end <= start || e.start >= end) continue;
    if (e.start - start <= end - e.end) start = e.end;
    else end = e.start;
  }
  if (start === hedge.start && end === hedge.end) return [hedge];
  // What is left starts and ends at a letter: "Iran. Two officials said" keeps "Two officials said".
  while (start < end && !isLetter(text.charCodeAt(start))) start++;
  while (end > start && !isLetter(text.charCodeAt(end - 1))) end--;
  return end - start > 1 ? [{ ...hedge, start, end }] : [];
}

/** Index of the first entity (sorted by start) that could overlap a span starting at `offset`. */
function firstEndingAfter(entities: Span[], offset: number): number {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  // Step back over entities that start before the offset but may reach into it (names are short).
  while (lo > 0 && entities[lo - 1]!.end > offset) lo--;
  return lo;
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
