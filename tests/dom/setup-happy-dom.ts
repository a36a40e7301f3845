/**
 * Vitest setup (vitest.config.ts `setupFiles`) for every test file that runs on happy-dom: it
 * works around two happy-dom 21.0.4 bugs that affect mark.js, so that no DOM test can hang or
 * pass by accident on them. Browsers have neither bug; the content script never runs on happy-dom,
 * and the command line only builds the text map. Unit tests (environment `node`) are untouched.
 *
 * 1. TreeWalker.previousNode(), which happy-dom's NodeIterator also uses, declares `let node =
 *    sibling` inside its sibling loop, shadowing the outer `node`; after descending into a skipped
 *    element's rejected children it climbs from the wrong node and returns a node too far back
 *    (happy-dom issue #2152). mark.js walks text with previousNode()/nextNode() pairs, so it loops
 *    forever on markup as ordinary as `<p>Mr <b>Trump <code>x</code> said</b></p>`.
 * 2. Element.matches() caches its result per element and selector, and a descendant selector
 *    (`[data-backstory-skip] *`) registers the cached result only with the element's parent, not
 *    with the ancestor that matched; so after an ancestor two or more levels up gains or loses the
 *    attribute, matches() keeps answering from before. highlightOwner() marks nested blocks with
 *    data-backstory-skip for mark.js and removes it afterwards, so in
 *    `<article>Oman <div><b><i>Iran</i></b><p>x</p></div></article>` the article's pass leaves
 *    "Iran" cached as skipped, and the div's pass then finds no text and marks nothing.
 *
 * The patches: previousNode() as the DOM standard writes it, and matches() recomputed on every
 * call. tests/dom/happy-dom-bugs.test.ts checks the patches against the standard's answers and
 * pins both bugs with `it.fails` on happy-dom's own versions: when a pin starts failing, happy-dom
 * has fixed that bug and its patch here can go.
 */

type PreviousNode = (this: TreeWalker) => Node | null;
type Matches = (this: Element, selector: string) => boolean;

/** Each patch keeps the function it replaced, so installing twice is harmless and the pins can reach happy-dom's own. */
const REPLACED = Symbol.for('backstory.test.happy-dom-original'); // global: the same if this module loads twice
type Patch<F> = F & { [REPLACED]?: F };

function filterNode(walker: TreeWalker, node: Node): number {
  if (!(walker.whatToShow & (1 << (node.nodeType - 1)))) return NodeFilter.FILTER_SKIP;
  const filter = walker.filter;
  if (!filter) return NodeFilter.FILTER_ACCEPT;
  return typeof filter === 'function' ? filter(node) : filter.acceptNode(node);
}

/** https://dom.spec.whatwg.org/#dom-treewalker-previousnode */
export const standardPreviousNode: PreviousNode = function (this: TreeWalker) {
  let node = this.currentNode;
  while (node !== this.root) {
    let sibling = node.previousSibling;
    while (sibling) {
      node = sibling;
      let result = filterNode(this, node);
      while (result !== NodeFilter.FILTER_REJECT && node.lastChild) {
        node = node.lastChild;
        result = filterNode(this, node);
      }
      if (result === NodeFilter.FILTER_ACCEPT) {
        this.currentNode = node;
        return node;
      }
      sibling = node.previousSibling;
    }
    if (node === this.root || !node.parentNode) return null;
    node = node.parentNode;
    if (filterNode(this, node) === NodeFilter.FILTER_ACCEPT) {
      this.currentNode = node;
      return node;
    }
  }
  return null;
};

/** Drops happy-dom's cached answer (kept under its private `cache` symbol) before asking. */
export function uncachedMatches(original: Matches): Matches {
  return function (this: Element, selector: string) {
    const cacheSymbol = Object.getOwnPropertySymbols(this).find((sym) => sym.description === 'cache');
    const cache = cacheSymbol && (this as unknown as Record<symbol, { matches?: Map<string, unknown> } | undefined>)[cacheSymbol];
    cache?.matches?.delete(String(selector));
    return original.call(this, selector);
  };
}

function walkerPrototype(): { previousNode: Patch<PreviousNode> } {
  return Object.getPrototypeOf(document.createTreeWalker(document)) as { previousNode: Patch<PreviousNode> };
}

/** happy-dom's own implementations, whether or not the patches are installed. */
export function happyDomOriginals(): { previousNode: PreviousNode; matches: Matches } {
  const previousNode = walkerPrototype().previousNode;
  const matches = Element.prototype.matches as Patch<Matches>;
  return { previousNode: previousNode[REPLACED] ?? previousNode, matches: matches[REPLACED] ?? matches };
}

function install(): void {
  const originals = happyDomOriginals();
  // A fresh function per patch, so that it can carry the one it replaced.
  const previousNode: Patch<PreviousNode> = function (this: TreeWalker) {
    return standardPreviousNode.call(this);
  };
  previousNode[REPLACED] = originals.previousNode;
  walkerPrototype().previousNode = previousNode;
  const matches: Patch<Matches> = uncachedMatches(originals.matches);
  matches[REPLACED] = originals.matches;
  Element.prototype.matches = matches;
}

if (typeof document !== 'undefined' && typeof document.createTreeWalker === 'function') install();
