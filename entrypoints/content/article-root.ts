import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { EXCLUDED_SELECTOR } from '@/utils/dom-contract';

/** Selectors for an article's body, most specific first. */
const ARTICLE_SELECTORS = ['[itemprop="articleBody"]', 'article', '[role="article"]', 'main', '[role="main"]'];

/** The least paragraph text an article's body holds (about two short paragraphs). */
const MIN_ARTICLE_TEXT = 280;

/**
 * The element that holds the article, or null when the page is not an article (a front page,
 * search results, a web app). Two gates run first, cheapest first, so that a page that is not an
 * article costs little: the page's paragraphs must hold enough text for an article (a necessary
 * condition of everything below, which only counts text in <p>), then Readability's check.
 */
export function findArticleRoot(doc: Document): Element | null {
  if (!doc.body || !hasParagraphText(doc, MIN_ARTICLE_TEXT) || !isProbablyReaderable(doc)) return null;
  for (const selector of ARTICLE_SELECTORS) {
    const candidates = [...doc.querySelectorAll(selector)].filter((el) => !el.closest(EXCLUDED_SELECTOR));
    const best = densest(candidates);
    if (best) return best;
  }
  return densestParagraphParent(doc);
}

/** Whether the document's <p> elements hold at least `min` characters, stopping once they do. */
function hasParagraphText(doc: Document, min: number): boolean {
  let total = 0;
  for (const p of doc.getElementsByTagName('p')) {
    total += p.textContent?.length ?? 0;
    if (total >= min) return true;
  }
  return false;
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
  return bestLength >= MIN_ARTICLE_TEXT ? best : null;
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
