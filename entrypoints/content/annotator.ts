import { createDetectState, detect } from '@/lib/detect';
import {
  createOrganisationState,
  detectOrganisations,
  type OrganisationIndex,
  type OrganisationMention,
} from '@/lib/detectors/organisations';
import type { EntityIndex } from '@/lib/entity-index';
import { summarise, type ArticleSummary } from '@/lib/summary';
import { tokenize } from '@/lib/tokens';
import type { Span } from '@/lib/types';
import { ATTR } from '@/utils/dom-contract';
import { bundledOrganisationIndex } from '@/utils/organisation-names';
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
    private readonly organisations: OrganisationIndex = bundledOrganisationIndex(),
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
    const waits = { ms: 0 };
    const found = await detectInChunks(map, this.index, this.organisations, signal, waits);
    if (!found) return undefined;
    const { spans, organisations } = found;
    const detected = performance.now();
    const byOwner = rangesByOwner(map, spans);
    let slice = performance.now();
    for (const [owner, ranges] of byOwner) {
      if (signal.aborted) return undefined;
      if (this.done.has(owner)) continue;
      highlightOwner(owner, ranges, map);
      this.done.add(owner);
      if (performance.now() - slice > SLICE_MS) {
        await yieldToPage(waits);
        slice = performance.now();
      }
    }
    for (const segment of map.segments) this.done.add(segment.owner);
    const placed = [...byOwner.values()].flatMap((ranges) => ranges.map((r) => r.span));
    const highlighted = performance.now();
    const stats = countStats(placed, started);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    stats.phases = {
      textMs: round(mapped - started),
      detectMs: round(detected - mapped),
      highlightMs: round(highlighted - detected),
      yieldMs: round(waits.ms),
    };
    let summary: ArticleSummary | undefined;
    const orgs = { mentions: organisations, names: this.organisations.names };
    return { summary: () => (summary ??= summarise(map.text, placed, this.index, orgs)), stats };
  }
}

/**
 * Detects block by block in chunks, yielding between them, with one state so coreference spans
 * chunks. Organisations (summary only, never highlighted) are found in the same chunks.
 */
async function detectInChunks(
  map: TextMap,
  index: EntityIndex,
  orgIndex: OrganisationIndex,
  signal: AbortSignal,
  waits: { ms: number },
): Promise<{ spans: Span[]; organisations: OrganisationMention[] } | undefined> {
  const state = createDetectState();
  const orgState = createOrganisationState();
  const spans: Span[] = [];
  const organisations: OrganisationMention[] = [];
  let slice = performance.now();
  let s = 0;
  while (s < map.segments.length) {
    const first = map.segments[s]!;
    let e = s;
    while (e + 1 < map.segments.length && map.segments[e + 1]!.end - first.start <= CHUNK_CHARS) e++;
    const chunkStart = first.start;
    const chunkEnd = map.segments[e]!.end;
    const chunk = map.text.slice(chunkStart, chunkEnd);
    const tokens = tokenize(chunk);
    for (const span of detect(chunk, index, state, tokens)) {
      spans.push({ ...span, start: span.start + chunkStart, end: span.end + chunkStart });
    }
    for (const org of detectOrganisations(chunk, orgIndex, orgState, tokens)) {
      organisations.push({ id: org.id, start: org.start + chunkStart, end: org.end + chunkStart });
    }
    s = e + 1;
    if (signal.aborted) return undefined;
    if (performance.now() - slice > SLICE_MS) {
      await yieldToPage(waits);
      slice = performance.now();
    }
  }
  return { spans, organisations };
}

/** Lets the page run its own tasks; adds the time that took to `waits`. */
async function yieldToPage(waits: { ms: number }): Promise<void> {
  const from = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 0));
  waits.ms += performance.now() - from;
}

/** Removes every highlight and Backstory's attributes: the page is as it was before the first pass. */
export function unannotate(doc: Document): void {
  clearHighlights(doc);
  for (const attr of [ATTR.state, ATTR.stats, ATTR.off, ATTR.offHedges, ATTR.theme]) doc.documentElement.removeAttribute(attr);
}
