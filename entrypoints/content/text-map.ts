import { EXCLUDED_SELECTOR } from '@/utils/dom-contract';
import { isNotOwn } from './not-own';

/**
 * The article's text as the detector sees it, and the way back to the DOM. Text nodes are read
 * once, in document order, by the same rules mark.js uses (a text node counts unless its parent
 * matches an excluded selector), grouped by the block element that owns them. Blocks are joined
 * with a blank line so that no detected phrase runs from one paragraph into the next. What sits
 * in the article without being its own text (teasers, adverts, galleries: not-own.ts) is left out.
 */
export interface Segment {
  /** The nearest block element: mark.js is run with it as context. */
  owner: Element;
  /** Offset of this segment in the detector's text. */
  start: number;
  end: number;
  /** Offset of this segment in the owner's own text (the text mark.js indexes for it). */
  ownerOffset: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
  /** Owners that contain other owners: mark.js must skip their nested blocks. */
  nestedOwners: Set<Element>;
  /** Regions left out as not the article's own (not-own.ts): mark.js must skip them too. */
  notOwn: Element[];
}

export const BLOCK_SEPARATOR = '\n\n';

// DOM constants by value, so the same code runs on any DOM (the browser, happy-dom in the CLI).
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'LI',
  'MAIN',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export function buildTextMap(root: Element): TextMap {
  const notOwn: Element[] = [];
  const empty: TextMap = { text: '', segments: [], nestedOwners: new Set(), notOwn };
  if (root.closest(EXCLUDED_SELECTOR)) return empty;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType !== ELEMENT_NODE) return FILTER_ACCEPT;
      const el = node as Element;
      if (el.matches(EXCLUDED_SELECTOR)) return FILTER_REJECT;
      if (el === root || !isNotOwn(el)) return FILTER_ACCEPT;
      notOwn.push(el);
      return FILTER_REJECT;
    },
  });
  const ownerOf = new Map<Element, Element>();
  const ownedLength = new Map<Element, number>();
  const findOwner = (el: Element): Element => {
    const cached = ownerOf.get(el);
    if (cached) return cached;
    const owner = el === root || BLOCK_TAGS.has(el.tagName) || !el.parentElement ? el : findOwner(el.parentElement);
    ownerOf.set(el, owner);
    return owner;
  };
  const parts: string[] = [];
  const segments: Segment[] = [];
  const nestedOwners = new Set<Element>();
  let length = 0;
  let current: Segment | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== TEXT_NODE) continue;
    const value = (node as Text).data;
    if (!value || !node.parentElement) continue;
    const owner = findOwner(node.parentElement);
    if (!current || current.owner !== owner) {
      if (current && current.owner !== owner && current.owner.contains(owner)) nestedOwners.add(current.owner);
      if (current && owner.contains(current.owner) && owner !== current.owner) nestedOwners.add(owner);
      if (parts.length) {
        parts.push(BLOCK_SEPARATOR);
        length += BLOCK_SEPARATOR.length;
      }
      current = { owner, start: length, end: length, ownerOffset: ownedLength.get(owner) ?? 0 };
      segments.push(current);
    }
    parts.push(value);
    length += value.length;
    current.end = length;
    ownedLength.set(owner, (ownedLength.get(owner) ?? 0) + value.length);
  }
  return { text: parts.join(''), segments, nestedOwners, notOwn };
}
