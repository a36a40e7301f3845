import { findDescriptor } from './descriptor';
import type { OrganisationMention } from './detectors/organisations';
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

/** One organisation the article names. Not highlighted in the page, so it has no ref to step through. */
export interface OrganisationMember {
  kind: 'organisation';
  id: string;
  name: string;
  mentions: number;
  firstOffset: number;
}

/** The organisations an article names (lib/detectors/organisations.ts) and their display names by id. */
export interface OrganisationsFound {
  mentions: OrganisationMention[];
  names: Map<string, string>;
}

/** A hedged phrase in its sentence, for the popup's sourcing section. */
export interface HedgeInContext {
  category: HedgeCategory;
  phrase: string;
  sentence: string;
  /** Position among the article's hedges, in document order (the popup scrolls to the n-th). */
  order: number;
}

export interface ArticleSummary {
  people: CastMember[];
  countries: CastMember[];
  organisations: OrganisationMember[];
  hedges: Record<HedgeCategory, number>;
  hedgeSentences: HedgeInContext[];
  /** Attributions to a named person: "Araghchi said", "according to Mr Witkoff". */
  namedAttributions: number;
  words: number;
}

/** Groups the spans of one article by person and country (and organisations by id), ordered by prominence. */
export function summarise(text: string, spans: Span[], index: EntityIndex, organisations?: OrganisationsFound): ArticleSummary {
  const cast = new Map<string, CastMember>();
  const hedges = Object.fromEntries(HEDGE_CATEGORIES.map((c) => [c, 0])) as Record<HedgeCategory, number>;
  const hedgeSentences: HedgeInContext[] = [];
  let namedAttributions = 0;
  for (const span of spans) {
    if (span.kind === 'hedge') {
      if (span.hedge) {
        hedges[span.hedge] += 1;
        const phrase = text.slice(span.start, span.end);
        hedgeSentences.push({
          category: span.hedge,
          phrase,
          sentence: sentenceAround(text, span.start, span.end),
          order: hedgeSentences.length,
        });
      }
      continue;
    }
    if (span.kind === 'person' && isAttribution(text, span.start, span.end)) namedAttributions++;
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
  const members = [...cast.values()];
  return {
    people: members.filter((m) => m.kind === 'person').sort(byProminence),
    countries: members.filter((m) => m.kind === 'country').sort(byProminence),
    organisations: organisations ? organisationMembers(organisations) : [],
    hedges,
    hedgeSentences,
    namedAttributions,
    words: countWords(text),
  };
}

const byProminence = (a: { mentions: number; firstOffset: number }, b: { mentions: number; firstOffset: number }) =>
  b.mentions - a.mentions || a.firstOffset - b.firstOffset;

function organisationMembers({ mentions, names }: OrganisationsFound): OrganisationMember[] {
  const byId = new Map<string, OrganisationMember>();
  for (const { id, start } of mentions) {
    const member = byId.get(id);
    if (member) {
      member.mentions += 1;
      member.firstOffset = Math.min(member.firstOffset, start);
    } else byId.set(id, { kind: 'organisation', id, name: names.get(id) ?? id, mentions: 1, firstOffset: start });
  }
  return [...byId.values()].sort(byProminence);
}

const SAID_AFTER = /^(?:['’]s)?,?\s+(?:said|says|told|added|wrote|argued|insisted|warned|explained)\b/;
const SAID_BEFORE = /\b(?:said|says|told|according to|wrote)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$/;

/** A person named as the source of a statement: "Araghchi said", "said Dina Farouk", "according to Mr Witkoff". */
function isAttribution(text: string, start: number, end: number): boolean {
  return SAID_AFTER.test(text.slice(end, end + 16)) || SAID_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

const MAX_SENTENCE = 280;

/** The sentence around a span: from the previous sentence end (or block start) to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  const lo = Math.max(0, start - MAX_SENTENCE);
  const before = text.slice(lo, start);
  const boundary = Math.max(before.lastIndexOf('\n'), ...['. ', '! ', '? '].map((p) => before.lastIndexOf(p) + 1));
  const from = boundary >= 0 ? lo + boundary + 1 : lo;
  const next = /[.!?](?=\s|$)|\n/.exec(text.slice(end, end + MAX_SENTENCE));
  const to = next ? end + next.index + (next[0] === '\n' ? 0 : 1) : Math.min(text.length, end + MAX_SENTENCE);
  const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return sentence.length > MAX_SENTENCE ? `${sentence.slice(0, MAX_SENTENCE - 1)}…` : sentence;
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
