import { organisationResolver, type OrganisationRecord, type OrganisationType } from '@/lib/organisations';
import type { ArticleSummary, CastMember, OrganisationMember } from '@/lib/summary';
import type { CountryLeader, CountryRecord, HedgeCategory, Kind, PersonRecord } from '@/lib/types';

/** Everything a card shows, resolved from a highlight, the article summary and the dataset. */
export type CardView =
  | {
      type: 'person';
      name: string;
      record?: PersonRecord;
      member?: CastMember;
      countries: Map<string, CountryRecord>;
      /** The dataset organisation a role's `org` names, where there is one. */
      orgIdOf: (org: string) => string | undefined;
    }
  | {
      type: 'country';
      record: CountryRecord;
      member?: CastMember;
      leaders: Leader[];
      /** The organisations based there that the card lists, and how many more the dataset has. */
      organisations: OrganisationRecord[];
      moreOrganisations: number;
    }
  | {
      type: 'organisation';
      record: OrganisationRecord;
      member?: OrganisationMember;
      country?: CountryRecord;
      leader?: OrganisationLeaderView;
    }
  | { type: 'hedge'; category: HedgeCategory; phrase: string };

/** A link from one card to another (a person's organisation, an organisation's leader). */
export interface CardLink {
  kind: 'person' | 'organisation';
  id: string;
}

/** Full dataset records by id: all of them in the popup, the few a card needs in the page. */
export interface Records {
  people: Map<string, PersonRecord>;
  countries: Map<string, CountryRecord>;
  organisations: Map<string, OrganisationRecord>;
}

/** A country card lists this many of the organisations based there, at most. */
export const MAX_COUNTRY_ORGANISATIONS = 8;

/** A head of state or government as the country card shows them, linked where the dataset has the person. */
export interface Leader {
  office: 'Head of state' | 'Head of government' | 'Head of state and government';
  /** The office as held: "Prime Minister", "Supreme Leader". */
  title: string;
  name: string;
  id?: string;
}

/**
 * A country's curated head of state and head of government (lib/dataset/build-countries.ts), one
 * line when one person holds both offices. The name comes from the person's record when it is at
 * hand, so a card and its link never disagree.
 */
export function leadersOf(country: CountryRecord, people: Map<string, PersonRecord>): Leader[] {
  const { headOfState: state, headOfGovernment: government } = country;
  const view = (office: Leader['office'], leader: CountryLeader): Leader => {
    const person = leader.person ? people.get(leader.person) : undefined;
    return { office, title: leader.title, name: person?.name ?? leader.name, id: person?.id };
  };
  if (state && government && sameLeader(state, government)) return [view('Head of state and government', state)];
  const leaders: Leader[] = [];
  if (state) leaders.push(view('Head of state', state));
  if (government) leaders.push(view('Head of government', government));
  return leaders;
}

function sameLeader(a: CountryLeader, b: CountryLeader): boolean {
  return a.person ? a.person === b.person : a.name === b.name;
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
    if (!record) return undefined;
    const leaders = leadersOf(record, records.people);
    const based = organisationsIn(record.id, records.organisations.values());
    const organisations = based.slice(0, MAX_COUNTRY_ORGANISATIONS);
    return { type: 'country', record, member, leaders, organisations, moreOrganisations: based.length - organisations.length };
  }
  const record = h.entity ? records.people.get(h.entity) : undefined;
  const orgIdOf = organisationResolver(records.organisations.values());
  return { type: 'person', name: record?.name ?? member?.name ?? h.text, record, member, countries: records.countries, orgIdOf };
}

/** The card an organisation link opens, or undefined when its record is not at hand. */
export function organisationViewFor(id: string, summary: ArticleSummary | undefined, records: Records): CardView | undefined {
  const record = records.organisations.get(id);
  if (!record) return undefined;
  const member = summary?.organisations.find((m) => m.id === id);
  const country = record.country ? records.countries.get(record.country) : undefined;
  return { type: 'organisation', record, member, country, leader: leaderOf(record, records.people) };
}

/** The card a link opens: a person's from the dataset, or an organisation's. */
export function linkedViewFor(link: CardLink, summary: ArticleSummary | undefined, records: Records): CardView | undefined {
  if (link.kind === 'organisation') return organisationViewFor(link.id, summary, records);
  const record = records.people.get(link.id);
  return record ? cardViewFor({ kind: 'person', text: record.name, entity: record.id, ref: record.id }, summary, records) : undefined;
}

/** An organisation's leader as its card shows them: with the id of their card where the dataset has one. */
export interface OrganisationLeaderView {
  title: string;
  name: string;
  id?: string;
}

/** Who leads an organisation, linked when their record is at hand. */
export function leaderOf(org: OrganisationRecord, people: Map<string, PersonRecord>): OrganisationLeaderView | undefined {
  const leader = org.leader;
  if (!leader) return undefined;
  const person = leader.person ? people.get(leader.person) : undefined;
  if (person) return { title: leader.title, name: person.name, id: person.id };
  return leader.name ? { title: leader.title, name: leader.name } : undefined;
}

/**
 * The kinds of organisation a reader placing a country in a story needs first: its government,
 * central bank and forces before its companies.
 */
const TYPE_ORDER: OrganisationType[] = [
  'government',
  'central-bank',
  'military',
  'intelligence',
  'intergovernmental',
  'alliance',
  'un-body',
  'un-agency',
  'court',
  'eu-institution',
  'political-party',
  'armed-group',
  'religious',
  'state-fund',
  'media',
  'research',
  'sports-body',
  'company',
];
const typeRank = (o: OrganisationRecord) => {
  const rank = TYPE_ORDER.indexOf(o.type);
  return rank < 0 ? TYPE_ORDER.length : rank;
};

/** The organisations based in a country, the most telling kinds first, then by name. */
export function organisationsIn(countryId: string, organisations: Iterable<OrganisationRecord>): OrganisationRecord[] {
  return [...organisations]
    .filter((o) => o.country === countryId)
    .sort((a, b) => typeRank(a) - typeRank(b) || a.name.localeCompare(b.name));
}

/** Records keyed by id, from lists of them. */
export function recordsOf(people: PersonRecord[], countries: CountryRecord[], organisations: OrganisationRecord[] = []): Records {
  return {
    people: new Map(people.map((p) => [p.id, p])),
    countries: new Map(countries.map((c) => [c.id, c])),
    organisations: new Map(organisations.map((o) => [o.id, o])),
  };
}
