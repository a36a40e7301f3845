// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect';
import { clearHighlights, highlightOwner, rangesByOwner } from '@/entrypoints/content/highlighter';
import { buildTextMap } from '@/entrypoints/content/text-map';
import { TINY_INDEX } from '../unit/tiny-dataset';

function annotate(root: Element) {
  const map = buildTextMap(root);
  const spans = detect(map.text, TINY_INDEX);
  for (const [owner, ranges] of rangesByOwner(map, spans)) highlightOwner(owner, ranges, map);
  return { map, spans };
}

function marks() {
  return [...document.querySelectorAll('mark.backstory-mark')];
}

describe('text map and highlighter', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it('separates blocks so that no phrase runs from one paragraph into the next', () => {
    document.body.innerHTML = '<article><p>Talks with Iran</p><p>Officials said more.</p></article>';
    const map = buildTextMap(document.querySelector('article')!);
    expect(map.text).toBe('Talks with Iran\n\nOfficials said more.');
    expect(map.segments).toHaveLength(2);
  });

  it('skips scripts, forms, code and hidden regions', () => {
    document.body.innerHTML =
      '<article><p>Iran <script>var Iran;</script><code>Iran()</code><span aria-hidden="true">Iran</span></p><form><input value="Iran"><label>Iran</label></form><p>Oman</p></article>';
    expect(buildTextMap(document.querySelector('article')!).text).toBe('Iran \n\nOman');
  });

  it('wraps each span so that its element text equals text.slice(start, end), with the DOM contract', () => {
    document.body.innerHTML =
      '<article><h1>Iran and the <em>U.S.</em> talk</h1><p>Mr <b>Trump</b> said Iranian officials said the plan could change.</p></article>';
    const { map, spans } = annotate(document.querySelector('article')!);
    expect(marks().map((m) => m.textContent)).toEqual(spans.map((s) => map.text.slice(s.start, s.end)));
    const trump = document.querySelector('[data-backstory-entity="donald-trump"]')!;
    expect(trump.getAttribute('data-backstory-kind')).toBe('person');
    expect(trump.parentElement?.tagName).toBe('B');
    expect(document.querySelector('[data-backstory-hedge="anonymous"]')?.textContent).toBe('officials said');
    expect(document.querySelector('[data-backstory-hedge="unconfirmed"]')?.textContent).toBe('could change');
  });

  it('highlights text in a block that also holds other blocks, without touching the nested ones twice', () => {
    document.body.innerHTML = '<article><div>Iran said <p>Oman agreed.</p> Officials said so.</div></article>';
    const { map, spans } = annotate(document.querySelector('article')!);
    expect(marks().map((m) => m.textContent)).toEqual(spans.map((s) => map.text.slice(s.start, s.end)));
    expect(marks().map((m) => m.textContent)).toEqual(['Iran', 'Oman', 'Officials said']);
    expect(document.querySelector('[data-backstory-skip]')).toBeNull();
  });

  it('clear() restores the page exactly, including the original text node objects', () => {
    const html =
      '<article><p>Iran and <i>the U.S. said</i> Mr Trump could go.</p><p>Abbas Araghchi, officials said.<!-- c --></p><ul><li>Oman</li></ul></article>';
    document.body.innerHTML = html;
    const firstText = document.querySelector('p')!.firstChild;
    annotate(document.querySelector('article')!);
    expect(marks().length).toBeGreaterThan(4);
    clearHighlights(document);
    expect(document.body.innerHTML).toBe(html);
    expect(document.querySelector('p')!.firstChild).toBe(firstText);
    expect(document.querySelector('p')!.childNodes.length).toBe(3);
  });

  it('keeps the page’s own adjacent text nodes apart after clear()', () => {
    document.body.innerHTML = '<article><p></p></article>';
    const p = document.querySelector('p')!;
    p.append(document.createTextNode('Iran met '), document.createTextNode('Oman today.'));
    annotate(document.querySelector('article')!);
    clearHighlights(document);
    expect([...p.childNodes].map((n) => n.textContent)).toEqual(['Iran met ', 'Oman today.']);
  });

  it('handles text in any script, emoji and right-to-left runs', () => {
    document.body.innerHTML = '<article><p>مرحبا Iran 🇮🇷 said 你好; e\u0301 Oman ‮reversed‬.</p></article>';
    const { map, spans } = annotate(document.querySelector('article')!);
    expect(marks().map((m) => m.textContent)).toEqual(spans.map((s) => map.text.slice(s.start, s.end)));
    expect(marks().map((m) => m.textContent)).toEqual(['Iran', 'Oman']);
  });

  // Markup on which happy-dom's own TreeWalker and matches() go wrong (tests/dom/setup-happy-dom.ts).
  it('highlights around an excluded element inside an inline one', () => {
    document.body.innerHTML = '<article><p>Mr <b>Trump <code>x</code> said</b> Iran could go.</p></article>';
    const { map, spans } = annotate(document.querySelector('article')!);
    expect(marks().map((m) => m.textContent)).toEqual(spans.map((s) => map.text.slice(s.start, s.end)));
    expect(marks().map((m) => m.textContent)).toContain('Iran');
  });

  it('highlights a nested block after its parent block’s pass', () => {
    document.body.innerHTML = '<article>Oman <div><b><i>Iran</i></b><p>Officials said so.</p></div></article>';
    annotate(document.querySelector('article')!);
    expect(marks().map((m) => m.textContent)).toEqual(['Oman', 'Iran', 'Officials said']);
  });
});
