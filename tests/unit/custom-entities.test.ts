import { describe, expect, it } from 'vitest';
import { exportCustomEntities, mergePeople, parseCustomEntities } from '@/lib/custom-entities';
import { person } from './tiny-dataset';

const TODAY = '2026-11-24';
const jane = { id: 'jane-doe', name: 'Jane Doe', aliases: ['Doe'], description: 'A local mayor in the news.', roles: [{ title: 'Mayor' }] };

describe('custom entities', () => {
  it('imports valid people, dated today unless they say otherwise', () => {
    const result = parseCustomEntities(JSON.stringify([jane]), TODAY);
    expect(result).toEqual({ ok: true, entities: [{ ...jane, kind: 'person', asOf: TODAY }] });
  });

  it('accepts its own export format back unchanged', () => {
    const first = parseCustomEntities(JSON.stringify([jane]), TODAY);
    if (!first.ok) throw new Error('expected ok');
    const again = parseCustomEntities(exportCustomEntities(first.entities), '2030-01-01');
    expect(again).toEqual(first);
  });

  it('says which entry and field are wrong, for every error', () => {
    const result = parseCustomEntities(
      JSON.stringify([
        jane,
        { id: 'Bad Id', name: 'X', description: '' },
        'nope',
        { ...jane },
        { ...jane, id: 'other', roles: [{}], born: 'old' },
      ]),
      TODAY,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      expect.stringMatching(/^Entry 2 \("Bad Id"\), field "id"/),
      expect.stringMatching(/^Entry 2 \("Bad Id"\), field "name"/),
      expect.stringMatching(/^Entry 2 \("Bad Id"\), field "description"/),
      'Entry 3: must be an object.',
      expect.stringMatching(/^Entry 4 \("jane-doe"\), field "id": appears twice/),
      expect.stringMatching(/^Entry 5 \("other"\), field "roles"/),
      expect.stringMatching(/^Entry 5 \("other"\), field "born"/),
    ]);
  });

  it('rejects text that is not JSON, or not a list, with a clear message', () => {
    expect(parseCustomEntities('{not json', TODAY)).toMatchObject({ ok: false, errors: [expect.stringMatching(/not valid JSON/)] });
    expect(parseCustomEntities('{"people": []}', TODAY)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/Expected a JSON array/)],
    });
  });

  it('lets a custom entity override a bundled one with the same id', () => {
    const bundled = [person('abbas-araghchi', 'Abbas Araghchi'), person('donald-trump', 'Donald Trump')];
    const merged = mergePeople(bundled, [person('abbas-araghchi', 'Seyed Abbas Araghchi')]);
    expect(merged.map((p) => p.name)).toEqual(['Seyed Abbas Araghchi', 'Donald Trump']);
  });
});
