import { createDetectState, detect } from '@/lib/detect';
import type { EntityIndex } from '@/lib/entity-index';
import { summarise, type ArticleSummary } from '@/lib/summary';
import type { Span } from '@/lib/types';
import { ATTR } from '@/utils/dom-contract';
import { countStats } from './contract';
import { clearHighlights, highlightOwner, rangesByOwner } from './highlighter';
import { buildTextMap, type TextMap } from './text-map';

export interface PassResult {
  /** The article's summary, worked out the first time the popup or a card asks for it. */
  summary: () => ArticleSummary;
  stats: PassStats;
}

/** Work yields to the page after this long, so no task blocks input for long (budget: 50 ms). */
const SLICE_MS = 12;
/** Detection runs on blocks of about this many characters at a time (~3 ms each in Chromium). */
const CHUNK_CHARS = 40_000;

/**
 * Annotates one article root, and again whenever it grows. Each pass reads the whole article
 * (so coreference and the summary see everything), but only highlights blocks it has not
 * highlighted before: its own marks are never re-annotated, and a pass cannot feed the next.
 */
export class ArticleAnnotator {
  private readonly done = new WeakSet<Element>();

  constructor(
    readonly root: Element,
    private readonly index: EntityIndex,
  ) {}

  /** True for nodes inside a block this annotator has already highlighted (its own marks included). */
  isAnnotated(node: Node): boolean {
    for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
      if (this.done.has(el)) return true;
      if (el === this.root) return false;
    }
    return false;
  }

  async pass(signal: AbortSignal): Promise<PassResult | undefined> {
    const started = performance.now();
    const map = buildTextMap(this.root);
    const mapped = performance.now();
    const spans = await detectInChunks(map, this.index, signal);
    if (!spans) return undefined;
    const detected = performance.now();
    const byOwner = rangesByOwner(map, spans);
    let slice = performance.now();
    for (const [owner, ranges] of byOwner) {
      if (signal.aborted) return undefined;
      if (this.done.has(owner)) continue;
      highlightOwner(owner, ranges, map);
      this.done.add(owner);
      if (performance.now() - slice > SLICE_MS) {
        await yieldToPage();
        slice = performance.now();
      }
    }
    for (const segment of map.segments) this.done.add(segment.owner);
    const placed = [...byOwner.values()].flatMap((ranges) => ranges.map((r) => r.span));
    const highlighted = performance.now();
    const stats = countStats(placed, started);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    stats.phases = { textMs: round(mapped - started), detectMs: round(detected - mapped), highlightMs: round(highlighted - detected) };
    let summary: ArticleSummary | undefined;
    return { summary: () => (summary ??= summarise(map.text, placed, this.index)), stats };
  }
}

/** Detects block by block in chunks, yielding between them, with one state so coreference spans chunks. */
async function detectInChunks(map: TextMap, index: EntityIndex, signal: AbortSignal): Promise<Span[] | undefined> {
  const state = createDetectState();
  const spans: Span[] = [];
  let slice = performance.now();
  let s = 0;
  while (s < map.segments.length) {
    const first = map.segments[s]!;
    let e = s;
    while (e + 1 < map.segments.length && map.segments[e + 1]!.end - first.start <= CHUNK_CHARS) e++;
    const chunkStart = first.start;
    const chunkEnd = map.segments[e]!.end;
    for (const span of detect(map.text.slice(chunkStart, chunkEnd), index, state)) {
      spans.push({ ...span, start: span.start + chunkStart, end: span.end + chunkStart });
    }
    s = e + 1;
    if (signal.aborted) return undefined;
    if (performance.now() - slice > SLICE_MS) {
      await yieldToPage();
      slice = performance.now();
    }
  }
  return spans;
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Removes every highlight and Backstory's attributes: the page is as it was before the first pass. */
export function unannotate(doc: Document): void {
  clearHighlights(doc);
  for (const attr of [ATTR.state, ATTR.stats, ATTR.off, ATTR.offHedges, ATTR.theme]) doc.documentElement.removeAttribute(attr);
}
