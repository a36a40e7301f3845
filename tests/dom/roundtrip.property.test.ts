// @vitest-environment happy-dom
/**
 * Property-based tests of the DOM layer (text map + mark.js highlighter) and of the pure detector,
 * with fast-check. Every run draws new cases (no fixed seed); on a failure fast-check prints the
 * seed and the path of the shrunk counter-example, which can be replayed with
 * `fc.assert(prop, { seed, path, endOnFailure: true })`.
 *
 * The DOM trees are built with DOM calls (so they may hold adjacent, empty and whitespace text nodes
 * a parser never makes) and, half of the time, re-parsed through innerHTML as a page would be.
 *
 * happy-dom's two bugs that affect mark.js are worked around for every DOM test by
 * tests/dom/setup-happy-dom.ts (and pinned in tests/dom/happy-dom-bugs.test.ts).
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect';
import { HEDGE_CATEGORIES, KINDS, type Span } from '@/lib/types';
import { clearHighlights, highlightOwner, rangesByOwner } from '@/entrypoints/content/highlighter';
import { BLOCK_SEPARATOR, buildTextMap, type TextMap } from '@/entrypoints/content/text-map';
import { ATTR, EXCLUDED_SELECTOR, MARK_SELECTOR } from '@/utils/dom-contract';
import { TINY_INDEX } from '../unit/tiny-dataset';

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

type Tree =
  | { kind: 'text'; value: string }
  | { kind: 'comment'; value: string }
  | { kind: 'element'; tag: string; attrs: [string, string][]; children: Tree[] };

/** Names, countries and hedges the tiny dataset and the hedge lexicon know, so highlights happen. */
const NEWSY = [
  'Abbas Araghchi',
  'Araghchi',
  'Mr Araghchi',
  'Iran',
  'Iranian',
  'Iranians',
  'U.S.',
  'the U.S.',
  'US',
  'America',
  'Americans',
  'Mr Trump',
  'Donald Trump',
  'Trump',
  'President Trump',
  'Oman',
  'Mexico',
  'Mexican',
  'Jordan',
  'Georgia',
  'Turkey',
  'Türkiye',
  'Chad',
  'Guinea-Bissau',
  'Papua New Guinea',
  'Niger',
  'Nigeria',
  'officials said',
  'Iranian officials said',
  'two officials',
  'U.S. officials said',
  'sources told',
  'could',
  'could change',
  'may',
  'might',
  'reportedly',
  'allegedly',
  'declined to comment',
  'did not respond to a request for comment',
  'people familiar with the matter',
  'on condition of anonymity',
  'said',
  'talks',
  'on Tuesday',
  'the deal',
  'in Tehran',
];

/** Text a parser or a tokenizer may trip on. */
const ODD = [
  '&',
  '<',
  '>',
  '"',
  "'",
  '&amp;',
  '&lt;b&gt;',
  '<b>Iran</b>',
  ' ',
  '   ',
  '\n',
  '\n\n',
  '\t',
  '\u00a0',
  '\r\n',
  'مرحبا',
  'إيران',
  'عباس عراقجي',
  'שלום',
  'איראן',
  '\u200f',
  '\u200e',
  '\u202eIran\u202c',
  '\u2067Iran\u2069',
  '你好',
  '伊朗',
  'नमस्ते',
  'Привет',
  'Ελλάδα',
  '👨‍👩‍👧‍👦',
  '🇮🇷',
  '🇺🇸',
  '👍🏽',
  '🏳️‍🌈',
  '🧑🏿‍🚀',
  'e\u0301',
  'Ira\u0301n',
  'Iran\u0308',
  'I\u0300ran',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u00ad',
  '…',
  '—',
  '“Iran”',
  '(Iran)',
  'Iran’s',
  'U.S.-Iran',
  'Iran,',
  'Iran.',
  'Mr\u00a0Trump',
];

