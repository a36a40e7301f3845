import { describe, expect, it } from 'vitest';
import { cardViewFor, leadersOf, recordsOf } from '@/components/card-view';
import type { PersonRecord } from '@/lib/types';
import { country, person } from './tiny-dataset';

const withRole = (id: string, name: string, title: string, where: { country?: string; org?: string }): PersonRecord => ({
  ...person(id, name),
  roles: [{ title, ...where }],
});

describe('country cards', () => {
  const people = [
    withRole('head', 'Ada Head', 'President', { country: 'ruritania' }),
    withRole('pm', 'Ben Premier', 'Prime Minister', { country: 'ruritania' }),
    withRole('speaker', 'Cy Speaker', 'President of the Senate', { country: 'ruritania' }),
    withRole('finance', 'Di Purse', 'Chancellor of the Exchequer', { country: 'ruritania' }),
    withRole('org', 'Ed Org', 'President', { country: 'ruritania', org: 'Ruritanian Football Federation' }),
    withRole('other', 'Fay Other', 'President', { country: 'elsewhere' }),
  ];

  it('lists the heads of state and government the dataset knows, and nobody else', () => {
    expect(leadersOf('ruritania', people).map((l) => `${l.name} (${l.title})`)).toEqual([
      'Ada Head (President)',
      'Ben Premier (Prime Minister)',
    ]);
  });

  it('puts them on the country card', () => {
    const records = recordsOf(people, [country('ruritania', 'Ruritania')]);
    const view = cardViewFor({ kind: 'country', text: 'Ruritania', entity: 'ruritania' }, undefined, records);
    expect(view?.type === 'country' && view.leaders.map((l) => l.id)).toEqual(['head', 'pm']);
  });
});
