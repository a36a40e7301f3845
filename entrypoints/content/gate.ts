import { onMessage, sendToBackground, type PageReport } from '@/utils/messaging';
import { isActiveOn, loadSettings, watchSettings } from '@/utils/settings';
import { findArticleRoot } from './article-root';
import { annotatorLoaded, countStats, publishStats } from './contract';
import { watchForArticle } from './live-updates';
import { anySignal } from './signals';

/**
 * The content script that runs on every page: a few kilobytes that decide whether the page is
 * an article. Only then does it ask the background to inject the annotator (detection, mark.js,
 * cards), so a page that is not an article costs almost nothing. Until then it answers the popup
 * and publishes the DOM contract's state itself. Paused, or off for this site, it does nothing.
 */
export class Gate {
  private watching: AbortController | undefined;
  private stopWatchingSettings: (() => void) | undefined;
  private readonly host: string;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
  ) {
    this.host = doc.location?.hostname ?? '';
  }

  start(): void {
    // Once the annotator runs it answers; until then the gate does (undefined leaves it to the annotator).
    const stopAnswering = onMessage('get-page-report', () => (annotatorLoaded() ? undefined : this.report()));
    this.signal.addEventListener('abort', () => {
      stopAnswering();
      this.stopWatchingSettings?.();
    });
    this.check();
  }

  private async report(): Promise<PageReport> {
    const active = isActiveOn(await loadSettings(), this.host);
    return { status: active ? 'not-article' : 'off', title: this.doc.title, host: this.host };
  }

  /** A single-page app showed another page: once the annotator runs, it handles this itself. */
  navigate(): void {
    if (!annotatorLoaded()) this.check();
  }

  /**
   * Settings are only read once the page turns out to be an article: reading them starts a
   * storage request, which a page that is not an article should never pay for.
   */
  private check(): void {
    this.watching?.abort();
    const started = performance.now();
    if (findArticleRoot(this.doc)) {
      void this.injectIfActive();
      return;
    }
    publishStats(this.doc, countStats([], started));
    this.watchForArticle();
  }

  private async injectIfActive(): Promise<void> {
    if (annotatorLoaded() || this.signal.aborted) return;
    if (isActiveOn(await loadSettings(), this.host)) {
      await sendToBackground('inject-annotator', {}).catch(() => false);
      return;
    }
    // Off for this site, or paused: say so, and come back when the reader turns it on.
    publishStats(this.doc, countStats([], performance.now()));
    this.stopWatchingSettings ??= watchSettings((settings) => {
      if (isActiveOn(settings, this.host) && !annotatorLoaded()) void this.injectIfActive();
    });
  }

  private watchForArticle(): void {
    const local = new AbortController();
    this.watching = local;
    watchForArticle(this.doc, {
      isArticle: () => findArticleRoot(this.doc) !== null,
      onArticle: () => this.injectIfActive(),
      ignore: () => false,
      signal: anySignal(this.signal, local.signal),
    });
  }
}
