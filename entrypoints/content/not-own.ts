/**
 * What sits inside an article's element without being the article's own text. A careful reader
 * takes the headline, the standfirst, the body and the captions of the pictures that illustrate
 * the story as the article; not what the page puts in among them:
 *
 * - Blocks named as something else: related or recommended stories, promotions, adverts and
 *   sponsored content, newsletter and paywall boxes, comments, and galleries or carousels (a
 *   separate set of pictures, most of whose captions are off-screen at any time).
 * - Teaser figures: a picture that leads to another page, because the figure sits in a link, or
 *   a link holds its picture or most of its caption ("Pictured: the minister in Rome" linking to
 *   another story). A link to the picture itself (a larger image file, or an anchor on the same
 *   page, as lightboxes use) and a credit link in the caption ("Photograph: Meridian Wire") keep
 *   a figure the article's own.
 *
 * Everything else in the article is its own, <figure> and table captions included. Regions that
 * are never annotated anywhere (utils/dom-contract.ts EXCLUDED_SELECTOR: asides, forms, hidden
 * and editable regions…) are decided before this is asked.
 */

/** Words in a class or id that name a block that is not the article's own text. */
const NOT_OWN_WORDS = [
  'ad',
  'ads',
  'adsbygoogle',
  'advert',
  'adverts',
  'advertisement',
  'advertorial',
  'sponsor',
  'sponsored',
  'promo',
  'promoted',
  'promotion',
  'teaser',
  'teasers',
  'related',
  'recommended',
  'recommendations',
  'outbrain',
  'taboola',
  'newsletter',
  'paywall',
  'comments',
  'sidebar',
  'gallery',
  'slideshow',
  'carousel',
];
const NOT_OWN_NAME = new RegExp(`(?:^|[^a-z0-9])(?:${NOT_OWN_WORDS.join('|')})(?:$|[^a-z0-9])`);

/** A link to the picture itself: an image file, or somewhere on this page. */
const LINK_TO_PICTURE = /^(?:#|javascript:)|\.(?:avif|gif|jpe?g|png|svg|webp)(?:[?#]|$)/i;
const PICTURE_SELECTOR = 'img, picture, video, svg, canvas';

/** True for an element inside an article that is not the article's own text (see above). */
export function isNotOwn(el: Element): boolean {
  return hasNotOwnName(el) || (isFigure(el) && isTeaserFigure(el));
}

/**
 * Class names that describe a block's state or setting rather than what it is: "has-ads",
 * "no-ads", "ad-free", "ads-enabled" on the story's own wrapper must not blank the story.
 */
const STATE_CLASS = /^(?:has|no|with|without|show|hide|is|can)[-_]|[-_](?:free|enabled|disabled|loaded|hidden|visible|allowed)$/i;

function hasNotOwnName(el: Element): boolean {
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter((name) => !STATE_CLASS.test(name));
  const names = `${classes.join(' ')} ${el.id}`;
  if (names.length < 3) return false;
  // Words of "relatedStories", "ad-slot", "story__promo" and "Sponsored" alike.
  return NOT_OWN_NAME.test(names.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase());
}

function isFigure(el: Element): boolean {
  return el.tagName === 'FIGURE' || el.getAttribute('role') === 'figure';
}

function isTeaserFigure(figure: Element): boolean {
  if (leadsElsewhere(figure.parentElement?.closest('a[href]'))) return true;
  const caption = figure.querySelector('figcaption');
  const captionLength = caption?.textContent?.trim().length ?? 0;
  for (const link of figure.querySelectorAll('a[href]')) {
    if (!leadsElsewhere(link)) continue;
    if (link.querySelector(PICTURE_SELECTOR)) return true;
    if (caption?.contains(link) && (link.textContent?.trim().length ?? 0) * 2 > captionLength) return true;
  }
  return false;
}

function leadsElsewhere(link: Element | null | undefined): boolean {
  const href = link?.getAttribute('href')?.trim();
  return !!href && !LINK_TO_PICTURE.test(href);
}
