import { ATTR } from '@/utils/dom-contract';
import type { PassStats } from '@/utils/messaging';

/** Publishes the DOM contract's state and stats on <html> after a pass. */
export function publishStats(doc: Document, stats: PassStats): void {
  const html = doc.documentElement;
  html.setAttribute(ATTR.stats, JSON.stringify(stats));
  html.setAttribute(ATTR.state, 'ready');
}

/** Set in the extension's isolated world once the annotator runs, so the small gate script stands aside. */
interface BackstoryGlobal {
  backstoryAnnotatorLoaded?: boolean;
}

export function annotatorLoaded(): boolean {
  return (globalThis as BackstoryGlobal).backstoryAnnotatorLoaded === true;
}

export function markAnnotatorLoaded(): void {
  (globalThis as BackstoryGlobal).backstoryAnnotatorLoaded = true;
}
