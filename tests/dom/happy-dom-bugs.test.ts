// @vitest-environment happy-dom
/**
 * The two happy-dom bugs that tests/dom/setup-happy-dom.ts works around for every DOM test: the
 * patches give the DOM standard's answers, and happy-dom's own versions still get them wrong.
 */
import { describe, expect, it } from 'vitest';
import { happyDomOriginals, standardPreviousNode, uncachedMatches } from './setup-happy-dom';

/** `<p>Mr <b>Trump <code>x</code> said</b></p>`, walked over text outside code, from " said". */
function walkerCase() {
  document.body.replaceChildren();
  const p = document.createElement('p');
  const b = document.createElement('b');
  const code = document.createElement('code');
  code.append('x');
  b.append('Trump ', code, ' said');
  p.append('Mr ', b);
  document.body.append(p);
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('code') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  walker.currentNode = b.lastChild!;
  return { walker, trump: b.firstChild! };
}

/** `<p><b><i>Iran</i></b></p>`: the <i> is two levels below the <p>. */
function matchesCase() {
  document.body.replaceChildren();
  const p = document.createElement('p');
  const b = document.createElement('b');
  const i = document.createElement('i');
  i.append('Iran');
  b.append(i);
  p.append(b);
  document.body.append(p);
  return { p, i };
}

/** Asks `matches` with an ancestor's attribute set, then after it is removed. */
function askTwice(matches: (this: Element, selector: string) => boolean): [boolean, boolean] {
  const { i, p } = matchesCase();
  p.setAttribute('data-backstory-skip', '');
  const before = matches.call(i, '[data-backstory-skip] *');
  p.removeAttribute('data-backstory-skip');
  return [before, matches.call(i, '[data-backstory-skip] *')];
}

describe('happy-dom, as every DOM test sees it', () => {
  it('the patches give the DOM standard’s answers', () => {
    const { walker, trump } = walkerCase();
    expect(standardPreviousNode.call(walker)).toBe(trump);
    expect(askTwice(uncachedMatches(happyDomOriginals().matches))).toEqual([true, false]);
  });

  it('the patches are installed for every DOM test file (vitest.config.ts setupFiles)', () => {
    const { walker, trump } = walkerCase();
    expect(walker.previousNode()).toBe(trump);
    expect(askTwice(Element.prototype.matches)).toEqual([true, false]);
  });

  // When one of these starts failing, happy-dom has fixed that bug: remove the test and its patch.
  it.fails('happy-dom’s own TreeWalker.previousNode() follows the DOM standard (happy-dom #2152)', () => {
    const { walker, trump } = walkerCase();
    expect(happyDomOriginals().previousNode.call(walker)).toBe(trump); // happy-dom 21.0.4: "Mr "
  });

  it.fails('happy-dom’s own Element.matches() notices an ancestor’s attribute change', () => {
    expect(askTwice(happyDomOriginals().matches)).toEqual([true, false]); // happy-dom 21.0.4: [true, true]
  });
});