/** Halves of names and hedges: next to each other across an inline element they make one span over several text nodes. */
const FRAGMENTS = [
  'Abbas ',
  'Araghchi',
  'Mr ',
  'Donald ',
  'Trump',
  'officials ',
  'said',
  'U.',
  'S.',
  'Papua New ',
  'Guinea',
  'declined to ',
  'comment',
  'could ',
  'change',
  'Ir',
  'an',
];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...NEWSY), weight: 8 },
  { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 4 },
  { arbitrary: fc.constantFrom(...ODD), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
);
const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '', '\n', ' — ', '  ');
const sentence = (maxLength: number) =>
  fc.array(fc.tuple(piece, separator), { maxLength }).map((parts) => parts.map(([p, s]) => p + s).join(''));
/** One very long text node: hundreds to about ten thousand characters, with a highlight every few words. */
const longText = fc
  .tuple(sentence(16), fc.integer({ min: 10, max: 40 }))
  .map(([s, times]) => `${s} Iran said Mr Trump could go. `.repeat(times));

const textValue = fc.oneof({ arbitrary: sentence(10), weight: 50 }, { arbitrary: longText, weight: 1 });
const textLeaf: fc.Arbitrary<Tree> = textValue.map((value) => ({ kind: 'text', value }));
const commentLeaf: fc.Arbitrary<Tree> = fc.constantFrom(' c ', 'Iran', ' officials said ').map((value) => ({ kind: 'comment', value }));

const INLINE: [string, [string, string][]][] = [
  ['b', []],
  ['i', []],
  ['em', []],
  ['span', []],
  ['a', [['href', 'https://example.com/?a=1&b="2"']]],
  ['sup', []],
  ['mark', []], // the page's own <mark>, which clearHighlights must leave alone
  ['span', [['contenteditable', 'false']]],
  ['span', [['dir', 'rtl']]],
  ['bdi', []],
];
const BLOCK: [string, [string, string][]][] = [
  ['p', []],
  ['div', []],
  ['li', []],
  ['h2', []],
  ['blockquote', []],
  ['ul', []],
];
/** Regions Backstory must never annotate; those holding raw text get one text child. */
const EXCLUDED_RAW: [string, [string, string][]][] = [
  ['script', [['type', 'application/ld+json']]],
  ['style', []],
  ['textarea', []],
];
const EXCLUDED_NESTED: [string, [string, string][]][] = [
  ['code', []],
  ['pre', []],
  ['span', [['contenteditable', '']]],
  ['div', [['contenteditable', 'true']]],
  ['span', [['aria-hidden', 'true']]],
  ['div', [['aria-hidden', 'true']]],
  ['nav', []],
  ['aside', []],
  ['form', []],
  // Inside the article but not its own (entrypoints/content/not-own.ts): a promo figure, related stories.
  ['figure', [['class', 'promo']]],
  ['div', [['class', 'related-stories']]],
];
const EXCLUDED_TAGS = /^(SCRIPT|STYLE|TEXTAREA|INPUT|CODE|PRE|NAV|ASIDE|FORM|FIGURE)$/;
/** Everything the text map leaves out: what is never annotated, and what EXCLUDED_NESTED adds as not the article's own. */
const LEFT_OUT = `${EXCLUDED_SELECTOR}, figure.promo, div.related-stories`;

