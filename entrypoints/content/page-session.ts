import { ofKind } from '@/lib/custom-entities';
import type { OrganisationIndex } from '@/lib/detectors/organisations';
import { prepareDetection } from '@/lib/detect';
import { addPeople, compileDataset, type EntityIndex } from '@/lib/entity-index';
import { HEDGE_CATEGORIES, KINDS, type Kind } from '@/lib/types';
import { loadCustomEntities } from '@/utils/custom-entities';
import { bundledDetectionData } from '@/utils/detection-data';
import { ATTR, CARD_HOST_TAG, FLASH_CLASS, highlightStyle, MARK_SELECTOR } from '@/utils/dom-contract';
import { onMessage, sendToBackground, type PageReport } from '@/utils/messaging';
import { organisationIndexWith } from '@/utils/organisation-names';
import { isActiveOn, loadSettings, watchSettings, type Settings } from '@/utils/settings';
import { ArticleAnnotator, unannotate, type PassResult } from './annotator';
import { countStats, publishStats } from './contract';
import { findArticleRoot } from './article-root';
import { CardController } from './card';
import { watchForArticle, watchForNewContent } from './live-updates';
import { pageTheme } from './page-theme';
import { anySignal, delay, nextTask } from './signals';

const NAVIGATION_SETTLE_MS = 300;

/** What detection matches on a page: people and countries, and organisations (both with the reader's own). */
interface PageIndexes {
  entities: EntityIndex;
  organisations: OrganisationIndex;
}

/**
 * Backstory on one page: annotates the article and whatever is added to it later, keeps the
 * category switches in step with storage, opens cards on click, and answers the popup.
 * Everything it starts hangs off `signal`; when it aborts (extension reloaded, updated or
 * disabled), the page is restored exactly. `navigate()` starts over for a single-page app's new
 * article.
 */
