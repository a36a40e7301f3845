import { describe, expect, it } from 'vitest';
import { firstFrame } from '@/entrypoints/popup/first-frame';
import type { ArticleSummary, CastMember } from '@/lib/summary';
import type { PageReport } from '@/utils/messaging';

const member = (kind: 'person' | 'country', i: number): CastMember =>
  ({ ref: `${kind}-${i}`, kind, name: `${kind} ${i}`, mentions: 1, firstOffset: i }) as unknown as CastMember;

function report(people: number, countries: number, organisations = 0): PageReport {
  const summary = {
    people: Array.from({ length: people }, (_, i) => member('person', i)),
    countries: Array.from({ length: countries }, (_, i) => member('country', i)),
    organisations: Array.from({ length: organisations }, (_, i) => ({
      kind: 'organisation',
      id: `org-${i}`,
      name: `Org ${i}`,
      mentions: 1,
      firstOffset: i,
    })),
    hedges: { anonymous: 2, unconfirmed: 0, speculation: 0, claim: 0, vague: 0, 'no-response': 0 },
    hedgeSentences: [],
    namedAttributions: 1,
    words: 900,
  } as unknown as ArticleSummary;
  return { status: 'article', title: 'T', host: 'news.example', summary };
}

describe('the popup’s first frame', () => {
  it('keeps the first cards of the cast, people first, and everything else', () => {
    const full = report(4, 5, 2);
    const first = firstFrame(full, 6);
    expect(first.summary!.people.map((m) => m.ref)).toEqual(['person-0', 'person-1', 'person-2', 'person-3']);
    expect(first.summary!.countries.map((m) => m.ref)).toEqual(['country-0', 'country-1']);
    expect(first.summary!.organisations).toEqual([]);
    expect(first.summary!.hedges).toBe(full.summary!.hedges);
    expect(first.title).toBe('T');
    expect(full.summary!.countries).toHaveLength(5);
  });

  it('leaves a short cast, and a report without a summary, as they are', () => {
    const short = report(2, 2, 1);
    expect(firstFrame(short, 6)).toBe(short);
    const notArticle: PageReport = { status: 'not-article', title: 'T', host: 'news.example' };
    expect(firstFrame(notArticle)).toBe(notArticle);
  });
});
