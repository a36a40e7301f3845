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
import { nextTask } from './signals';
import { buildTextMap, type Segment, type TextMap } from './text-map';

export interface PassResult {
  /** The article's summary, worked out the first time the popup or a card asks for it. */
  summary: () => ArticleSummary;
  stats: PassStats;
}

/**
 * Work yields to the page after this long, so no task blocks input for long (budget: 50 ms): a
 * task is at most this plus one unit of work (a chunk of detection, one block's highlights), which
 * each pass reports (stats.phases.longestTaskMs, bench:page). Long enough that a 1,500-word article
 * is read and highlighted in one task, without waiting on the page's own tasks in between (at
 * 12 ms its detection always ran over, and the pass waited 2-3 ms for the page).
 */
const SLICE_MS = 30;
/**
 * Detection runs on blocks of text in chunks: the first small, each next twice as long up to
 * MAX_CHUNK_CHARS, as the code warms up. The first chunk runs on cold code (1.5-2 ms per 1,000
 * characters in Chromium on a 2-core machine, 4 on the first page after the browser starts,
 * against 0.2 warm), so it is small: a long page's first task, and a first article's, stays under
 * 50 ms. The sizes do not depend on timing, so a page is always cut the same way. Chunks share one
 * detection state; cutting an article into parts changes next to nothing (the 150,000-character
 * long-read fixture in 6,000-character chunks: the same 1,112 spans as whole; the gold articles in
 * 1,000-character chunks: 1 span of 438 differs).
 */
const FIRST_CHUNK_CHARS = 6_000;
const MAX_CHUNK_CHARS = 24_000;
/** What a chunk is allowed for when deciding whether to yield before it: the first runs cold (the text map ran just before it). */
const FIRST_CHUNK_MS = 15;
const CHUNK_MS = 6;

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
    const slices = new Slicer(started);
    const map = buildTextMap(this.root);
    const mapped = performance.now();
    const found = await detectInChunks(map, this.index, this.organisations, signal, slices);
    if (!found) return undefined;
    const { spans, organisations } = found;
    const detected = performance.now();
    const byOwner = rangesByOwner(map, spans);
    for (const [owner, ranges] of byOwner) {
      if (signal.aborted) return undefined;
      if (this.done.has(owner)) continue;
      highlightOwner(owner, ranges, map);
      this.done.add(owner);
      await slices.yieldIfDue();
    }
    slices.end();
    for (const segment of map.segments) this.done.add(segment.owner);
    const placed = [...byOwner.values()].flatMap((ranges) => ranges.map((r) => r.span));
    const highlighted = performance.now();
    const stats = countStats(placed, started);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    stats.phases = {
      textMs: round(mapped - started),
      detectMs: round(detected - mapped),
      highlightMs: round(highlighted - detected),
      yieldMs: round(slices.waitedMs),
      longestTaskMs: round(slices.longestMs),
    };
    let summary: ArticleSummary | undefined;
    const orgs = { mentions: organisations, names: this.organisations.names };
    return { summary: () => (summary ??= summarise(map.text, placed, this.index, orgs)), stats };
  }
}

/** Where the text map is cut for detection: runs of whole blocks, FIRST_CHUNK_CHARS long, each next twice as long up to MAX_CHUNK_CHARS. */
export function chunkRanges(segments: readonly Segment[]): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let chars = FIRST_CHUNK_CHARS;
  for (let s = 0; s < segments.length; s++) {
    const start = segments[s]!.start;
    while (s + 1 < segments.length && segments[s + 1]!.end - start <= chars) s++;
    ranges.push({ start, end: segments[s]!.end });
    chars = Math.min(MAX_CHUNK_CHARS, chars * 2);
  }
  return ranges;
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
  slices: Slicer,
): Promise<{ spans: Span[]; organisations: OrganisationMention[] } | undefined> {
  const state = createDetectState();
  const orgState = createOrganisationState();
  const spans: Span[] = [];
  const organisations: OrganisationMention[] = [];
  for (const [k, { start, end }] of chunkRanges(map.segments).entries()) {
    // Before the first chunk: a long page's text map can take 20 ms or more, and the chunk then gets a task of its own.
    await slices.yieldIfDue(k === 0 ? FIRST_CHUNK_MS : CHUNK_MS);
    if (signal.aborted) return undefined;
    const chunk = map.text.slice(start, end);
    const tokens = tokenize(chunk);
    for (const span of detect(chunk, index, state, tokens)) spans.push({ ...span, start: span.start + start, end: span.end + start });
    for (const org of detectOrganisations(chunk, orgIndex, orgState, tokens)) {
      organisations.push({ id: org.id, start: org.start + start, end: org.end + start });
    }
  }
  if (signal.aborted) return undefined;
  return { spans, organisations };
}

/**
 * The pass's work in slices: it lets the page run its own tasks once a slice has run SLICE_MS,
 * or would with the next unit of work (`nextMs`, an estimate). Keeps, for the pass's stats, the
 * longest slice (one main-thread task) and the time spent waiting.
 */
class Slicer {
  waitedMs = 0;
  longestMs = 0;

  constructor(private sliceStart: number) {}

  async yieldIfDue(nextMs = 0): Promise<void> {
    const now = performance.now();
    if (now - this.sliceStart + nextMs <= SLICE_MS) return;
    this.longestMs = Math.max(this.longestMs, now - this.sliceStart);
    await nextTask();
    this.sliceStart = performance.now();
    this.waitedMs += this.sliceStart - now;
  }

  /** The last slice, which ends with the pass rather than with a yield. */
  end(): void {
    this.longestMs = Math.max(this.longestMs, performance.now() - this.sliceStart);
  }
}

/** Removes every highlight and Backstory's attributes: the page is as it was before the first pass. */
export function unannotate(doc: Document): void {
  clearHighlights(doc);
  for (const attr of [ATTR.state, ATTR.stats, ATTR.off, ATTR.offHedges, ATTR.theme]) doc.documentElement.removeAttribute(attr);
}
