import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCountries, type CountryOverlay, type WorldCountry } from '@/lib/dataset/build-countries';
import { compileDataset, compileDetectionData, countryNames, toDetectionData } from '@/lib/entity-index';
import type { CountryLeader, CountryRecord, PersonRecord, Role } from '@/lib/types';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const people = read<PersonRecord[]>('assets/dataset/people.json');
const countries = read<CountryRecord[]>('assets/dataset/countries.json');
const countryIds = new Set(countries.map((c) => c.id));

/**
 * Words a reader writes in lower case every day that are also names in the news. An alias that is
 * one of these, capitalised, would highlight the start of ordinary sentences, so it needs a
 * context rule (`ambiguous` on a country) or must not be an alias at all.
 */
const COMMON_WORDS = new Set(
  `bush rice may cook king love young little hope faith chase grant price wood stone bird fox church hill brown green white
  black rose mark bill will page long short said major general man turkey chad jordan georgia jersey bank gates
  rich hunt lamb miller baker smith carpenter mason fisher hunter cash gold silver sterling
  about after again all also and any are back been before being best better big both but call can
  come could day did does down even every first for from get give good great had has have her here his how just know last
  left like look make many more most much must new now old only other our out over own part people right same see she
  should show some still such take than that the their them then there these they thing this those time two under
  very want was way well were what when where which while who why with work would year you`.split(/\s+/),
);

