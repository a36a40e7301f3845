import { compileDataset, type EntityIndex } from '@/lib/entity-index';
import { KINDS, type Kind } from '@/lib/types';
import { bundledDataset } from '@/utils/dataset';
import { ATTR, MARK_SELECTOR } from '@/utils/dom-contract';
import { onMessage, sendToBackground, type PageReport } from '@/utils/messaging';
import { loadSettings, watchSettings, type Settings } from '@/utils/settings';
import { annotate, unannotate, type PassResult } from './annotator';
import { CardController } from './card';
import { pageTheme } from './page-theme';

/**
 * Backstory on one page: annotates once, keeps the category switches in step with storage,
 * opens cards on click, and answers the popup. Everything it starts hangs off `signal`; when it
 * aborts (extension reloaded, updated or disabled), the page is restored exactly.
 */
export class PageSession {
  private result: PassResult | undefined;
  private settings: Settings | undefined;
  private index: EntityIndex | undefined;
  private readonly card: CardController;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
  ) {
    this.card = new CardController(
      doc,
      () => this.loadIndex(),
      () => this.result?.summary,
      () => pageTheme(doc),
    );
  }

  async start(): Promise<void> {
    const stopWatching = watchSettings((settings) => this.applySettings(settings));
    const stopAnswering = onMessage('get-page-report', () => this.report());
    this.signal.addEventListener('abort', () => {
      stopWatching();
      stopAnswering();
      this.card.close();
      unannotate(this.doc);
    });
    this.doc.addEventListener('click', (event) => this.onClick(event), { signal: this.signal });
    this.doc.addEventListener('keydown', (event) => event.key === 'Escape' && this.card.close(), { signal: this.signal });
    this.applySettings(await loadSettings());
    if (this.signal.aborted) return;
    this.result = await annotate(this.doc, () => this.loadIndex(), this.signal);
    if (this.result.root) this.doc.documentElement.setAttribute(ATTR.theme, pageTheme(this.doc));
    if (!this.signal.aborted) sendToBackground('page-annotated', { stats: this.result.stats }).catch(() => undefined);
  }

  private loadIndex(): EntityIndex {
    this.index ??= compileDataset(bundledDataset());
    return this.index;
  }

  private applySettings(settings: Settings): void {
    this.settings = settings;
    const off = KINDS.filter((kind) => !settings.categories[kind]);
    const html = this.doc.documentElement;
    if (off.length) html.setAttribute(ATTR.off, off.join(' '));
    else html.removeAttribute(ATTR.off);
    const open = this.card.openFor;
    if (open && off.includes(open.getAttribute(ATTR.kind) as Kind)) this.card.close();
  }

  private onClick(event: MouseEvent): void {
    if (this.card.contains(event.target)) return;
    const mark = event.target instanceof Element ? event.target.closest(MARK_SELECTOR) : null;
    const kind = mark?.getAttribute(ATTR.kind) as Kind | undefined;
    // A highlight inside a link stays a plain link: the click is the page's, not ours.
    if (mark && kind && this.settings?.categories[kind] !== false && !mark.closest('a[href]')) {
      this.card.open(mark);
    } else {
      this.card.close();
    }
  }

  private report(): PageReport {
    const title = this.doc.title;
    if (!this.result) return { status: 'loading', title };
    if (!this.result.root) return { status: 'not-article', title, stats: this.result.stats };
    return { status: 'article', title, summary: this.result.summary, stats: this.result.stats };
  }
}
