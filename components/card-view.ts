import type { EntityIndex } from '@/lib/entity-index';
import type { ArticleSummary, CastMember } from '@/lib/summary';
import type { CountryRecord, HedgeCategory, Kind, PersonRecord } from '@/lib/types';

/** Everything a card shows, resolved from a highlight, the article summary and the dataset. */
export type CardView =
  | { type: 'person'; name: string; record?: PersonRecord; member?: CastMember; countries: Map<string, CountryRecord> }
  | { type: 'country'; record: CountryRecord; member?: CastMember }
  | { type: 'hedge'; category: HedgeCategory; phrase: string };

export interface Highlight {
  kind: Kind;
  text: string;
  entity?: string;
  ref?: string;
  hedge?: HedgeCategory;
}

export function cardViewFor(h: Highlight, summary: ArticleSummary | undefined, index: EntityIndex): CardView | undefined {
  if (h.kind === 'hedge') return h.hedge ? { type: 'hedge', category: h.hedge, phrase: h.text } : undefined;
  const members = h.kind === 'person' ? summary?.people : summary?.countries;
  const member = members?.find((m) => m.ref === (h.ref ?? h.entity));
  if (h.kind === 'country') {
    const record = h.entity ? index.countries.get(h.entity) : undefined;
    return record ? { type: 'country', record, member } : undefined;
  }
  const record = h.entity ? index.people.get(h.entity) : undefined;
  return { type: 'person', name: record?.name ?? member?.name ?? h.text, record, member, countries: index.countries };
}
