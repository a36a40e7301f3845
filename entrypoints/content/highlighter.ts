import Mark from 'mark.js';
import type { Span } from '@/lib/types';
import { ATTR, EXCLUDED_SELECTOR, MARK_CLASS, MARK_SELECTOR, MARK_TAG } from '@/utils/dom-contract';
import type { Segment, TextMap } from './text-map';

/**
 * mark.js excludes a text node when its parent matches: "x *" extends each rule to descendants.
 * One selector list, not one selector per rule: mark.js calls matches() once per entry of its
 * exclude list, three times for every text node (its NodeIterator walks back and forth), which
 * cost more than all of detection on a 1,500-word article.
 */
const withDescendants = (selector: string) =>
  selector
    .split(',')
    .flatMap((s) => [s, `${s} *`])
    .join(',');
const EXCLUDED = withDescendants(EXCLUDED_SELECTOR);
const SKIPPED = withDescendants(`[${ATTR.skip}]`);

interface OwnerRange {
  start: number;
  length: number;
  span: Span;
}

/** Spans grouped by the block that holds them, in owner-relative offsets mark.js understands. */
export function rangesByOwner(map: TextMap, spans: Span[]): Map<Element, OwnerRange[]> {
  const byOwner = new Map<Element, OwnerRange[]>();
  let s = 0;
  for (const span of spans) {
    while (s < map.segments.length && map.segments[s]!.end <= span.start) s++;
    const segment: Segment | undefined = map.segments[s];
    if (!segment || span.start < segment.start || span.end > segment.end) continue;
    const ranges = byOwner.get(segment.owner) ?? [];
    ranges.push({ start: segment.ownerOffset + span.start - segment.start, length: span.end - span.start, span });
    byOwner.set(segment.owner, ranges);
  }
  return byOwner;
}

/** Wraps the spans of one block; returns the number of elements added. */
export function highlightOwner(owner: Element, ranges: OwnerRange[], map: TextMap): number {
  let count = 0;
  const started = new Set<Span>();
  // mark.js indexes all of the owner's text: the blocks nested in it, highlighted on their own, and
  // what the text map left out as not the article's own are hidden from it for this call.
  const nested = map.nestedOwners.has(owner) ? map.segments.map((s) => s.owner).filter((o) => o !== owner && owner.contains(o)) : [];
  nested.push(...map.notOwn.filter((el) => owner.contains(el)));
  for (const el of nested) el.setAttribute(ATTR.skip, '');
  // The owner itself is not excluded (the text map read it), so only what it contains can be.
  const exclude = owner.querySelector(EXCLUDED_SELECTOR) ? [EXCLUDED] : [];
  if (nested.length) exclude.push(SKIPPED);
  try {
    new Mark(owner as HTMLElement).markRanges(ranges as unknown as Mark.Range[], {
      element: MARK_TAG,
      className: MARK_CLASS,
      exclude,
      each: (element, range) => {
        const { span } = range as unknown as OwnerRange;
        decorate(element, span);
        if (!started.has(span)) {
          started.add(span);
          element.setAttribute(ATTR.start, '');
        }
        count++;
      },
    });
  } finally {
    for (const el of nested) el.removeAttribute(ATTR.skip);
  }
  return count;
}

function decorate(element: Element, span: Span): void {
  element.setAttribute(ATTR.kind, span.kind);
  if (span.entity) element.setAttribute(ATTR.entity, span.entity);
  if (span.hedge) element.setAttribute(ATTR.hedge, span.hedge);
  if (span.ref) element.setAttribute(ATTR.ref, span.ref);
}

/**
 * Removes every highlight and gives the page back its own text nodes. mark.js splits a text
 * node N into N, <mark>, S (S always created by the split); merging the mark's text and S back
 * into N, last mark first, restores N itself, so page scripts holding N see it unchanged. Unlike
 * mark.js's unmark(), this never calls normalize() on the page's own adjacent text nodes.
 */
export function clearHighlights(doc: Document): void {
  const marks = [...doc.querySelectorAll(MARK_SELECTOR)];
  for (let i = marks.length - 1; i >= 0; i--) restore(marks[i]!);
}

function restore(mark: Element): void {
  const prev = mark.previousSibling;
  const next = mark.nextSibling;
  const text = mark.textContent ?? '';
  if (isText(prev) && isText(next)) {
    prev.data += text + next.data;
    next.remove();
    mark.remove();
  } else {
    mark.replaceWith(mark.ownerDocument.createTextNode(text));
  }
}

function isText(node: Node | null): node is Text {
  return node?.nodeType === 3; // Node.TEXT_NODE
}