describe('people dataset', () => {
  it('has unique, sorted ids', () => {
    const ids = people.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it('has the required fields on every record, within length', () => {
    for (const p of people) {
      expect(p.kind, p.id).toBe('person');
      expect(p.name.length, p.id).toBeGreaterThan(2);
      expect(Array.isArray(p.aliases), p.id).toBe(true);
      expect(Array.isArray(p.roles), p.id).toBe(true);
      expect(p.description.length, p.id).toBeGreaterThanOrEqual(40);
      expect(p.description.length, p.id).toBeLessThanOrEqual(300);
      expect(p.asOf, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (p.born !== undefined) expect(p.born, p.id).toBeGreaterThan(1900);
    }
  });

  it('refers only to countries that exist, with valid dates', () => {
    const roles: Array<[string, Role]> = people.flatMap((p) =>
      [...p.roles, ...(p.formerRoles ?? [])].map((r): [string, Role] => [p.id, r]),
    );
    for (const [id, role] of roles) {
      if (role.country) expect(countryIds.has(role.country), `${id}: ${role.country}`).toBe(true);
      for (const date of [role.since, role.from, role.to]) if (date) expect(date, id).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
    }
  });

  it('gives no two people the same name or alias, and no alias that is a common word', () => {
    const seen = new Map<string, string>();
    for (const p of people) {
      for (const alias of [p.name, ...p.aliases]) {
        expect(seen.get(alias), `${alias} is used by ${seen.get(alias)} and ${p.id}`).toBeUndefined();
        seen.set(alias, p.id);
        expect(COMMON_WORDS.has(alias.toLowerCase()), `${p.id}: "${alias}" is a common word`).toBe(false);
      }
    }
  });
});

describe('countries dataset', () => {
  it('covers every country and territory in world-countries, sorted, with unique ids', () => {
    const ids = countries.map((c) => c.id);
    expect(ids.length).toBe(250);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it('bundles detection data that matches the dataset (run `npm run data` after editing it)', () => {
    expect(read('assets/dataset/detection-data.json')).toEqual(compileDetectionData(toDetectionData({ people, countries })));
  });

  it('detects the same from the prebuilt index as from the records', async () => {
    const { detect } = await import('@/lib/detect');
    const text = readFileSync('tests/fixtures/gold/01-diplomacy.txt', 'utf8');
    const fromRecords = compileDataset(toDetectionData({ people, countries }));
    const prebuilt = compileDataset(compileDetectionData(toDetectionData({ people, countries })));
    expect(detect(text, prebuilt)).toEqual(detect(text, fromRecords));
  });

  it('is up to date with its sources (run `npm run data` after editing the overlay)', () => {
    const world = read<WorldCountry[]>('node_modules/world-countries/countries.json');
    const overlay = read<Record<string, CountryOverlay>>('assets/dataset/country-overlay.json');
    expect(buildCountries(world, overlay)).toEqual(countries);
    expect(Object.keys(overlay).sort()).toEqual([...countryIds]);
  });

  it('has a description, facts and asOf for every country', () => {
    for (const c of countries) {
      expect(c.description.length, c.id).toBeGreaterThanOrEqual(60);
      expect(c.description.length, c.id).toBeLessThanOrEqual(300);
      expect(c.asOf, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.code, c.id).toMatch(/^[A-Z]{3}$/);
      for (const n of c.neighbours) expect(countryIds.has(n), `${c.id} neighbour ${n}`).toBe(true);
    }
  });

  it('gives each surface form to one country only', () => {
    const owner = new Map<string, string>();
    for (const c of countries) {
      for (const form of new Set(countryNames(c))) {
        expect(owner.get(form), `${form}: ${owner.get(form)} and ${c.id}`).toBeUndefined();
        owner.set(form, c.id);
      }
    }
  });

  it('flags every country name that is also a common word, so a context rule applies', () => {
    for (const c of countries) {
      for (const form of [c.name, ...c.aliases]) {
        if (COMMON_WORDS.has(form.toLowerCase())) expect(c.ambiguous, `${c.id}: "${form}"`).toBeDefined();
      }
    }
  });

  it('has the press aliases a news reader expects', () => {
    const byId = new Map(countries.map((c) => [c.id, c]));
    expect(byId.get('united-states')?.aliases).toEqual(expect.arrayContaining(['US', 'U.S.', 'America']));
    expect(byId.get('united-kingdom')?.aliases).toEqual(expect.arrayContaining(['UK', 'Britain']));
    expect(byId.get('united-arab-emirates')?.aliases).toEqual(expect.arrayContaining(['UAE']));
    expect(byId.get('saudi-arabia')?.demonyms).toEqual(expect.arrayContaining(['Saudi']));
    expect(byId.get('united-states')?.demonyms).toEqual(expect.arrayContaining(['American', 'Americans']));
  });
});

describe('country leaders', () => {
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const leaders = countries.flatMap((c) =>
    [c.headOfState, c.headOfGovernment].filter((l): l is CountryLeader => !!l).map((l): [CountryRecord, CountryLeader] => [c, l]),
  );
  /** King Charles III heads the Commonwealth realms and Crown dependencies; his record's role is King of the United Kingdom. */
  const CROWN = 'charles-iii';
  /** A state role whose holder must be one of the country's curated leaders. */
  const HEAD_TITLES = new Set([
    'President',
    'Acting President',
    'Prime Minister',
    'Acting Prime Minister',
    'Interim Prime Minister',
    'Premier',
    'Chancellor',
    'Taoiseach',
    'Chief Executive',
    'King',
    'Queen',
    'Emir',
    'Sultan',
    'Emperor',
    'Supreme Leader',
    'President of the Swiss Confederation',
    'President of the Transition',
    'President of the Transitional Presidential Council',
    'Chairman of the Presidential Council',
    'Chairman of the Presidential Leadership Council',
    'Chairman of the Transitional Sovereignty Council',
    'Chief Adviser of the Interim Government',
  ]);
  /** Holders of such a title who head neither state nor government, and why. */
  const NOT_HEADS: Record<string, string> = {
    'harini-amarasuriya': "Sri Lanka's constitution makes the president head of the government",
    'kassim-majaliwa': "Tanzania's constitution makes the president head of the government",
  };
  const plain = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

  it('names and titles every leader, with notes of readable length', () => {
    expect(leaders.length).toBeGreaterThan(350);
    for (const [c, l] of leaders) {
      expect(l.name.trim().length, c.id).toBeGreaterThan(2);
      expect(l.title.trim().length, c.id).toBeGreaterThan(2);
    }
    for (const c of countries) if (c.leadersNote) expect(c.leadersNote.length, c.id).toBeLessThanOrEqual(200);
  });

  it('links each leader to a person who holds that office in that country, since before asOf', () => {
    for (const [c, l] of leaders) {
      if (!l.person) continue;
      const person = peopleById.get(l.person);
      expect(person, `${c.id}: ${l.person}`).toBeDefined();
      expect(plain([person!.name, ...person!.aliases].join('|')), `${c.id}: ${l.person}`).toContain(plain(l.name));
      const role =
        l.person === CROWN
          ? person!.roles.find((r) => r.country === 'united-kingdom' && r.title === 'King')
          : person!.roles.find((r) => r.country === c.id && r.title.split(' and ').includes(l.title));
      expect(role, `${c.id}: ${l.person} as ${l.title}`).toBeDefined();
      if (role?.since) expect(role.since <= c.asOf, `${c.id}: ${l.person} since ${role.since}`).toBe(true);
    }
  });

  it('links every leader the people dataset knows', () => {
    for (const [c, l] of leaders) {
      const known = people.find(
        (p) => [p.name, ...p.aliases].some((n) => plain(n) === plain(l.name)) && p.roles.some((r) => r.country === c.id),
      );
      if (known) expect(l.person, `${c.id}: ${l.name} is ${known.id}`).toBe(known.id);
    }
  });

  it('agrees with the people dataset on who heads each country', () => {
    const byCountry = new Map(countries.map((c) => [c.id, c]));
    for (const p of people) {
      for (const role of p.roles) {
        if (!role.country || role.org || !HEAD_TITLES.has(role.title) || NOT_HEADS[p.id]) continue;
        const c = byCountry.get(role.country)!;
        const linked = [c.headOfState?.person, c.headOfGovernment?.person];
        expect(linked, `${p.id} is ${role.title} of ${c.id} in people.json`).toContain(p.id);
      }
    }
    for (const id of Object.keys(NOT_HEADS)) expect(peopleById.has(id), id).toBe(true);
  });

  /**
   * Offices left out because who held them on asOf could not be confirmed (a change around that
   * time). Listed so each gap is deliberate; filling one means removing it here.
   */
  const UNCONFIRMED = ['equatorial-guinea headOfGovernment', 'fiji headOfState', 'sao-tome-and-principe headOfGovernment'];

  it('names both leaders of every UN member and observer, or says why not', () => {
    const missing: string[] = [];
    for (const c of countries) {
      if (!c.unMember && c.id !== 'palestine') continue;
      for (const field of ['headOfState', 'headOfGovernment'] as const) if (!c[field] && !c.leadersNote) missing.push(`${c.id} ${field}`);
    }
    expect(missing).toEqual(UNCONFIRMED);
  });

  it('knows the leaders that changed shortly before asOf', () => {
    const byId = new Map(countries.map((c) => [c.id, c]));
    expect(byId.get('south-korea')?.headOfState).toMatchObject({ name: 'Lee Ju-ho', title: 'Acting President' });
    expect(byId.get('germany')?.headOfGovernment).toMatchObject({ person: 'friedrich-merz', title: 'Chancellor' });
    expect(byId.get('romania')?.headOfState).toMatchObject({ person: 'nicusor-dan' });
    expect(byId.get('canada')?.headOfState).toMatchObject({ person: CROWN });
    expect(byId.get('united-states')?.headOfGovernment).toEqual(byId.get('united-states')?.headOfState);
  });
});
