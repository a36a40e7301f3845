import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CUSTOM_ENTITY_EXAMPLES,
  exportCustomEntities,
  mergeCountries,
  mergeOrganisations,
  mergePeople,
  mergeSaved,
  migrateCustomEntitiesV1,
  parseCustomEntities,
  storedCustomEntities,
  type BundledIds,
  type CustomEntity,
} from '@/lib/custom-entities';
import { detectOrganisations } from '@/lib/detectors/organisations';
import type { OrganisationRecord } from '@/lib/organisations';
import { defineCustomEntitiesItem, loadCustomEntities } from '@/utils/custom-entities';
import { bundledOrganisationIndex, organisationIndexWith } from '@/utils/organisation-names';
import { country, person } from './tiny-dataset';

const TODAY = '2026-11-24';
const BUNDLED: BundledIds = {
  countries: new Set(['oman', 'iran', 'united-kingdom']),
  people: new Set(['donald-trump']),
  organisations: new Set(['iaea']),
};
const jane = { id: 'jane-doe', name: 'Jane Doe', aliases: ['Doe'], description: 'A local mayor in the news.', roles: [{ title: 'Mayor' }] };
const institute: Omit<OrganisationRecord, 'asOf'> = {
  kind: 'organisation',
  id: 'harwell-institute',
  name: 'Harwell Institute for Regional Affairs',
  aliases: ['Harwell Institute'],
  type: 'company',
  country: 'united-kingdom',
  headquarters: 'London',
  founded: 1998,
  leader: { title: 'Director', name: 'Dina Farouk' },
  description: 'A research group on Gulf affairs.',
};
const omanText = {
  kind: 'country',
  id: 'oman',
  description: 'A reader’s summary of Oman.',
  headOfState: { title: 'Sultan', name: 'Haitham bin Tariq', person: 'haitham-bin-tariq' },
  leadersNote: 'The Sultan is also Prime Minister.',
} as const;

function parse(entries: unknown[]) {
  return parseCustomEntities(JSON.stringify(entries), TODAY, BUNDLED);
}

/** The errors of a file expected to be rejected. */
function errorsOf(entries: unknown[]): string[] {
  const result = parse(entries);
  if (result.ok) throw new Error('expected the import to be rejected');
  return result.errors;
}

describe('custom entities: people', () => {
  it('imports valid people, dated today unless they say otherwise', () => {
    expect(parse([jane])).toEqual({ ok: true, entities: [{ ...jane, kind: 'person', asOf: TODAY }] });
    expect(parse([{ ...jane, kind: 'person', asOf: '2025-01-02' }])).toEqual({
      ok: true,
      entities: [{ ...jane, kind: 'person', asOf: '2025-01-02' }],
    });
  });

  it('says which entry and field are wrong, for every error', () => {
    expect(
      errorsOf([
        jane,
        { id: 'Bad Id', name: 'X', description: '' },
        'nope',
        { ...jane },
        { ...jane, id: 'other', roles: [{}], born: 'old', aliases: 'Other' },
      ]),
    ).toEqual([
      expect.stringMatching(/^Entry 2 \("Bad Id"\), field "id"/),
      expect.stringMatching(/^Entry 2 \("Bad Id"\), field "name"/),
      expect.stringMatching(/^Entry 2 \("Bad Id"\), field "description"/),
      'Entry 3: must be an object.',
      expect.stringMatching(/^Entry 4 \("jane-doe"\), field "id": appears twice/),
      expect.stringMatching(/^Entry 5 \("other"\), field "aliases"/),
      expect.stringMatching(/^Entry 5 \("other"\), field "roles"/),
      expect.stringMatching(/^Entry 5 \("other"\), field "born"/),
    ]);
  });

  it('rejects an unknown kind, and a new person taking a bundled country’s or organisation’s id', () => {
    expect(errorsOf([{ ...jane, kind: 'place' }])).toEqual([expect.stringMatching(/^Entry 1 \("jane-doe"\), field "kind": must be/)]);
    expect(
      errorsOf([
        { ...jane, id: 'oman' },
        { ...jane, id: 'iaea' },
      ]),
    ).toEqual([
      expect.stringMatching(/^Entry 1 \("oman"\), field "id": is a bundled country's id/),
      expect.stringMatching(/^Entry 2 \("iaea"\), field "id": is a bundled organisation's id/),
    ]);
    // Overriding a bundled person by id is what ids are for.
    expect(parse([{ ...jane, id: 'donald-trump' }]).ok).toBe(true);
  });

  it('rejects text that is not JSON, or not a list, with a clear message', () => {
    expect(parseCustomEntities('{not json', TODAY, BUNDLED)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/not valid JSON/)],
    });
    expect(parseCustomEntities('{"people": []}', TODAY, BUNDLED)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/Expected a JSON array/)],
    });
  });
});

