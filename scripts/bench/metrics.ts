/** Precision, recall and F1 over spans, by exact boundaries and by overlap. */
export interface Interval {
  start: number;
  end: number;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyScore = (): Score => ({ tp: 0, fp: 0, fn: 0 });

export function addScore(into: Score, add: Score): void {
  into.tp += add.tp;
  into.fp += add.fp;
  into.fn += add.fn;
}

/** Exact: a prediction counts when a gold span has the same start and end. */
export function scoreExact(gold: Interval[], predicted: Interval[]): Score {
  const keys = new Set(gold.map((g) => `${g.start}:${g.end}`));
  const tp = new Set(predicted.filter((p) => keys.has(`${p.start}:${p.end}`)).map((p) => `${p.start}:${p.end}`)).size;
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

/** Overlap: each gold span may be matched by one overlapping prediction, and each prediction by one gold span. */
export function scoreOverlap(gold: Interval[], predicted: Interval[]): Score {
  const used = new Set<number>();
  let tp = 0;
  const sorted = [...predicted].sort((a, b) => a.start - b.start);
  for (const g of gold) {
    const i = sorted.findIndex((p, j) => !used.has(j) && p.start < g.end && g.start < p.end);
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

export function prf({ tp, fp, fn }: Score): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
