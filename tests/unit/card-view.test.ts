import { describe, expect, it } from 'vitest';
import { cardViewFor, leadersOf, recordsOf } from '@/components/card-view';
import { country, person } from './tiny-dataset';

describe('country cards', () => {
  const people = [person('head', 'Ada Head'), person('pm', 'Ben Premier'), person('both', 'Cy Both')];
  const byId = new Map(people.map((p) => [p.id, p]));

  it('shows the curated head of state and head of government, linked where the dataset has the person', () => {
    const ruritania = country('ruritania', 'Ruritania', {
      headOfState: { title: 'President', name: 'Ada Head', person: 'head' },
      headOfGovernment: { title: 'Prime Minister', name: 'Ben Premier (old spelling)', person: 'pm' },
    });
    expect(leadersOf(ruritania, byId)).toEqual([
      { office: 'Head of state', title: 'President', name: 'Ada Head', id: 'head' },
      // The person's record names them, so the card and the card it links to agree.
      { office: 'Head of government', title: 'Prime Minister', name: 'Ben Premier', id: 'pm' },
    ]);
  });

  it('names a leader the dataset lacks, without a link', () => {
    const elsewhere = country('elsewhere', 'Elsewhere', { headOfState: { title: 'King', name: 'Dee Crown' } });
    expect(leadersOf(elsewhere, byId)).toEqual([{ office: 'Head of state', title: 'King', name: 'Dee Crown', id: undefined }]);
  });

  it('shows one line when one person holds both offices', () => {
    const leader = { title: 'President', name: 'Cy Both', person: 'both' };
    const both = country('both', 'Bothland', { headOfState: leader, headOfGovernment: leader });
    expect(leadersOf(both, byId).map((l) => l.office)).toEqual(['Head of state and government']);
  });

  it('puts them on the country card', () => {
    const ruritania = country('ruritania', 'Ruritania', { headOfState: { title: 'President', name: 'Ada Head', person: 'head' } });
    const records = recordsOf(people, [ruritania]);
    const view = cardViewFor({ kind: 'country', text: 'Ruritania', entity: 'ruritania' }, undefined, records);
    expect(view?.type === 'country' && view.leaders.map((l) => l.id)).toEqual(['head']);
  });
});