describe('custom entities: organisations', () => {
  it('imports a new organisation with every field, and one overriding a bundled id', () => {
    expect(parse([institute])).toEqual({ ok: true, entities: [{ ...institute, asOf: TODAY }] });
    const minimal = { kind: 'organisation', id: 'iaea', name: 'Atomic agency', type: 'un-agency', description: 'Reader’s text.' };
    expect(parse([minimal])).toEqual({ ok: true, entities: [{ ...minimal, aliases: [], asOf: TODAY }] });
  });

  it('names each wrong field', () => {
    const bad = {
      kind: 'organisation',
      id: 'bad-org',
      name: 'B',
      aliases: [7],
      type: 'think-tank',
      country: 'atlantis',
      headquarters: '',
      founded: 'long ago',
      leader: { title: 'Director' },
      description: 42,
    };
    expect(errorsOf([bad])).toEqual(
      ['name', 'aliases', 'description', 'type', 'country', 'headquarters', 'founded', 'leader'].map((field) =>
        expect.stringMatching(new RegExp(`^Entry 1 \\("bad-org"\\), field "${field}"`)),
      ),
    );
    expect(errorsOf([{ ...institute, id: 'donald-trump' }])).toEqual([
      expect.stringMatching(/^Entry 1 \("donald-trump"\), field "id": is a bundled person's id/),
    ]);
  });

  it('keeps only a leader’s own fields', () => {
    const result = parse([{ ...institute, leader: { title: ' Director ', name: 'Dina Farouk', note: 'x' } }]);
    expect(result.ok && (result.entities[0] as OrganisationRecord).leader).toEqual({ title: 'Director', name: 'Dina Farouk' });
  });
});

describe('custom entities: country overrides', () => {
  it('imports a bundled country’s description and leaders', () => {
    expect(parse([omanText])).toEqual({ ok: true, entities: [{ ...omanText, asOf: TODAY }] });
  });

  it('refuses a country the dataset lacks, names or detection fields, and an entry that replaces nothing', () => {
    expect(errorsOf([{ kind: 'country', id: 'atlantis', description: 'Sunk.' }])).toEqual([
      expect.stringMatching(/^Entry 1 \("atlantis"\), field "id": must be the id of a bundled country/),
    ]);
    expect(errorsOf([{ ...omanText, name: 'Muscat and Oman', aliases: ['Muscat'] }])).toEqual([
      expect.stringMatching(/^Entry 1 \("oman"\), field "name": a country's names and facts cannot be changed/),
      expect.stringMatching(/^Entry 1 \("oman"\), field "aliases": a country's names/),
    ]);
    expect(errorsOf([{ kind: 'country', id: 'oman' }])).toEqual([
      expect.stringMatching(/^Entry 1 \("oman"\), field "description": a country entry must replace at least one/),
    ]);
  });

  it('names each wrong field', () => {
    const bad = { kind: 'country', id: 'iran', description: '', headOfState: { title: 'Leader' }, headOfGovernment: 'him', leadersNote: 3 };
    expect(errorsOf([bad])).toEqual(
      ['description', 'headOfState', 'headOfGovernment', 'leadersNote'].map((field) =>
        expect.stringMatching(new RegExp(`^Entry 1 \\("iran"\\), field "${field}"`)),
      ),
    );
  });
});

describe('custom entities: files', () => {
  it('imports nothing from a file with any error, whatever kind the good entries are', () => {
    expect(parse([jane, institute, omanText, { ...jane, id: 'x-y', name: 1 }])).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^Entry 4 \("x-y"\), field "name"/)],
    });
  });

  it('round-trips every kind through its export', () => {
    const first = parse([jane, institute, omanText]);
    if (!first.ok) throw new Error(first.errors.join('\n'));
    expect(first.entities.map((e) => e.kind)).toEqual(['person', 'organisation', 'country']);
    const again = parseCustomEntities(exportCustomEntities(first.entities), '2030-01-01', BUNDLED);
    expect(again).toEqual(first);
  });

  it('imports the options page’s examples', () => {
    const result = parseCustomEntities(JSON.stringify(CUSTOM_ENTITY_EXAMPLES), TODAY, BUNDLED);
    expect(result.ok && result.entities.map((e) => e.kind)).toEqual(['person', 'organisation', 'country']);
  });

  it('saves an import over what was saved: a new id adds, a saved id is replaced, the rest is kept', () => {
    const saved = [person('jane-doe', 'Jane Doe'), person('john-roe', 'John Roe')];
    const merged = mergeSaved(saved, [person('jane-doe', 'Jane Q. Doe'), { ...omanText, asOf: TODAY }]);
    expect(merged.map((e) => `${e.kind}:${e.id}`)).toEqual(['person:jane-doe', 'person:john-roe', 'country:oman']);
    expect((merged[0] as { name: string }).name).toBe('Jane Q. Doe');
  });
});

