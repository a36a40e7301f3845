import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileOrganisations, createOrganisationState, detectOrganisations } from '@/lib/detectors/organisations';
import { compileDataset } from '@/lib/entity-index';
import { fromCompactNames, ORGANISATION_TYPES, organisationResolver, toCompactNames, type OrganisationRecord } from '@/lib/organisations';
import { summarise } from '@/lib/summary';
import type { CountryRecord, PersonRecord } from '@/lib/types';
import { recordsFor, type BundledDataset } from '@/utils/dataset';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const organisations = read<OrganisationRecord[]>('assets/dataset/organisations.json');
const people = read<PersonRecord[]>('assets/dataset/people.json');
const countries = read<CountryRecord[]>('assets/dataset/countries.json');
const personIds = new Set(people.map((p) => p.id));
const personNames = new Set(people.flatMap((p) => [p.name, ...p.aliases]));

/**
 * Everyday words, and the words organisation names are made of. An alias that is one of these
 * ("Treasury", "Commonwealth", "Fed", "WHO" read as "who") also means something else, so it must
 * be an ambiguous alias (exact capitals, with context), never a plain one.
 */
const COMMON_WORDS = new Set(
  `a about after again all alphabet also amazon an and any apple are as assembly at back bank be been before being best better big bill board both
  bureau but by cadence call can central church come commission committee commonwealth congress council could court day department
  did does down even every fed federal first for force forces from fund general get give good government great group guard
  had has have her here his how in is it its just know last league left like look make many meta ministry more most much must
  new now number of office old on only or oracle other our out over own parliament part party people reliance reserve right same security
  see senate service she shell should show some state still such take than that the their them then there these they thing this
  those time total treasury two under union very want was way well were what when where which while who why will with work
  would year you`.split(/\s+/),
);

describe('organisations dataset', () => {
  it('has unique, sorted ids that no person or country uses', () => {
    const ids = organisations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    const others = new Set([...people.map((p) => p.id), ...countries.map((c) => c.id)]);
    for (const id of ids) expect(others.has(id), id).toBe(false);
  });

  it('has the required fields on every record, of valid types and within length', () => {
    const types = new Set<string>(ORGANISATION_TYPES);
    const countryIds = new Set(countries.map((c) => c.id));
    const year = new Date().getUTCFullYear();
    for (const o of organisations) {
      expect(o.id, o.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(o.kind, o.id).toBe('organisation');
      expect(o.name.length, o.id).toBeGreaterThan(1);
      expect(Array.isArray(o.aliases), o.id).toBe(true);
      expect(types.has(o.type), `${o.id}: type ${o.type}`).toBe(true);
      if (o.country !== undefined) expect(countryIds.has(o.country), `${o.id}: ${o.country}`).toBe(true);
      if (o.headquarters !== undefined) expect(o.headquarters.length, o.id).toBeGreaterThan(1);
      if (o.founded !== undefined) expect(Number.isInteger(o.founded) && o.founded > 1000 && o.founded <= year, o.id).toBe(true);
      if (o.leader) {
        expect(o.leader.title.length, o.id).toBeGreaterThan(1);
        // A leader the dataset has is linked by id; a name is for someone it lacks.
        expect(!!o.leader.person !== !!o.leader.name, `${o.id}: a leader is a person id or a name`).toBe(true);
        if (o.leader.person) expect(personIds.has(o.leader.person), `${o.id}: ${o.leader.person}`).toBe(true);
        if (o.leader.name) expect(personNames.has(o.leader.name), `${o.id}: ${o.leader.name} is in people.json: use their id`).toBe(false);
      }
      expect(o.description.length, o.id).toBeGreaterThanOrEqual(60);
      expect(o.description.length, o.id).toBeLessThanOrEqual(300);
      expect(o.asOf, o.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(o.asOf)), o.id).toBe(false);
    }
  });

  it('gives no two organisations the same name or alias, and no plain alias that is a common word', () => {
    const seen = new Map<string, string>();
    for (const o of organisations) {
      const ambiguous = o.ambiguousAliases ?? [];
      for (const alias of [o.name, ...o.aliases, ...ambiguous]) {
        expect(seen.get(alias), `${alias} is used by ${seen.get(alias)} and ${o.id}`).toBeUndefined();
        seen.set(alias, o.id);
      }
      for (const alias of [o.name, ...o.aliases]) {
        expect(COMMON_WORDS.has(alias.toLowerCase()), `${o.id}: "${alias}" is a common word: make it an ambiguous alias`).toBe(false);
      }
      // Ambiguous aliases are matched in their exact capitals, so they must have some.
      for (const alias of ambiguous) expect(alias, `${o.id}: ${alias}`).toMatch(/^\P{Ll}/u);
    }
  });

  it('resolves the organisation of every person’s role', () => {
    const orgIdOf = organisationResolver(organisations);
    const missing = new Set<string>();
    for (const p of people) for (const r of [...p.roles, ...(p.formerRoles ?? [])]) if (r.org && !orgIdOf(r.org)) missing.add(r.org);
    expect([...missing].sort()).toEqual([]);
  });

  it('bundles names that match the dataset (run `npx tsx scripts/build-organisation-names.ts` after editing it)', () => {
    expect(read('assets/dataset/organisation-names.json')).toEqual(toCompactNames(organisations));
    expect(fromCompactNames(toCompactNames(organisations))).toEqual(
      organisations.map(({ id, name, aliases, ambiguousAliases }) =>
        ambiguousAliases ? { id, name, aliases, ambiguousAliases } : { id, name, aliases },
      ),
    );
  });
});

