import type { ArticleSummary, CastMember } from '@/lib/summary';
import type { CountryRecord, HedgeCategory, Kind, PersonRecord } from '@/lib/types';

/** Everything a card shows, resolved from a highlight, the article summary and the dataset. */
export type CardView =
  | { type: 'person'; name: string; record?: PersonRecord; member?: CastMember; countries: Map<string, CountryRecord> }
  | { type: 'country'; record: CountryRecord; member?: CastMember; leaders: Leader[] }
  | { type: 'hedge'; category: HedgeCategory; phrase: string };

/** Full dataset records by id: all of them in the popup, the few a card needs in the page. */
export interface Records {
  people: Map<string, PersonRecord>;
  countries: Map<string, CountryRecord>;
}

/** A head of state or government, from the people dataset's current roles. */
export interface Leader {
  id: string;
  name: string;
  title: string;
}

/** Titles of heads of state and government, whole: "President of the Senate" is not one. */
const HEAD_TITLE =
  /^(?:(?:Acting )?President|Prime Minister|Chancellor|King|Queen|Emir|Sultan|Supreme Leader|Crown Prince|Emperor|Pope|Chief Executive|Taoiseach|President of the Swiss Confederation|President of the Transition|President of the Transitional Presidential Council|Chairman of the Presidential Council|Chairman of the Transitional Sovereignty Council|Chairman of the State Administration Council)$/;

/** The leaders of a country that the dataset knows, heads of state first as the dataset lists them. */
export function leadersOf(countryId: string, people: Iterable<PersonRecord>): Leader[] {
  const leaders: Leader[] = [];
  for (const person of people) {
    const role = person.roles.find((r) => r.country === countryId && HEAD_TITLE.test(r.title) && !r.org);
    if (role) leaders.push({ id: person.id, name: person.name, title: role.title });
  }
  return leaders;
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
    return record ? { type: 'country', record, member, leaders: leadersOf(record.id, records.people.values()) } : undefined;
  }
  const record = h.entity ? records.people.get(h.entity) : undefined;
  return { type: 'person', name: record?.name ?? member?.name ?? h.text, record, member, countries: records.countries };
}

/** Records keyed by id, from lists of them. */
export function recordsOf(people: PersonRecord[], countries: CountryRecord[]): Records {
  return { people: new Map(people.map((p) => [p.id, p])), countries: new Map(countries.map((c) => [c.id, c])) };
}
