import { recordsOf } from '@/components/card-view';
import { compileDataset } from '@/lib/entity-index';
import type { CountryRecord, Dataset, PersonRecord } from '@/lib/types';

/** Small inline records, so detector tests say exactly what they depend on. */
export function person(id: string, name: string, aliases: string[] = []): PersonRecord {
  return { id, kind: 'person', name, aliases, roles: [], description: `${name}, for tests.`, asOf: '2025-06-01' };
}

export function country(id: string, name: string, extra: Partial<CountryRecord> = {}): CountryRecord {
  return {
    id,
    kind: 'country',
    name,
    officialName: name,
    code: id.slice(0, 3).toUpperCase(),
    flag: '',
    aliases: [],
    demonyms: [],
    capital: [],
    region: 'Test',
    languages: [],
    currencies: [],
    neighbours: [],
    unMember: true,
    sovereign: true,
    description: `${name}, for tests.`,
    asOf: '2025-06-01',
    ...extra,
  };
}

export const TINY: Dataset = {
  people: [person('abbas-araghchi', 'Abbas Araghchi', ['Araghchi', 'Araqchi']), person('donald-trump', 'Donald Trump', ['Trump'])],
  countries: [
    country('iran', 'Iran', { demonyms: ['Iranian', 'Iranians'], officialName: 'Islamic Republic of Iran' }),
    country('united-states', 'United States', { aliases: ['US', 'U.S.', 'America'], demonyms: ['American', 'Americans'] }),
    country('mexico', 'Mexico', { demonyms: ['Mexican'] }),
    country('jordan', 'Jordan', { ambiguous: 'name', demonyms: ['Jordanian'] }),
    country('chad', 'Chad', { ambiguous: 'name' }),
    country('georgia', 'Georgia', { ambiguous: 'us-state', demonyms: ['Georgian'] }),
    country('turkiye', 'Türkiye', { aliases: ['Turkey'], ambiguous: 'word', demonyms: ['Turkish'] }),
    country('guinea', 'Guinea'),
    country('guinea-bissau', 'Guinea-Bissau'),
    country('papua-new-guinea', 'Papua New Guinea'),
    country('niger', 'Niger'),
    country('nigeria', 'Nigeria'),
    country('oman', 'Oman'),
  ],
};

export const TINY_INDEX = compileDataset(TINY);

export const TINY_RECORDS = recordsOf(TINY.people, TINY.countries);
