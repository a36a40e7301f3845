import { onMessage, sendToBackground, type PageReport } from '@/utils/messaging';
import { isActiveOn } from '@/utils/settings';
import { findArticleRoot } from './article-root';
import { annotatorLoaded, countStats, publishStats } from './contract';
import { onSettingsChanged, readSettings } from './gate-settings';
import { watchForArticle } from './live-updates';
import { anySignal, delay } from './signals';

/** How long the gate waits before asking the background a second time to inject the annotator. */
const INJECT_RETRY_MS = 300;

/** Subscribes to the page's address changing without a page load (single-page apps). */
export type OnNavigation = (listener: () => void) => void;

/**
 * The content script that runs on every page: a few kilobytes that decide whether the page is
 * an article. Only then does it ask the background to inject the annotator (detection, mark.js,
 * cards), so a page that is not an article costs almost nothing. Until then it answers the popup
 * and publishes the DOM contract's state itself. Paused, or off for this site, it does nothing.
 *
 * What a page that is not an article pays for is kept to the least: settings are read only for an
 * article (or when the popup asks), with a plain storage read rather than WXT's storage wrapper
 * (gate-settings.ts), and address changes are only listened for once watching the page's changes
 * has given up (see watchForArticle).
 */
export class Gate {
  private watching: AbortController | undefined;
  private stopWatchingSettings: (() => void) | undefined;
  private listeningForNavigation = false;
  private readonly host: string;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly onNavigation: OnNavigation,
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
    const active = isActiveOn(await readSettings(), this.host);
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
    if (isActiveOn(await readSettings(), this.host)) {
      // A background that was just starting or stopping can miss the request: ask once more.
      for (let attempt = 0; attempt < 2 && !annotatorLoaded() && !this.signal.aborted; attempt++) {
        if (attempt > 0) await delay(INJECT_RETRY_MS, this.signal);
        if (await sendToBackground('inject-annotator', {}).catch(() => false)) return;
      }
      return;
    }
    // Off for this site, or paused: say so, and come back when the reader turns it on.
    publishStats(this.doc, countStats([], performance.now()));
    this.stopWatchingSettings ??= onSettingsChanged((settings) => {
      if (isActiveOn(settings, this.host) && !annotatorLoaded()) void this.injectIfActive();
    });
  }

  /**
   * A single-page app that moves to an article changes the page, which this watch notices. A page
   * that changes so much that the watch gives up is looked at again only when its address changes;
   * subscribing to that costs a millisecond or so in Chromium (the Navigation API), which most
   * pages therefore never pay.
   */
  private watchForArticle(): void {
    const local = new AbortController();
    this.watching = local;
    watchForArticle(this.doc, {
      isArticle: () => findArticleRoot(this.doc) !== null,
      onArticle: () => this.injectIfActive(),
      onGiveUp: () => this.listenForNavigation(),
      ignore: () => false,
      signal: anySignal(this.signal, local.signal),
    });
  }

  private listenForNavigation(): void {
    if (this.listeningForNavigation || this.signal.aborted) return;
    this.listeningForNavigation = true;
    this.onNavigation(() => this.navigate());
  }
}