describe('custom entities: merging with the bundled dataset', () => {
  const custom: CustomEntity[] = [
    person('abbas-araghchi', 'Seyed Abbas Araghchi'),
    { ...institute, asOf: TODAY },
    { kind: 'organisation', id: 'iaea', name: 'Atomic agency', aliases: [], type: 'un-agency', description: 'Reader’s.', asOf: TODAY },
    { kind: 'country', id: 'oman', description: 'Reader’s Oman.', asOf: TODAY },
  ];

  it('lets a custom person override a bundled one with the same id, and ignores other kinds', () => {
    const bundled = [person('abbas-araghchi', 'Abbas Araghchi'), person('donald-trump', 'Donald Trump')];
    expect(mergePeople(bundled, custom).map((p) => p.name)).toEqual(['Seyed Abbas Araghchi', 'Donald Trump']);
  });

  it('puts the reader’s organisations first and drops the bundled ones they replace', () => {
    const bundled = [
      { id: 'nato', name: 'NATO', aliases: [] },
      { id: 'iaea', name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
    ];
    expect(mergeOrganisations(bundled, custom).map((o) => `${o.id}:${o.name}`)).toEqual([
      'harwell-institute:Harwell Institute for Regional Affairs',
      'iaea:Atomic agency',
      'nato:NATO',
    ]);
  });

  it('lays a country override’s card text over the bundled country, keeping its names', () => {
    const oman = country('oman', 'Oman', { aliases: ['Sultanate'], leadersNote: 'Bundled note.' });
    const iran = country('iran', 'Iran');
    const [merged, untouched] = mergeCountries([oman, iran], custom);
    expect(merged).toEqual({ ...oman, description: 'Reader’s Oman.', asOf: TODAY });
    expect(untouched).toBe(iran);
    expect(mergeCountries([oman], [])[0]).toBe(oman);
  });

  it('detects a reader’s organisation with the bundled names, and an override’s names replace the bundled ones', () => {
    expect(organisationIndexWith([])).toBe(bundledOrganisationIndex());
    expect(organisationIndexWith([person('x-y', 'X Y')])).toBe(bundledOrganisationIndex());
    const index = organisationIndexWith(custom);
    const text = 'Analysts at the Harwell Institute for Regional Affairs said the IAEA and NATO were both watching.';
    const ids = detectOrganisations(text, index).map((m) => m.id);
    expect(ids).toContain('harwell-institute');
    expect(ids).toContain('nato');
    // The reader's IAEA has no alias "IAEA", so the bundled short form is gone with the bundled record.
    expect(ids).not.toContain('iaea');
    expect(detectOrganisations('The Atomic agency said so.', index).map((m) => m.id)).toEqual(['iaea']);
    expect(index.names.get('iaea')).toBe('Atomic agency');
  });
});

describe('custom entities: storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates a version 1 list of people to version 2, each with its kind', async () => {
    const v1 = [{ id: 'jane-doe', name: 'Jane Doe', aliases: [], roles: [], description: 'Mayor.', asOf: TODAY }];
    expect(migrateCustomEntitiesV1(v1)).toEqual([{ ...v1[0], kind: 'person' }]);
    // Idempotent: a list already migrated (by another extension context) is unchanged.
    expect(migrateCustomEntitiesV1(migrateCustomEntitiesV1(v1))).toEqual(migrateCustomEntitiesV1(v1));
    // What version 1 left in storage: the value, with no version meta (v1 is implicit).
    await fakeBrowser.storage.local.set({ customEntities: v1 });
    const item = defineCustomEntitiesItem();
    expect(await item.getValue()).toEqual([{ ...v1[0], kind: 'person' }]);
    expect(await item.getMeta()).toMatchObject({ v: 2 });
  });

  it('never fails on a corrupt stored value: what is not an entity of its kind is dropped', async () => {
    expect(migrateCustomEntitiesV1('not a list')).toEqual([]);
    expect(migrateCustomEntitiesV1([null, 3, jane])).toEqual([{ ...jane, kind: 'person' }]);
    const good = [
      { ...jane, kind: 'person', asOf: TODAY },
      { ...institute, asOf: TODAY },
      { ...omanText, asOf: TODAY },
    ];
    const junk = [
      { id: 7, name: 'x' },
      { kind: 'organisation', id: 'a', name: 'A', aliases: [] },
      { kind: 'planet', id: 'mars' },
    ];
    expect(storedCustomEntities([...junk, ...good])).toEqual(good);
    await fakeBrowser.storage.local.set({ customEntities: { broken: true }, customEntities$: { v: 2 } });
    expect(await loadCustomEntities()).toEqual([]);
    await fakeBrowser.storage.local.set({ customEntities: 'nonsense', customEntities$: { v: 1 } });
    expect(await defineCustomEntitiesItem().getValue()).toEqual([]);
  });
});
