// @vitest-environment happy-dom
/**
 * Captions and other things inside an article's element: the article's own pictures count,
 * teasers, adverts, related stories and galleries do not (entrypoints/content/not-own.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect';
import { clearHighlights, highlightOwner, rangesByOwner } from '@/entrypoints/content/highlighter';
import { buildTextMap } from '@/entrypoints/content/text-map';
import { MARK_SELECTOR } from '@/utils/dom-contract';
import { TINY_INDEX } from '../unit/tiny-dataset';

const IMG = '<img src="data:," alt="">';

/** The detector's text for `<article>BODY</article>`. */
function textOf(body: string): string {
  document.body.innerHTML = `<article>${body}</article>`;
  return buildTextMap(document.querySelector('article')!).text;
}

function annotate(root: Element) {
  const map = buildTextMap(root);
  const spans = detect(map.text, TINY_INDEX);
  for (const [owner, ranges] of rangesByOwner(map, spans)) highlightOwner(owner, ranges, map);
  return { map, spans };
}

const marks = () => [...document.querySelectorAll(MARK_SELECTOR)];

describe('captions: the article’s own pictures count, unrelated ones do not', () => {
  beforeEach(() => document.body.replaceChildren());

  it('reads the caption of a picture in the article', () => {
    expect(textOf(`<p>Talks went on.</p><figure>${IMG}<figcaption>Abbas Araghchi in Muscat.</figcaption></figure>`)).toContain(
      'Abbas Araghchi in Muscat.',
    );
  });

  it('keeps a caption with a credit link, and a picture that links to a larger copy of itself', () => {
    const text = textOf(
      `<figure><a href="/photos/talks-large.jpg?w=2000">${IMG}</a><figcaption>Araghchi arrives. Photograph: <a href="/agency">Meridian Wire</a></figcaption></figure>` +
        `<figure><a href="#lightbox-2">${IMG}</a><figcaption>Delegates from Oman.</figcaption></figure>`,
    );
    expect(text).toContain('Araghchi arrives.');
    expect(text).toContain('Delegates from Oman.');
  });

  it('leaves out a figure that sits in a link to another page', () => {
    const text = textOf(`<p>Iran said.</p><a href="/world/mexico-vote"><figure>${IMG}<figcaption>Mexico votes</figcaption></figure></a>`);
    expect(text).toBe('Iran said.');
  });

  it('leaves out a figure whose picture, or most of whose caption, links to another page', () => {
    const text = textOf(
      `<p>Iran said.</p>` +
        `<figure><a href="/world/chad-floods">${IMG}</a><figcaption>Floods in Chad</figcaption></figure>` +
        `<figure>${IMG}<figcaption><a href="/world/nigeria-fuel">Nigeria raises fuel prices</a> (video)</figcaption></figure>`,
    );
    expect(text).toBe('Iran said.');
  });

  it('leaves out related stories, adverts, sponsored boxes and galleries named as such, whatever the naming style', () => {
    const text = textOf(
      '<p>Iran said.</p>' +
        `<div class="story-body__related"><figure>${IMG}<figcaption>Mexico</figcaption></figure><p>Chad</p></div>` +
        `<figure class="ad-slot">${IMG}<figcaption>Visit Georgia</figcaption></figure>` +
        '<div id="relatedStories"><p>Niger</p></div>' +
        '<section class="Sponsored"><p>Nigeria</p></section>' +
        `<div class="photo-gallery"><figure>${IMG}<figcaption>Jordan</figcaption></figure></div>` +
        '<p class="lead">Oman agreed.</p>',
    );
    expect(text).toBe('Iran said.\n\nOman agreed.');
  });

  it('keeps a table’s caption, and classes that only contain those words ("lead", "shadow", "headline")', () => {
    const text = textOf(
      '<table><caption>Iran exports</caption><tr><td>1</td></tr></table><div class="shadow headline loaded"><p>Oman</p></div>',
    );
    expect(text).toBe('Iran exports\n\n1\n\nOman');
  });

  it('highlights around a left-out region inside a block, and restores the page exactly', () => {
    const html = `Iran <figure class="promo">${IMG}<figcaption>Mexico</figcaption></figure> and Oman said. <p>Mr Trump agreed.</p>`;
    document.body.innerHTML = `<article>${html}</article>`;
    const root = document.querySelector('article')!;
    const { map, spans } = annotate(root);
    expect(marks().map((m) => m.textContent)).toEqual(spans.map((s) => map.text.slice(s.start, s.end)));
    expect(marks().map((m) => m.textContent)).toEqual(['Iran', 'Oman', 'Trump']);
    expect(root.querySelector('figure')!.querySelector(MARK_SELECTOR)).toBeNull();
    expect(root.querySelector('[data-backstory-skip]')).toBeNull();
    clearHighlights(document);
    expect(root.innerHTML).toBe(html);
  });
});

describe('a story wrapper whose class names a setting about adverts', () => {
  beforeEach(() => document.body.replaceChildren());

  it('keeps the story when its wrapper is "story-body has-ads", "ad-free" or "ads-enabled", and still drops the advert', () => {
    const story = '<p>Abbas Araghchi said talks would resume in Muscat next week.</p><p>Iran has not confirmed the date.</p>';
    for (const wrapper of ['story-body has-ads', 'ad-free', 'article ads-enabled', 'no-ads']) {
      const text = textOf(`<div class="${wrapper}">${story}<div class="ad-slot">Buy now from Mexico</div></div>`);
      expect(text, wrapper).toContain('Abbas Araghchi said');
      expect(text, wrapper).not.toContain('Buy now');
    }
  });
});
