/** The pure core's vocabulary. Nothing here touches the DOM or extension APIs. */

export const KINDS = ['person', 'country', 'hedge'] as const;
export type Kind = (typeof KINDS)[number];

export const HEDGE_CATEGORIES = ['anonymous', 'unconfirmed', 'speculation', 'claim', 'vague', 'no-response'] as const;
export type HedgeCategory = (typeof HEDGE_CATEGORIES)[number];

/** A highlight in UTF-16 offsets of the text the detectors saw. */
export interface Span {
  kind: Kind;
  start: number;
  end: number;
  /** Dataset id, when the mention resolves to a dataset record. */
  entity?: string;
  /** Article-local id shared by every mention of the same person or country. */
  ref?: string;
  /** Hedge category, for kind "hedge". */
  hedge?: HedgeCategory;
}

export interface Role {
  title: string;
  country?: string;
  org?: string;
  since?: string;
  from?: string;
  to?: string;
}

export interface PersonRecord {
  id: string;
  kind: 'person';
  name: string;
  aliases: string[];
  roles: Role[];
  formerRoles?: Role[];
  born?: number;
  description: string;
  asOf: string;
}

/** How a country name can be misread; the countries detector applies a context rule per value. */
export type CountryAmbiguity = 'name' | 'us-state' | 'word';

export interface CountryRecord {
  id: string;
  kind: 'country';
  name: string;
  officialName: string;
  /** ISO 3166-1 alpha-3 code. */
  code: string;
  flag: string;
  aliases: string[];
  demonyms: string[];
  capital: string[];
  region: string;
  subregion?: string;
  languages: string[];
  currencies: string[];
  neighbours: string[];
  unMember: boolean;
  sovereign: boolean;
  ambiguous?: CountryAmbiguity;
  /**
   * Curated for Backstory as of `asOf`, absent where Backstory is unsure. Where one person holds
   * both offices (presidential systems, absolute monarchies) both fields hold the same leader.
   */
  headOfState?: CountryLeader;
  headOfGovernment?: CountryLeader;
  /** Why the leaders are missing or unusual: a collective presidency, a junta, a disputed claim. */
  leadersNote?: string;
  description: string;
  asOf: string;
}

/** A head of state or government as the country's record names them. */
export interface CountryLeader {
  /** The office as held, e.g. "Prime Minister", "President of the Transition". */
  title: string;
  name: string;
  /** The person's id in people.json, where the dataset has them. */
  person?: string;
}

export type EntityRecord = PersonRecord | CountryRecord;

export interface Dataset {
  people: PersonRecord[];
  countries: CountryRecord[];
}

/** What detection needs of a person: the names to match. */
export type PersonNames = Pick<PersonRecord, 'id' | 'name' | 'aliases'>;
/** What detection needs of a country: its surface forms and how it can be misread. */
export type CountryNames = Pick<CountryRecord, 'id' | 'name' | 'officialName' | 'aliases' | 'demonyms' | 'ambiguous'>;

/** The compact part of the dataset the content script carries: names only, no card text. */
export interface DetectionData {
  people: PersonNames[];
  countries: CountryNames[];
}
