import { findDescriptor } from './descriptor';
import type { EntityIndex } from './entity-index';
import { HEDGE_CATEGORIES, type HedgeCategory, type Span } from './types';

/** One person or country the article mentions, as the popup and cards show it. */
export interface CastMember {
  ref: string;
  kind: 'person' | 'country';
  entity?: string;
  name: string;
  mentions: number;
  firstOffset: number;
  descriptor?: string;
}

export interface ArticleSummary {
  people: CastMember[];
  countries: CastMember[];
  hedges: Record<HedgeCategory, number>;
  words: number;
}

/** Groups the spans of one article by person and country, ordered by prominence. */
export function summarise(text: string, spans: Span[], index: EntityIndex): ArticleSummary {
  const cast = new Map<string, CastMember>();
  const hedges = Object.fromEntries(HEDGE_CATEGORIES.map((c) => [c, 0])) as Record<HedgeCategory, number>;
  for (const span of spans) {
    if (span.kind === 'hedge') {
      if (span.hedge) hedges[span.hedge] += 1;
      continue;
    }
    const ref = span.ref ?? span.entity ?? text.slice(span.start, span.end);
    const mention = text.slice(span.start, span.end);
    let member = cast.get(ref);
    if (!member) {
      member = { ref, kind: span.kind, name: displayName(span, mention, index), mentions: 0, firstOffset: span.start };
      if (span.entity) member.entity = span.entity;
      cast.set(ref, member);
    } else if (!span.entity && mention.length > member.name.length) {
      member.name = mention; // the fullest form the article uses for someone Backstory does not know
    }
    member.mentions += 1;
    if (span.kind === 'person' && !member.descriptor) {
      const descriptor = findDescriptor(text, span.start, span.end);
      if (descriptor) member.descriptor = descriptor;
    }
  }
  const byProminence = (a: CastMember, b: CastMember) => b.mentions - a.mentions || a.firstOffset - b.firstOffset;
  const members = [...cast.values()];
  return {
    people: members.filter((m) => m.kind === 'person').sort(byProminence),
    countries: members.filter((m) => m.kind === 'country').sort(byProminence),
    hedges,
    words: countWords(text),
  };
}

function displayName(span: Span, mention: string, index: EntityIndex): string {
  if (span.entity) {
    const record = span.kind === 'person' ? index.people.get(span.entity) : index.countries.get(span.entity);
    if (record) return record.name;
  }
  return mention;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
