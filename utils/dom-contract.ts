/**
 * Every class, attribute and element name Backstory puts into a page. Other tools rely on the
 * data-backstory-* attributes (DESIGN.md, "Contracts"), so change them only with the design.
 */
export const ATTR = {
  kind: 'data-backstory-kind',
  entity: 'data-backstory-entity',
  hedge: 'data-backstory-hedge',
  ref: 'data-backstory-ref',
  /** On the first element of each highlight (a highlight across inline elements has several). */
  start: 'data-backstory-start',
  /** On <html>: "ready" after each annotation pass. */
  state: 'data-backstory-state',
  /** On <html>: JSON counts of the last pass. */
  stats: 'data-backstory-stats',
  /** On <html>: space-separated kinds the reader switched off; CSS hides them. */
  off: 'data-backstory-off',
  /** On <html>: space-separated hedge categories switched off in the options page. */
  offHedges: 'data-backstory-off-hedges',
  /** On <html>: "dark" when the page's own background is dark, so highlights stay readable. */
  theme: 'data-backstory-theme',
  /**
   * On <html> (and on each preview in the options page): the reader's highlight preset
   * (lib/palettes.ts), plus "underline-only" when highlights get no background tint. CSS does
   * the rest (entrypoints/content/style.css), so changing it repaints without re-walking the page.
   */
  style: 'data-backstory-style',
  /** Set by mark.js on every element it wraps. */
  markjs: 'data-markjs',
  /** For the length of one mark.js call only: a nested block or a region not the article's own that it must skip. */
  skip: 'data-backstory-skip',
} as const;

/** The data-backstory-style token for highlights without a background tint. */
export const UNDERLINE_ONLY = 'underline-only';

/** The value of data-backstory-style for a preset, with or without tints. */
export function highlightStyle(preset: string, tint: boolean): string {
  return tint ? preset : `${preset} ${UNDERLINE_ONLY}`;
}

export const MARK_TAG = 'mark';
export const MARK_CLASS = 'backstory-mark';
/** Briefly on a highlight the popup jumped to. */
export const FLASH_CLASS = 'backstory-flash';
export const MARK_SELECTOR = `${MARK_TAG}.${MARK_CLASS}`;
/** The card's host element; its shadow root keeps page CSS out. */
export const CARD_HOST_TAG = 'backstory-card';

/** Where Backstory never annotates, inside or outside the article. */
export const EXCLUDED_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'button',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'video',
  'audio',
  'nav',
  'footer',
  'aside',
  'form',
  'menu',
  '[contenteditable]:not([contenteditable="false"])',
  '[aria-hidden="true"]',
  '[hidden]',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  CARD_HOST_TAG,
].join(',');