/** Text that would be highlighted anywhere else. */
const excludedText = fc
  .tuple(fc.array(fc.constantFrom(...NEWSY), { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([words, odd]) => (odd ? `${words.join(' ')} & <x> "${words.join(' ')}"` : words.join(' ')));

const element = (spec: fc.Arbitrary<[string, [string, string][]]>, children: fc.Arbitrary<Tree[]>): fc.Arbitrary<Tree> =>
  fc.tuple(spec, children).map(([[tag, attrs], kids]) => ({ kind: 'element', tag, attrs, children: kids }));

/**
 * A name or hedge cut in two by markup, so that one span covers several text nodes: the first or
 * the second half in an inline element, or an excluded element (its text unseen by the detector)
 * between the halves, as in `Abbas <b>Araghchi</b>` or `Abbas <code>x</code>Araghchi`.
 */
const splitPhrase: fc.Arbitrary<Tree> = fc
  .tuple(
    fc.constantFrom(...NEWSY.filter((p) => p.length > 2)),
    fc.nat(),
    fc.constantFrom(...INLINE),
    fc.constantFrom('first', 'second', 'excluded-between'),
    fc.constantFrom<[string, [string, string][]]>(
      ['code', []],
      ['span', [['aria-hidden', 'true']]],
      ['script', [['type', 'application/ld+json']]],
    ),
  )
  .map(([phrase, at, [tag, attrs], how, [exTag, exAttrs]]): Tree => {
    const cut = 1 + (at % (phrase.length - 1));
    const [first, second] = [phrase.slice(0, cut), phrase.slice(cut)];
    const text = (value: string): Tree => ({ kind: 'text', value });
    const wrap = (value: string): Tree => ({ kind: 'element', tag, attrs, children: [text(value)] });
    const children =
      how === 'first'
        ? [wrap(first), text(`${second} said.`)]
        : how === 'second'
          ? [text(`Then ${first}`), wrap(second)]
          : [text(first), { kind: 'element', tag: exTag, attrs: exAttrs, children: [text('Iran')] } as Tree, text(second)];
    return { kind: 'element', tag: 'span', attrs: [], children };
  });

const { node } = fc.letrec<{ node: Tree }>((tie) => {
  const children = fc.array(tie('node'), { maxLength: 4, depthIdentifier: 'tree' });
  const excludedNestedChildren = fc.array(
    fc.oneof(
      excludedText.map((value): Tree => ({ kind: 'text', value })),
      tie('node'),
    ),
    { minLength: 1, maxLength: 3, depthIdentifier: 'tree' },
  );
  return {
    node: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'tree', depthSize: 'small' },
      { arbitrary: textLeaf, weight: 10 },
      { arbitrary: commentLeaf, weight: 1 },
      { arbitrary: splitPhrase, weight: 3 },
      { arbitrary: element(fc.constantFrom(...INLINE), children), weight: 5 },
      { arbitrary: element(fc.constantFrom(...BLOCK), children), weight: 4 },
      { arbitrary: excludedArb(excludedNestedChildren), weight: 2 },
    ),
  };
});

function excludedArb(nestedChildren: fc.Arbitrary<Tree[]>): fc.Arbitrary<Tree> {
  return fc.oneof(
    element(
      fc.constantFrom(...EXCLUDED_RAW),
      excludedText.map((value) => [{ kind: 'text', value }]),
    ),
    excludedText.map((value): Tree => ({ kind: 'element', tag: 'input', attrs: [['value', value]], children: [] })),
    element(fc.constantFrom(...EXCLUDED_NESTED), nestedChildren),
  );
}

/** The article's children, and whether to round-trip it through the HTML parser first. */
const article = fc.record({
  children: fc.array(node, { minLength: 1, maxLength: 6 }),
  reparse: fc.boolean(),
});
/** The same, with at least one excluded region at the top level (more inside, at random). */
const articleWithExcluded = fc.record({
  children: fc
    .tuple(excludedArb(fc.array(node, { minLength: 1, maxLength: 3 })), fc.array(node, { minLength: 1, maxLength: 5 }), fc.nat())
    .map(([excl, rest, at]) => [...rest.slice(0, at % (rest.length + 1)), excl, ...rest.slice(at % (rest.length + 1))]),
  reparse: fc.boolean(),
});

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function build(tree: Tree): Node {
  if (tree.kind === 'text') return document.createTextNode(tree.value);
  if (tree.kind === 'comment') return document.createComment(tree.value);
  const el = document.createElement(tree.tag);
  for (const [name, value] of tree.attrs) el.setAttribute(name, value);
  el.append(...tree.children.map(build));
  return el;
}

function mount({ children, reparse }: { children: Tree[]; reparse: boolean }): HTMLElement {
  document.body.replaceChildren();
  const root = document.createElement('article');
  root.append(...children.map(build));
  document.body.append(root);
  if (reparse) {
    const html = root.innerHTML;
    root.innerHTML = html; // as a page would arrive: through the HTML parser
  }
  return root;
}

