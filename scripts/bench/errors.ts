import type { Interval } from './metrics';

/**
 * `--errors`: the false positives and false negatives of one kind, each with a little of the text
 * around it, so a class of mistakes can be seen (and told apart from an annotation convention).
 */
export function listErrors(
  label: string,
  text: string,
  gold: Interval[],
  predicted: Interval[],
  /** Every annotated entity of the text, to show what a false positive overlaps ("ORG:U.S. Treasury"). */
  annotated: Array<Interval & { type: string }> = [],
): string[] {
  const key = (s: Interval) => `${s.start}:${s.end}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  const show = (tag: string, s: Interval) => {
    const before = text.slice(Math.max(0, s.start - 40), s.start).replace(/\s+/g, ' ');
    const after = text.slice(s.end, s.end + 40).replace(/\s+/g, ' ');
    const under = annotated.filter((a) => a.start < s.end && s.start < a.end).map((a) => `${a.type}:${text.slice(a.start, a.end)}`);
    return `${label}\t${tag}\t${under.join(' ') || '-'}\t${text.slice(s.start, s.end)}\t…${before}[${text.slice(s.start, s.end)}]${after}…`;
  };
  return [
    ...predicted.filter((s) => !goldKeys.has(key(s))).map((s) => show('FP', s)),
    ...gold.filter((s) => !predictedKeys.has(key(s))).map((s) => show('FN', s)),
  ];
}
