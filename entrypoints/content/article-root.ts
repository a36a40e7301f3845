import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { EXCLUDED_SELECTOR } from '@/utils/dom-contract';

/** Selectors for an article's body, most specific first. */
const ARTICLE_SELECTORS = ['[itemprop="articleBody"]', 'article', '[role="article"]', 'main', '[role="main"]'];

/**
 * The element that holds the article, or null when the page is not an article (a front page,
 * search results, a web app). Readability's cheap gate runs first, so a non-article costs one
 * pass over its paragraphs and nothing more.
 */
export function findArticleRoot(doc: Document): Element | null {
  if (!doc.body || !isProbablyReaderable(doc)) return null;
  for (const selector of ARTICLE_SELECTORS) {
    const candidates = [...doc.querySelectorAll(selector)].filter((el) => !el.closest(EXCLUDED_SELECTOR));
    const best = densest(candidates);
    if (best) return best;
  }
  return densestParagraphParent(doc);
}

function paragraphText(el: Element): number {
  let total = 0;
  for (const p of el.querySelectorAll('p')) total += p.textContent?.length ?? 0;
  return total;
}

function densest(candidates: Element[]): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of candidates) {
    const length = paragraphText(el);
    if (length > bestLength) [best, bestLength] = [el, length];
  }
  return bestLength >= 280 ? best : null;
}

/** With no article markup, the parent of the most paragraph text (the "div soup" layout). */
function densestParagraphParent(doc: Document): Element | null {
  const totals = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent || p.closest(EXCLUDED_SELECTOR)) continue;
    totals.set(parent, (totals.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  return densest([...totals.keys()].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0)).slice(0, 1));
}
