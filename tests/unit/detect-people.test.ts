import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect';
import { capitaliseWords } from '@/lib/detectors/people';
import { ROLE_NOUNS } from '@/lib/lexicon/titles';
import { compileDataset } from '@/lib/entity-index';
import { person, TINY_INDEX } from './tiny-dataset';

const people = (text: string) =>
  detect(text, TINY_INDEX)
    .filter((s) => s.kind === 'person')
    .map((s) => ({ text: text.slice(s.start, s.end), entity: s.entity, ref: s.ref }));

describe('people detector', () => {
  it('reads a dataset name that opens lower-case whole, after an honorific or alone', () => {
    const index = compileDataset({ people: [person('ursula-von-der-leyen', 'Ursula von der Leyen', ['von der Leyen'])], countries: [] });
    const text = 'Ursula von der Leyen arrived first. Ms von der Leyen said the plan was ready. Later, von der Leyen left.';
    const found = detect(text, index).filter((s) => s.kind === 'person');
    expect(found.map((s) => [text.slice(s.start, s.end), s.entity])).toEqual([
      ['Ursula von der Leyen', 'ursula-von-der-leyen'],
      ['von der Leyen', 'ursula-von-der-leyen'],
      ['von der Leyen', 'ursula-von-der-leyen'],
    ]);
  });

  it('finds dataset names and aliases, with the entity id', () => {
    expect(people('Abbas Araghchi said. Later Araqchi added more.')).toEqual([
      { text: 'Abbas Araghchi', entity: 'abbas-araghchi', ref: 'abbas-araghchi' },
      { text: 'Araqchi', entity: 'abbas-araghchi', ref: 'abbas-araghchi' },
    ]);
  });

  it('finds unknown people after a title, without the title', () => {
    expect(people('Foreign Minister Badr Albusaidi met President Xi.').map((p) => p.text)).toEqual(['Badr Albusaidi', 'Xi']);
    expect(people('Kremlin spokesman Dmitry Peskov spoke.').map((p) => p.text)).toEqual(['Dmitry Peskov']);
  });

  it('finds unknown people from a known given name', () => {
    expect(people('Dina Farouk, an analyst, said so.').map((p) => p.text)).toEqual(['Dina Farouk']);
  });

  it('keeps particles and hyphens inside names', () => {
    expect(people('Crown Prince Mohammed bin Salman and President Ahmed al-Sharaa met.').map((p) => p.text)).toEqual([
      'Mohammed bin Salman',
      'Ahmed al-Sharaa',
    ]);
  });

  it('reads a name that opens with particles after a title', () => {
    expect(people('Ms von der Berg and President al-Sisi met.').map((p) => p.text)).toEqual(['von der Berg', 'al-Sisi']);
  });

  it('resolves a later surname or honorific + surname to the same person', () => {
    const found = people('Dina Farouk spoke first. Ms Farouk then said Farouk’s view was clear.');
    expect(found.map((p) => p.text)).toEqual(['Dina Farouk', 'Farouk', 'Farouk']);
    expect(new Set(found.map((p) => p.ref))).toEqual(new Set(['person:Dina Farouk']));
  });

  it('links an honorific + dataset surname to the dataset person', () => {
    expect(people('Mr Trump spoke.')).toEqual([{ text: 'Trump', entity: 'donald-trump', ref: 'donald-trump' }]);
  });

  it('never merges two people who share a surname', () => {
    const found = people('Sarah Khan met Omar Khan. Khan said nothing.');
    expect(found.map((p) => p.text)).toEqual(['Sarah Khan', 'Omar Khan']);
  });

  it('does not take countries, months, days or sentence openers for people', () => {
    expect(people('President Iran. On Monday, In May the Government said.')).toEqual([]);
  });

  it('ignores all-capital headline words', () => {
    expect(people('SARAH KHAN WINS')).toEqual([]);
  });
});

describe('role titles', () => {
  it('capitalises every word of a role as /\\b\\p{Ll}/gu did, hyphenated parts included', () => {
    for (const role of [...ROLE_NOUNS, 'vice-president', 'secretary-general of the un', 'x2 deputy']) {
      expect(capitaliseWords(role), role).toBe(role.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()));
    }
  });
});