/** The content script's pipeline, as tests/dom/highlighter.test.ts runs it. */
function annotate(root: Element): { map: TextMap; spans: Span[]; ranged: number } {
  const map = buildTextMap(root);
  const spans = detect(map.text, TINY_INDEX);
  const byOwner = rangesByOwner(map, spans);
  let ranged = 0;
  for (const [owner, ranges] of byOwner) {
    ranged += ranges.length;
    highlightOwner(owner, ranges, map);
  }
  return { map, spans, ranged };
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const marks = (root: Element) => [...root.querySelectorAll(MARK_SELECTOR)];

/** Owners as the generator's tags go: the root and the block tags it uses. */
const ORACLE_BLOCKS = new Set(['ARTICLE', 'P', 'DIV', 'LI', 'H2', 'BLOCKQUOTE', 'UL']);

/**
 * An independent model of the text map: the non-empty text nodes outside excluded regions, in
 * document order, with a blank line wherever the owning block changes. Returns each node's offset.
 */
function modelTextMap(root: Element): { text: string; offsets: Map<Text, number> } {
  let text = '';
  let owner: Element | undefined;
  const offsets = new Map<Text, number>();
  for (const t of textNodes(root)) {
    const parent = t.parentElement!;
    if (!t.data || parent.closest(LEFT_OUT)) continue;
    let o: Element = parent;
    while (o !== root && !ORACLE_BLOCKS.has(o.tagName)) o = o.parentElement!;
    if (owner && owner !== o) text += BLOCK_SEPARATOR;
    owner = o;
    offsets.set(t, text.length);
    text += t.data;
  }
  return { text, offsets };
}

/**
 * Where each mark's text came from, in the detector's text. mark.js splits a page text node N into
 * N (the part before), <mark>, S, ...: the page's node N stays first, so a mark's offset is N's
 * offset plus the length of everything between N's start and the mark. One pass per parent.
 */
function markOffsets(all: Element[], offsets: Map<Text, number>, originals: Set<Node>): { el: Element; start: number; end: number }[] {
  const startOf = new Map<Node, number>();
  for (const parent of new Set(all.map((el) => el.parentNode!))) {
    let at: number | undefined; // offset of the next child's text, while it follows a page text node the detector saw
    for (const child of parent.childNodes) {
      const length = child.textContent?.length ?? 0;
      if (originals.has(child)) {
        const base = offsets.get(child as Text);
        at = base === undefined ? undefined : base + length;
      } else if (child.nodeType === Node.TEXT_NODE || (child.nodeType === Node.ELEMENT_NODE && (child as Element).matches(MARK_SELECTOR))) {
        if (at !== undefined) startOf.set(child, at);
        at = at === undefined ? undefined : at + length;
      } else at = undefined;
    }
  }
  return all.map((el) => {
    const start = startOf.get(el);
    expect(start, `mark ${JSON.stringify(el.textContent)} does not follow a page text node the detector saw`).toBeDefined();
    return { el, start: start!, end: start! + (el.textContent?.length ?? 0) };
  });
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('highlighter round trip (property-based)', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it('annotating and then clearing restores the article exactly, with the page’s own text nodes', () => {
    fc.assert(
      fc.property(article, (input) => {
        const root = mount(input);
        const html = root.innerHTML;
        const before = textNodes(root);
        const data = before.map((t) => t.data);
        annotate(root);
        clearHighlights(document);
        expect(root.innerHTML).toBe(html);
        const after = textNodes(root);
        // Same Text objects, same order, same data, and no stray (empty) nodes left behind.
        expect(after.length).toBe(before.length);
        after.forEach((t, i) => {
          expect(t === before[i], `text node ${i} (${JSON.stringify(data[i])}) was replaced`).toBe(true);
          expect(t.data).toBe(data[i]);
        });
        expect(root.querySelector('mark.backstory-mark, [data-backstory-skip]')).toBeNull();
      }),
      { numRuns: 250 },
    );
  }, 30_000);

  it('every span is wrapped exactly: its marks, in document order, spell text.slice(start, end)', () => {
    fc.assert(
      fc.property(article, (input) => {
        const root = mount(input);
        const originals = new Set<Node>(textNodes(root));
        const model = modelTextMap(root);
        const { map, spans, ranged } = annotate(root);
        // The text map is the model's (so offsets below mean the same thing), and every span lands in one block.
        expect(map.text).toBe(model.text);
        expect(ranged).toBe(spans.length);

        const placed = markOffsets(marks(root), model.offsets, originals);
        for (const m of placed) {
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.el.textContent).toBe(map.text.slice(m.start, m.end));
        }
        // Marks in document order are in text order and never overlap.
        for (let i = 1; i < placed.length; i++) expect(placed[i]!.start).toBeGreaterThanOrEqual(placed[i - 1]!.end);

        // Each span owns a run of consecutive marks that tile it, and every mark belongs to a span.
        let k = 0;
        for (const span of spans) {
          const own: Element[] = [];
          let at = span.start;
          while (k < placed.length && placed[k]!.start < span.end) {
            const m = placed[k]!;
            expect(m.start, `mark ${JSON.stringify(m.el.textContent)} outside any span`).toBe(at);
            expect(m.end).toBeLessThanOrEqual(span.end);
            own.push(m.el);
            at = m.end;
            k++;
          }
          const expected = map.text.slice(span.start, span.end);
          expect(own.map((el) => el.textContent).join(''), `span ${JSON.stringify(expected)}`).toBe(expected);
          own.forEach((el, i) => {
            expect(el.hasAttribute(ATTR.start), 'data-backstory-start on the first mark of a span only').toBe(i === 0);
            expect(el.getAttribute(ATTR.kind)).toBe(span.kind);
            expect(el.getAttribute(ATTR.entity)).toBe(span.entity ?? null);
            expect(el.getAttribute(ATTR.hedge)).toBe(span.hedge ?? null);
            expect(el.getAttribute(ATTR.ref)).toBe(span.ref ?? null);
          });
        }
        expect(k, 'marks left over after the last span').toBe(placed.length);
      }),
      { numRuns: 250 },
    );
  }, 30_000);

  it('never marks text in excluded regions, and leaves the article’s text unchanged while annotated', () => {
    const numRuns = 150;
    let regions = 0;
    fc.assert(
      fc.property(articleWithExcluded, (input) => {
        const root = mount(input);
        const text = root.textContent;
        const excluded = [...root.querySelectorAll(LEFT_OUT)];
        regions += excluded.filter(
          (el) => EXCLUDED_TAGS.test(el.tagName) || el.matches('[contenteditable],[aria-hidden],div.related-stories'),
        ).length;
        const snapshots = excluded.map((el) => [el.outerHTML, (el as HTMLInputElement).value] as const);
        annotate(root);
        expect(root.textContent).toBe(text);
        for (const mark of marks(root)) expect(mark.parentElement!.closest(LEFT_OUT)).toBeNull();
        excluded.forEach((el, i) => {
          expect(el.outerHTML).toBe(snapshots[i]![0]);
          expect((el as HTMLInputElement).value).toBe(snapshots[i]![1]);
        });
        clearHighlights(document);
        expect(root.textContent).toBe(text);
      }),
      { numRuns },
    );
    // Each case has at least one at the top level (the parser may move one when it re-reads the HTML).
    expect(regions).toBeGreaterThan(numRuns / 2);
  }, 30_000);

  it('the pure detector never throws and returns sorted, non-overlapping spans within bounds, for any string', () => {
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
    const anyString = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }), // every code point, well-formed
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: codeUnit, maxLength: 80 }), // any UTF-16, lone surrogates included
      fc.string({ unit: fc.oneof(piece, separator, loneSurrogate, codeUnit), maxLength: 30 }),
      sentence(20),
    );
    fc.assert(
      fc.property(anyString, (text) => {
        const spans = detect(text, TINY_INDEX);
        let last = 0;
        for (const s of spans) {
          expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(KINDS).toContain(s.kind);
          if (s.kind === 'hedge') expect(HEDGE_CATEGORIES).toContain(s.hedge);
          else expect(s.hedge).toBeUndefined();
          // Blocks are joined by a blank line (BLOCK_SEPARATOR): no span runs across one.
          expect(text.slice(s.start, s.end)).not.toMatch(/\n[ \t]*\n/);
          last = s.end;
        }
        // Pure: the same text gives the same spans.
        expect(detect(text, TINY_INDEX)).toEqual(spans);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});