export class PageSession {
  private result: PassResult | undefined;
  private article: ArticleAnnotator | undefined;
  private settings: Settings | undefined;
  private index: PageIndexes | undefined;
  private pass: AbortController | undefined;
  /** The keyboard shortcut hid every highlight on this page (not saved). */
  private hiddenHere = false;
  private passes = 0;
  /** How long loading the index took (JSON.parse and compile, the reader's entities), reported with the first pass. */
  private indexMs: number | undefined;
  private active = false;
  private readonly card: CardController;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
  ) {
    this.card = new CardController(
      doc,
      () => this.result?.summary(),
      () => pageTheme(doc),
    );
  }

  async start(): Promise<void> {
    const stopWatching = watchSettings((settings) => this.applySettings(settings));
    const stops = [
      onMessage('get-page-report', () => this.report()),
      onMessage('show-mention', ({ ref, index }) => this.show(`[${ATTR.ref}="${CSS.escape(String(ref))}"]`, Number(index))),
      onMessage('show-hedge', ({ order }) => ({ total: this.show(`[${ATTR.kind}="hedge"]`, Number(order)).total })),
      onMessage('toggle-page', () => {
        this.hiddenHere = !this.hiddenHere;
        if (this.settings) this.applySettings(this.settings);
        return { hidden: this.hiddenHere };
      }),
    ];
    this.signal.addEventListener('abort', () => {
      stopWatching();
      for (const stop of stops) stop();
      this.reset();
      this.doc.documentElement.removeAttribute(ATTR.style);
    });
    this.doc.addEventListener('click', (event) => this.onClick(event), { signal: this.signal });
    this.doc.addEventListener('keydown', (event) => event.key === 'Escape' && this.card.close(), { signal: this.signal });
    this.applySettings(await loadSettings());
  }

  /** A single-page app showed another page: forget this one's article and read the new one. */
  async navigate(): Promise<void> {
    if (!this.active) return;
    this.reset();
    if (this.settings) this.applySettings(this.settings);
    // Give the app a moment to render the new article; later additions are caught as live updates.
    await delay(NAVIGATION_SETTLE_MS, this.signal);
    if (!this.signal.aborted) await this.annotatePage();
  }

  private reset(): void {
    this.pass?.abort();
    this.card.close();
    unannotate(this.doc);
    this.result = undefined;
    this.article = undefined;
  }

  private async annotatePage(): Promise<void> {
    const pass = new AbortController();
    this.pass = pass;
    const signal = anySignal(this.signal, pass.signal);
    const started = performance.now();
    const root = findArticleRoot(this.doc);
    if (!root) {
      publishStats(this.doc, countStats([], started));
      this.result = undefined;
      watchForArticle(this.doc, {
        isArticle: () => findArticleRoot(this.doc) !== null,
        onArticle: () => this.annotatePage(),
        ignore: isOwnNode,
        signal,
      });
      return;
    }
    const fresh = !this.index;
    const index = await this.loadIndex();
    // Compiling the index takes a task of its own (about 10 ms): the pass starts in the next one.
    if (fresh) await nextTask();
    if (signal.aborted) return;
    this.article = new ArticleAnnotator(root, index.entities, index.organisations);
    await this.runPass(signal);
    const article = this.article;
    watchForNewContent(root, {
      // New elements are new content, even inside a block already read (a live blog's list of
      // entries); new text inside a block already read is mark.js splitting it for a highlight.
      ignore: (node) => isOwnNode(node) || (node.nodeType === Node.TEXT_NODE && article.isAnnotated(node)),
      onChange: () => this.runPass(signal),
      signal,
    });
  }

  private async runPass(signal: AbortSignal): Promise<void> {
    // Read before the pass changes the page: afterwards, reading a computed style makes the
    // browser restyle the page with every new highlight at once (about 1 ms on a 1,500-word article).
    const theme = pageTheme(this.doc);
    const result = await this.article?.pass(signal);
    if (!result || signal.aborted) return;
    result.stats.passes = ++this.passes;
    if (this.passes === 1 && result.stats.phases && this.indexMs !== undefined) result.stats.phases.indexMs = this.indexMs;
    this.result = result;
    publishStats(this.doc, result.stats);
    this.doc.documentElement.setAttribute(ATTR.theme, theme);
    sendToBackground('page-annotated', { stats: result.stats }).catch(() => undefined);
  }

  /** The bundled names plus the reader's own entities (options page), compiled once per page. */
  private async loadIndex(): Promise<PageIndexes> {
    if (this.index) return this.index;
    const custom = await loadCustomEntities();
    const started = performance.now();
    const entities = compileDataset(bundledDetectionData());
    prepareDetection();
    addPeople(entities, ofKind(custom, 'person'));
    this.index = { entities, organisations: organisationIndexWith(custom) };
    this.indexMs = Math.round((performance.now() - started) * 10) / 10;
    return this.index;
  }

  /** Switches take effect at once: attributes on <html> for CSS; off for this site or paused, the page is restored. */
  private applySettings(settings: Settings): void {
    this.settings = settings;
    const active = isActiveOn(settings, this.doc.location?.hostname ?? '');
    if (active !== this.active) {
      this.active = active;
      if (active) void this.annotatePage();
      else {
        this.reset();
        publishStats(this.doc, countStats([], performance.now()));
      }
    }
    const html = this.doc.documentElement;
    if (!active) {
      html.removeAttribute(ATTR.style);
      return;
    }
    // The colour preset and tint: one attribute, CSS repaints every highlight and the card.
    html.setAttribute(ATTR.style, highlightStyle(settings.preset, settings.tint));
    const off = KINDS.filter((kind) => this.hiddenHere || !settings.categories[kind]);
    const offHedges = HEDGE_CATEGORIES.filter((c) => !settings.hedgeCategories[c]);
    setListAttribute(html, ATTR.off, off);
    setListAttribute(html, ATTR.offHedges, offHedges);
    const open = this.card.openFor;
    if (open && (off.includes(open.getAttribute(ATTR.kind) as Kind) || offHedges.some((c) => open.getAttribute(ATTR.hedge) === c)))
      this.card.close();
  }

  /** Scrolls to the index-th highlight matching `selector` (first elements only) and flashes it. */
  private show(selector: string, index: number): { index: number; total: number } {
    const marks = [...this.doc.querySelectorAll(`${MARK_SELECTOR}[${ATTR.start}]${selector}`)];
    if (!marks.length) return { index: 0, total: 0 };
    const i = ((Math.trunc(index) % marks.length) + marks.length) % marks.length;
    const mark = marks[i]!;
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const el of this.doc.querySelectorAll(`.${FLASH_CLASS}`)) el.classList.remove(FLASH_CLASS);
    mark.classList.add(FLASH_CLASS);
    setTimeout(() => mark.classList.remove(FLASH_CLASS), 1600);
    return { index: i, total: marks.length };
  }

  private onClick(event: MouseEvent): void {
    if (this.card.contains(event.target)) return;
    const mark = event.target instanceof Element ? event.target.closest(MARK_SELECTOR) : null;
    const kind = mark?.getAttribute(ATTR.kind) as Kind | undefined;
    // A highlight inside a link stays a plain link: the click is the page's, not ours.
    if (mark && kind && this.settings?.categories[kind] !== false && !mark.closest('a[href]')) {
      void this.card.open(mark);
    } else {
      this.card.close();
    }
  }

  private report(): PageReport {
    const title = this.doc.title;
    const host = this.doc.location?.hostname ?? '';
    if (!this.active) return { status: 'off', title, host };
    if (!this.doc.documentElement.hasAttribute(ATTR.state)) return { status: 'loading', title, host };
    if (!this.result) return { status: 'not-article', title, host };
    return { status: 'article', title, host, summary: this.result.summary(), stats: this.result.stats };
  }
}

/** Backstory's own elements: highlights and the card. */
function isOwnNode(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el && (el.matches(MARK_SELECTOR) || !!el.closest(`${MARK_SELECTOR}, ${CARD_HOST_TAG}`));
}

function setListAttribute(el: Element, name: string, values: string[]): void {
  if (values.length) el.setAttribute(name, values.join(' '));
  else el.removeAttribute(name);
}
