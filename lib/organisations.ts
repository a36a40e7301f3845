/**
 * Organisations: the bodies news about people and countries keeps naming (UN agencies, NATO,
 * central banks, armed groups, government metonyms such as "the Kremlin"). Cards show them and
 * the article summary counts them; they are not highlighted in the page.
 */

export const ORGANISATION_TYPES = [
  'alliance',
  'armed-group',
  'central-bank',
  'company',
  'court',
  'eu-institution',
  'government',
  'intelligence',
  'intergovernmental',
  'media',
  'military',
  'political-party',
  'religious',
  'research',
  'sports-body',
  'state-fund',
  'un-agency',
  'un-body',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** What a card calls each type, in a reader's words. */
export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  alliance: 'Alliance',
  'armed-group': 'Armed group',
  'central-bank': 'Central bank',
  company: 'Company',
  court: 'International court',
  'eu-institution': 'EU institution',
  government: 'Government body',
  intelligence: 'Intelligence or security service',
  intergovernmental: 'Intergovernmental organisation',
  media: 'News organisation',
  military: 'Armed forces',
  'political-party': 'Political party or movement',
  religious: 'Religious body',
  research: 'Research institute or think tank',
  'sports-body': 'Sports body',
  'state-fund': 'State investment fund',
  'un-agency': 'UN agency',
  'un-body': 'UN body',
};

/** Who leads an organisation: a person in people.json by id, or (for someone the dataset lacks) a name. */
export interface OrganisationLeader {
  title: string;
  person?: string;
  name?: string;
}

export interface OrganisationRecord {
  id: string;
  kind: 'organisation';
  name: string;
  /** Other names that always mean this organisation, matched case-sensitively ("NATO", "Nato"). */
  aliases: string[];
  /**
   * Short forms that also mean something else ("WHO", "AU", "Fed", "Treasury"): taken only in
   * their exact capitalisation and with context (see lib/detectors/organisations.ts).
   */
  ambiguousAliases?: string[];
  type: OrganisationType;
  /** Country id of the headquarters (or home), where it has one. */
  country?: string;
  headquarters?: string;
  founded?: number;
  leader?: OrganisationLeader;
  description: string;
  asOf: string;
}

/** What detection needs of an organisation: the names to match. */
export type OrganisationNames = Pick<OrganisationRecord, 'id' | 'name' | 'aliases' | 'ambiguousAliases'>;

/** The names of the organisations as the content script bundles them: `[id, name, aliases, ambiguousAliases?]`. */
export type CompactOrganisationNames = Array<[id: string, name: string, aliases: string[], ambiguous?: string[]]>;

export function toCompactNames(organisations: OrganisationNames[]): CompactOrganisationNames {
  return organisations.map(({ id, name, aliases, ambiguousAliases }) =>
    ambiguousAliases?.length ? [id, name, aliases, ambiguousAliases] : [id, name, aliases],
  );
}

export function fromCompactNames(compact: CompactOrganisationNames): OrganisationNames[] {
  return compact.map(([id, name, aliases, ambiguousAliases]) =>
    ambiguousAliases ? { id, name, aliases, ambiguousAliases } : { id, name, aliases },
  );
}

/**
 * Finds the organisation a person's role names (`{"org": "NATO"}`): by name or any alias, then
 * ignoring case and a leading "the". Returns undefined for an organisation the dataset lacks.
 */
export function organisationResolver(organisations: Iterable<OrganisationNames>): (name: string) => string | undefined {
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  for (const org of organisations) {
    for (const name of [org.name, ...org.aliases, ...(org.ambiguousAliases ?? [])]) {
      if (!exact.has(name)) exact.set(name, org.id);
      const key = looseKey(name);
      if (!loose.has(key)) loose.set(key, org.id);
    }
  }
  return (name) => exact.get(name) ?? loose.get(looseKey(name));
}

function looseKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
