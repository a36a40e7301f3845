import { onMessage, sendToBackground } from '@/utils/messaging';
import { isActiveOn, loadSettings, watchSettings } from '@/utils/settings';
import { findArticleRoot } from './article-root';
import { annotatorLoaded, publishStats } from './contract';
import { watchForNewContent } from './live-updates';
import { anySignal } from './signals';

/** How many times a page without an article is re-checked as it changes (single-page apps load late). */
const MAX_ARTICLE_CHECKS = 20;

/**
 * The content script that runs on every page: a few kilobytes that decide whether the page is
 * an article. Only then does it ask the background to inject the annotator (detection, mark.js,
 * cards), so a page that is not an article costs almost nothing. Until then it answers the popup
 * and publishes the DOM contract's state itself. Paused, or off for this site, it does nothing.
 */
export class Gate {
  private watching: AbortController | undefined;
  /** Undefined until the settings are read, so that "off" is also published on the first read. */
  private active: boolean | undefined;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
  ) {}

  async start(): Promise<void> {
    const host = this.doc.location?.hostname ?? '';
    const stopAnswering = onMessage('get-page-report', () =>
      annotatorLoaded() ? undefined : { status: this.active ? ('not-article' as const) : ('off' as const), title: this.doc.title, host },
    );
    const stopWatching = watchSettings((settings) => this.setActive(isActiveOn(settings, host)));
    this.signal.addEventListener('abort', () => {
      stopAnswering();
      stopWatching();
    });
    this.setActive(isActiveOn(await loadSettings(), host));
  }

  /** A single-page app showed another page: once the annotator runs, it handles this itself. */
  navigate(): void {
    if (this.active && !annotatorLoaded()) this.check();
  }

  private setActive(active: boolean): void {
    if (active === this.active || annotatorLoaded()) return;
    this.active = active;
    if (active) this.check();
    else {
      this.watching?.abort();
      publishStats(this.doc, { people: 0, countries: 0, hedges: 0, ms: 0 });
    }
  }

  private check(): void {
    this.watching?.abort();
    const started = performance.now();
    if (findArticleRoot(this.doc)) {
      void this.inject();
      return;
    }
    publishStats(this.doc, { people: 0, countries: 0, hedges: 0, ms: Math.round((performance.now() - started) * 10) / 10 });
    this.watchForArticle();
  }

  private async inject(): Promise<void> {
    if (annotatorLoaded() || this.signal.aborted) return;
    await sendToBackground('inject-annotator', {}).catch(() => false);
  }

  /** A page with no article yet may become one (client-side rendering): look again, a bounded number of times. */
  private watchForArticle(): void {
    if (!this.doc.body) return;
    const local = new AbortController();
    this.watching = local;
    let checks = 0;
    watchForNewContent(this.doc.body, {
      ignore: () => false,
      onChange: () => {
        if (++checks > MAX_ARTICLE_CHECKS) local.abort();
        else if (findArticleRoot(this.doc)) {
          local.abort();
          void this.inject();
        }
      },
      signal: anySignal(this.signal, local.signal),
    });
  }
}
