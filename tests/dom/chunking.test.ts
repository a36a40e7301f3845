// @vitest-environment happy-dom
/**
 * The pass detects an article in chunks (entrypoints/content/annotator.ts), so that no task on a
 * long page runs long: the chunks are whole blocks, and cutting changes nothing detection finds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunkRanges } from '@/entrypoints/content/annotator';
import { buildTextMap } from '@/entrypoints/content/text-map';
import { createDetectState, detect } from '@/lib/detect';
import { compileDataset, type CompiledDetectionData } from '@/lib/entity-index';
import type { Span } from '@/lib/types';

function textMapOf(page: string) {
  const doc = new DOMParser().parseFromString(readFileSync(`tests/fixtures/pages/${page}`, 'utf8'), 'text/html');
  return buildTextMap(doc.querySelector('article') ?? doc.body);
}

const key = (s: Span) => `${s.start}:${s.end}:${s.kind}:${s.entity ?? ''}:${s.ref ?? ''}:${s.hedge ?? ''}`;

describe('detection in chunks', () => {
  const map = textMapOf('long-read.html');

  it('cuts the text map into whole blocks, in order, the first small and each next twice as long up to a ceiling', () => {
    const ranges = chunkRanges(map.segments);
    expect(map.text.length).toBeGreaterThan(100_000);
    expect(ranges[0]!.start).toBe(map.segments[0]!.start);
    expect(ranges.at(-1)!.end).toBe(map.segments.at(-1)!.end);
    const starts = new Set(map.segments.map((s) => s.start));
    const ends = new Set(map.segments.map((s) => s.end));
    ranges.forEach((r, k) => {
      expect(starts.has(r.start) && ends.has(r.end)).toBe(true);
      if (k > 0) expect(r.start).toBeGreaterThan(ranges[k - 1]!.end);
    });
    const lengths = ranges.map((r) => r.end - r.start);
    expect(lengths[0]).toBeLessThanOrEqual(6_000);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(24_000);
    expect(lengths[2]).toBeGreaterThan(lengths[0]!);
    expect(chunkRanges([])).toEqual([]);
  });

  it('finds on the long-read exactly what detection of the whole text finds', () => {
    const index = compileDataset(JSON.parse(readFileSync('assets/dataset/detection-data.json', 'utf8')) as CompiledDetectionData);
    const whole = detect(map.text, index).map(key);
    const state = createDetectState();
    const chunked = chunkRanges(map.segments).flatMap(({ start, end }) =>
      detect(map.text.slice(start, end), index, state).map((s) => key({ ...s, start: s.start + start, end: s.end + start })),
    );
    expect(chunked.length).toBeGreaterThan(1000);
    expect(chunked).toEqual(whole);
  });
});
