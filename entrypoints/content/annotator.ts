import { detect } from '@/lib/detect';
import type { EntityIndex } from '@/lib/entity-index';
import { summarise, type ArticleSummary } from '@/lib/summary';
import type { Span } from '@/lib/types';
import { ATTR } from '@/utils/dom-contract';
import type { PassStats } from '@/utils/messaging';
import { findArticleRoot } from './article-root';
import { clearHighlights, highlightOwner, rangesByOwner } from './highlighter';
import { buildTextMap } from './text-map';

export interface PassResult {
  root: Element | null;
  summary?: ArticleSummary;
  stats: PassStats;
}

/** Highlighting yields to the page after this long, so no task blocks input for long. */
const SLICE_MS = 12;

/**
 * One annotation pass over a document: find the article, read its text, detect, highlight in
 * time slices, and publish the DOM contract's state and stats on <html>. The dataset is compiled
 * only once an article is found, so a non-article page costs almost nothing. Stops between slices
 * when the signal aborts (the content script was invalidated or the reader turned it off).
 */
export async function annotate(doc: Document, loadIndex: () => EntityIndex, signal: AbortSignal): Promise<PassResult> {
  const started = performance.now();
  const root = findArticleRoot(doc);
  if (!root) return finish(doc, { root, stats: stats([], started) });
  const index = loadIndex();
  const map = buildTextMap(root);
  const spans = detect(map.text, index);
  const summary = summarise(map.text, spans, index);
  const byOwner = rangesByOwner(map, spans);
  const placed = [...byOwner.values()].flatMap((ranges) => ranges.map((r) => r.span));
  let sliceStart = performance.now();
  for (const [owner, ranges] of byOwner) {
    if (signal.aborted) break;
    highlightOwner(owner, ranges, map);
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  return finish(doc, { root, summary, stats: stats(placed, started) });
}

function stats(spans: Span[], started: number): PassStats {
  const count = (kind: Span['kind']) => spans.filter((s) => s.kind === kind).length;
  const ms = Math.round((performance.now() - started) * 10) / 10;
  return { people: count('person'), countries: count('country'), hedges: count('hedge'), ms };
}

function finish(doc: Document, result: PassResult): PassResult {
  const html = doc.documentElement;
  html.setAttribute(ATTR.stats, JSON.stringify(result.stats));
  html.setAttribute(ATTR.state, 'ready');
  return result;
}

/** Removes every highlight and Backstory's attributes: the page is as it was before the pass. */
export function unannotate(doc: Document): void {
  clearHighlights(doc);
  for (const attr of [ATTR.state, ATTR.stats, ATTR.off, ATTR.theme]) doc.documentElement.removeAttribute(attr);
}
