import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect';
import { BACKWARD_HEDGES, HEDGE_PATTERNS } from '@/lib/lexicon/hedges';
import { HEDGE_CATEGORIES } from '@/lib/types';
import { TINY_INDEX } from './tiny-dataset';

/**
 * Every hedge pattern is fed inputs built to make a backtracking regex explode: long runs of the
 * pattern's own optional words and separators. The test's timeout is the bound; a catastrophic
 * pattern would take minutes here.
 */
describe('hedge patterns are safe from catastrophic backtracking', () => {
  const sources = [...HEDGE_CATEGORIES.flatMap((c) => HEDGE_PATTERNS[c]), ...BACKWARD_HEDGES.flatMap((b) => [b.before, b.core])];
  const words = new Set(sources.join(' ').match(/[a-z]+/g) ?? []);
  const adversarial = [
    [...words].join(' ').repeat(200),
    'officials '.repeat(20_000),
    'two senior u.n. officials said '.repeat(20_000),
    'did not '.repeat(20_000),
    'a senior '.repeat(20_000),
    `${' '.repeat(50_000)}x`,
    'could '.repeat(20_000),
    'on condition of '.repeat(10_000),
  ];
  for (const [i, text] of adversarial.entries()) {
    it(`finishes on adversarial input ${i + 1} (${text.length} characters)`, { timeout: 5_000 }, () => {
      expect(() => detect(text, TINY_INDEX)).not.toThrow();
    });
  }
});

/**
 * Whole-detector guards against work that grows with the square of the text: a 5 MB article with
 * no line break at all (nothing to stop a backwards search) and one dense with names and hedges.
 */
describe('the detector stays linear on 5 MB texts', () => {
  const sentence =
    'By then Mr Araghchi said officials from Iran and the U.S. could meet, according to Jordan Smith, who declined to comment. ';
  it('with no line breaks', { timeout: 20_000 }, () => {
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const spans = detect(text, TINY_INDEX);
    expect(spans.length).toBeGreaterThan(100_000);
  });
  it('with a line break in every sentence', { timeout: 20_000 }, () => {
    const text = `${sentence}\n`.repeat(Math.ceil(5_000_000 / sentence.length));
    expect(detect(text, TINY_INDEX).length).toBeGreaterThan(100_000);
  });
});
