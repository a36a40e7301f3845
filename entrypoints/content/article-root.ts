import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { EXCLUDED_SELECTOR } from '@/utils/dom-contract';

/** Selectors for an article's body, most specific first. */
const ARTICLE_SELECTORS = ['[itemprop="articleBody"]', 'article', '[role="article"]', 'main', '[role="main"]'];

/** The least paragraph text an article's body holds (about two short paragraphs). */
const MIN_ARTICLE_TEXT = 280;
/** Readability's defaults: shorter nodes score nothing, and a page needs a score above MIN_SCORE. */
const READERABLE_MIN_LENGTH = 140;
const READERABLE_MIN_SCORE = 20;

/**
 * The element that holds the article, or null when the page is not an article (a front page,
 * search results, a web app). Cheap necessary conditions run first (mayBeArticle), then
 * Readability's check, so that a page that is not an article costs little.
 */
export function findArticleRoot(doc: Document): Element | null {
  if (!doc.body || !mayBeArticle(doc) || !isProbablyReaderable(doc)) return null;
  for (const selector of ARTICLE_SELECTORS) {
    const candidates = [...doc.querySelectorAll(selector)].filter((el) => !el.closest(EXCLUDED_SELECTOR));
    const best = densest(candidates);
    if (best) return best;
  }
  return densestParagraphParent(doc);
}

/**
 * False only when findArticleRoot would be null anyway, so that most pages that are not articles
 * never run Readability (whose first call also compiles its code and regular expressions): the
 * page's <p> elements must hold MIN_ARTICLE_TEXT (everything after Readability counts only text in
 * <p>), and an upper bound of Readability's score must pass: the same elements (p, pre, article),
 * without its visibility and class filters, by their untrimmed length. Parents of div > br, which
 * Readability also scores, leave the decision to it.
 */
export function mayBeArticle(doc: Document): boolean {
  let paragraphs = 0;
  let score = 0;
  const scored = (el: Element): number => {
    const length = el.textContent?.length ?? 0;
    if (length > READERABLE_MIN_LENGTH) score += Math.sqrt(length - READERABLE_MIN_LENGTH);
    return length;
  };
  for (const p of doc.getElementsByTagName('p')) {
    paragraphs += scored(p);
    if (paragraphs >= MIN_ARTICLE_TEXT && score > READERABLE_MIN_SCORE) return true;
  }
  if (paragraphs < MIN_ARTICLE_TEXT) return false;
  for (const tag of ['pre', 'article']) {
    for (const el of doc.getElementsByTagName(tag)) {
      scored(el);
      if (score > READERABLE_MIN_SCORE) return true;
    }
  }
  return doc.querySelector('div > br') !== null;
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
