// @vitest-environment happy-dom
/**
 * Finding the article, and the cheap checks that let most pages that are not articles skip
 * Readability: they may only say "no" where Readability's check would say no too.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findArticleRoot, mayBeArticle } from '@/entrypoints/content/article-root';

const PAGES = 'tests/fixtures/pages';
/** Pages that are not articles (tests/fixtures/pages/README.md); every other fixture page is one. */
const NOT_ARTICLES = new Set(['front-page.html', 'search-results.html']);
/** Pages whose script makes the article (tests/e2e/scenarios/restless.ts). */
const SCRIPTED = new Set(['restless.html']);

function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*/i, '').replace(/<\/?html[^>]*>/gi, '');
  return document;
}

describe('findArticleRoot', () => {
  const pages = readdirSync(PAGES).filter((f) => f.endsWith('.html') && !SCRIPTED.has(f));
  it.each(pages)('%s', (page) => {
    const doc = load(readFileSync(`${PAGES}/${page}`, 'utf8'));
    const root = findArticleRoot(doc);
    if (NOT_ARTICLES.has(page)) {
      expect(root).toBeNull();
      expect(mayBeArticle(doc), 'a front page should not even need Readability').toBe(false);
    } else {
      expect(root).not.toBeNull();
    }
  });

  it('the cheap checks never say "no" where Readability says "yes" and the article has enough paragraph text', () => {
    const text = (n: number) => 'word '.repeat(Math.ceil(n / 5)).slice(0, n);
    // Lengths around Readability's thresholds (140 characters a node, a score above 20 in all).
    const length = fc.oneof(fc.integer({ min: 100, max: 460 }), fc.nat({ max: 700 }));
    const block = fc.oneof(
      length.map((n) => `<p>${text(n)}</p>`),
      length.map((n) => `<pre>${text(n)}</pre>`),
      length.map((n) => `<div>${text(n)}<br>${text(n)}</div>`),
      length.map((n) => `<ul><li><p>${text(n)}</p></li></ul>`),
      length.map((n) => `<p class="comment-footer">${text(n)}</p>`),
      length.map((n) => `<p hidden>${text(n)}</p>`),
      length.map((n) => `<article><h2>Teaser</h2><span>${text(n)}</span></article>`),
    );
    const page = fc.record({ blocks: fc.array(block, { maxLength: 6 }), wrap: fc.constantFrom('article', 'div', 'main') });
    let skipped = 0;
    fc.assert(
      fc.property(page, ({ blocks, wrap }) => {
        document.body.innerHTML = `<${wrap}>${blocks.join('')}</${wrap}>`;
        if (mayBeArticle(document)) return;
        skipped++;
        // What findArticleRoot needs past the checks: Readability's yes, and 280 characters of <p> text.
        const paragraphs = [...document.querySelectorAll('p')].reduce((sum, p) => sum + (p.textContent?.length ?? 0), 0);
        expect(isProbablyReaderable(document) && paragraphs >= 280).toBe(false);
      }),
      { numRuns: 500 },
    );
    expect(skipped, 'cases where Readability was skipped').toBeGreaterThan(50);
  });
});
