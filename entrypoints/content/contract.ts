import { ATTR } from '@/utils/dom-contract';
import type { Span } from '@/lib/types';
import type { PassStats } from '@/utils/messaging';

/** The counts of a pass that highlighted `spans`, timed from `started`. */
export function countStats(spans: Span[], started: number): PassStats {
  const count = (kind: Span['kind']) => spans.filter((s) => s.kind === kind).length;
  const ms = Math.round((performance.now() - started) * 10) / 10;
  return { people: count('person'), countries: count('country'), hedges: count('hedge'), ms };
}

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