describe('organisationResolver', () => {
  const orgIdOf = organisationResolver(organisations);
  it('finds an organisation by name, alias, or regardless of case and a leading "the"', () => {
    expect(orgIdOf('NATO')).toBe('nato');
    expect(orgIdOf('International Atomic Energy Agency')).toBe('iaea');
    expect(orgIdOf('United Nations')).toBe('un');
    expect(orgIdOf('the European Union')).toBe('european-union');
    expect(orgIdOf('Houthi movement')).toBe('houthis');
    expect(orgIdOf('Acme Widgets')).toBeUndefined();
  });
});

const TINY = compileOrganisations([
  { id: 'who', name: 'World Health Organization', aliases: ['World Health Organisation'], ambiguousAliases: ['WHO'] },
  { id: 'un', name: 'United Nations', aliases: ['UN', 'U.N.'] },
  {
    id: 'un-security-council',
    name: 'United Nations Security Council',
    aliases: ['UN Security Council'],
    ambiguousAliases: ['Security Council'],
  },
  { id: 'nato', name: 'North Atlantic Treaty Organization', aliases: ['NATO', 'Nato'] },
  { id: 'iaea', name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { id: 'federal-reserve', name: 'Federal Reserve', aliases: ['US Federal Reserve'], ambiguousAliases: ['Fed'] },
  { id: 'african-union', name: 'African Union', aliases: [], ambiguousAliases: ['AU'] },
  { id: 'opec', name: 'Organization of the Petroleum Exporting Countries', aliases: ['OPEC'] },
  { id: 'opec-plus', name: 'OPEC+', aliases: ['OPEC Plus'] },
  { id: 'us-treasury', name: 'United States Department of the Treasury', aliases: ['US Treasury'], ambiguousAliases: ['Treasury'] },
  { id: 'apple', name: 'Apple Inc.', aliases: [], ambiguousAliases: ['Apple'] },
  { id: 'totalenergies', name: 'TotalEnergies', aliases: [], ambiguousAliases: ['Total'] },
]);

/** The organisations found in a text, as `id:matched text`. */
function found(text: string): string[] {
  return detectOrganisations(text, TINY).map((m) => `${m.id}:${text.slice(m.start, m.end)}`);
}

describe('detectOrganisations', () => {
  it('finds names and plain aliases, longest first', () => {
    expect(found('NATO allies met as the UN Security Council debated a U.N. report on the IAEA inspectors.')).toEqual([
      'nato:NATO',
      'un-security-council:UN Security Council',
      'un:U.N.',
      'iaea:IAEA',
    ]);
  });

  it('never reads "who" or "Who" as the WHO, and takes "WHO" after "the" or once the WHO is named', () => {
    expect(found('Officials who spoke to reporters said the plan was ready. Who decides remains unclear.')).toEqual([]);
    expect(found('The WHO said cases were rising.')).toEqual(['who:WHO']);
    expect(found('WHO officials arrived on Monday, the World Health Organization said.')).toEqual([
      'who:WHO',
      'who:World Health Organization',
    ]);
    expect(found('WHO officials arrived on Monday.')).toEqual([]);
    expect(found('the\u00a0WHO said so.')).toEqual(['who:WHO']);
    expect(found('They bathe WHO staff in praise. Lathe Fed parts.')).toEqual([]);
    expect(found('(the WHO) said so; "The Fed" agreed.')).toEqual(['who:WHO', 'federal-reserve:Fed']);
  });

  it('ignores an ambiguous acronym in a line of capitals', () => {
    expect(found('WHO PAYS FOR THE WAR? The World Health Organization did not say.')).toEqual(['who:World Health Organization']);
  });

  it('keeps ambiguous aliases to their exact capitals and context', () => {
    expect(found('The central bank was fed up, traders said. The Fed held rates.')).toEqual(['federal-reserve:Fed']);
    expect(found('Fed up with delays, the group left.')).toEqual([]);
    expect(found('The AU summit opened. Au revoir, said the host.')).toEqual(['african-union:AU']);
    expect(found('The Treasury said revenue rose.')).toEqual([]);
    expect(found('The US Treasury imposed sanctions; the Treasury said more would follow.')).toEqual([
      'us-treasury:US Treasury',
      'us-treasury:Treasury',
    ]);
    expect(found('The Security Council met.')).toEqual([]);
  });

  it('takes a company’s everyday-word name only where the words after it make it the company', () => {
    expect(found('Apple growers and Apple Pie Day organisers met. Total shares sold rose.')).toEqual([]);
    expect(found('Apple’s chief executive flew to Beijing.')).toEqual(['apple:Apple']);
    expect(found('Apple Inc said on Monday that Apple would appeal.')).toEqual(['apple:Apple Inc', 'apple:Apple']);
  });

  it('tells "OPEC+" from "OPEC"', () => {
    expect(found('OPEC and its allies in OPEC+ agreed; OPEC Plus meets again in June.')).toEqual([
      'opec:OPEC',
      'opec-plus:OPEC+',
      'opec-plus:OPEC Plus',
    ]);
  });

  it('remembers, across the parts of one article, which organisations were named', () => {
    const state = createOrganisationState();
    expect(detectOrganisations('A World Health Organization team arrived.', TINY, state).map((m) => m.id)).toEqual(['who']);
    expect(detectOrganisations('WHO inspectors left on Friday.', TINY, state).map((m) => m.id)).toEqual(['who']);
  });
});

describe('recordsFor with organisations', () => {
  const dataset: BundledDataset = { people, countries, organisations };
  it('returns an organisation asked for, with its country and its leader when the dataset has them', () => {
    const nato = organisations.find((o) => o.id === 'nato')!;
    const found = recordsFor(dataset, ['nato']);
    expect(found.organisations.map((o) => o.id)).toContain('nato');
    expect(found.countries.map((c) => c.id)).toContain(nato.country);
    expect(found.people.map((p) => p.id)).toContain(nato.leader?.person);
  });

  it('returns the organisations of a person’s roles, and those based in a country', () => {
    const member = people.find((p) => p.roles.some((r) => r.org === 'NATO'))!;
    expect(recordsFor(dataset, [member.id]).organisations.map((o) => o.id)).toContain('nato');
    const inAustria = recordsFor(dataset, ['austria']).organisations.map((o) => o.id);
    expect(inAustria).toEqual(expect.arrayContaining(['iaea', 'opec']));
  });
});

describe('the article summary', () => {
  it('counts organisations by id, most named first, with their display names', () => {
    const text = 'NATO ministers met. The IAEA said inspectors left; NATO said it would respond, and the Nato summit was moved.';
    const mentions = detectOrganisations(text, TINY);
    const summary = summarise(text, [], compileDataset({ people: [], countries: [] }), { mentions, names: TINY.names });
    expect(summary.organisations).toEqual([
      { kind: 'organisation', id: 'nato', name: 'North Atlantic Treaty Organization', mentions: 3, firstOffset: 0 },
      { kind: 'organisation', id: 'iaea', name: 'International Atomic Energy Agency', mentions: 1, firstOffset: text.indexOf('IAEA') },
    ]);
  });
});
