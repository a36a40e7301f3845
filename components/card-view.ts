import type { ArticleSummary, CastMember } from '@/lib/summary';
import type { CountryRecord, HedgeCategory, Kind, PersonRecord } from '@/lib/types';

/** Everything a card shows, resolved from a highlight, the article summary and the dataset. */
export type CardView =
  | { type: 'person'; name: string; record?: PersonRecord; member?: CastMember; countries: Map<string, CountryRecord> }
  | { type: 'country'; record: CountryRecord; member?: CastMember }
  | { type: 'hedge'; category: HedgeCategory; phrase: string };

/** Full dataset records by id: all of them in the popup, the few a card needs in the page. */
export interface Records {
  people: Map<string, PersonRecord>;
  countries: Map<string, CountryRecord>;
}

export interface Highlight {
  kind: Kind;
  text: string;
  entity?: string;
  ref?: string;
  hedge?: HedgeCategory;
}

export function cardViewFor(h: Highlight, summary: ArticleSummary | undefined, records: Records): CardView | undefined {
  if (h.kind === 'hedge') return h.hedge ? { type: 'hedge', category: h.hedge, phrase: h.text } : undefined;
  const members = h.kind === 'person' ? summary?.people : summary?.countries;
  const member = members?.find((m) => m.ref === (h.ref ?? h.entity));
  if (h.kind === 'country') {
    const record = h.entity ? records.countries.get(h.entity) : undefined;
    return record ? { type: 'country', record, member } : undefined;
  }
  const record = h.entity ? records.people.get(h.entity) : undefined;
  return { type: 'person', name: record?.name ?? member?.name ?? h.text, record, member, countries: records.countries };
}

/** Records keyed by id, from lists of them. */
export function recordsOf(people: PersonRecord[], countries: CountryRecord[]): Records {
  return { people: new Map(people.map((p) => [p.id, p])), countries: new Map(countries.map((c) => [c.id, c])) };
}
