import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect';
import { compileDataset } from '@/lib/entity-index';
import { TINY, country } from './tiny-dataset';

const INDEX = compileDataset({
  people: TINY.people,
  countries: [
    ...TINY.countries,
    country('netherlands', 'Netherlands', { demonyms: ['Dutch'] }),
    country('india', 'India', { demonyms: ['Indian', 'Indians'] }),
    country('cuba', 'Cuba', { demonyms: ['Cuban'] }),
    country('china', 'China', { demonyms: ['Chinese'] }),
    country('south-africa', 'South Africa', { demonyms: ['South African'] }),
  ],
});

const countries = (text: string) =>
  detect(text, INDEX)
    .filter((s) => s.kind === 'country')
    .map((s) => text.slice(s.start, s.end));

describe('countries inside other names', () => {
  it('does not read an event in a headline in capitals, a tour or a war as the country', () => {
    expect(countries('RESULTS FROM THE U.S. OPEN')).toEqual([]);
    expect(countries('He won the Tour of the Netherlands after the War of the Mexican Succession drama.')).toEqual([]);
  });

  it('does not read a team or a place named after a people or a country as the country', () => {
    expect(countries('The Toledo Indians beat the West Indies in Santiago de Cuba, on the South China coast.')).toEqual([]);
    expect(countries('Shares in Harbour Fields of South Africa Ltd fell.')).toEqual([]);
    expect(countries('He won the Mexican Amateur and then played Mexican Football League games.')).toEqual([]);
  });

  it('still reads a demonym after a capitalised word that opens the sentence or is a common word', () => {
    expect(countries('Senior Iranian officials met. The Islamic Iranian state replied; Indian and Cuban envoys came.')).toEqual([
      'Iranian',
      'Iranian',
      'Indian',
      'Cuban',
    ]);
  });
});

describe('countries in headlines set in capitals', () => {
  it('reads a name or a two-word name in capitals', () => {
    expect(countries('SOUTH AFRICA BEAT CUBA; IRANIAN FANS CHEER')).toEqual(['SOUTH AFRICA', 'CUBA', 'IRANIAN']);
  });

  it('keeps the rules for other names, and leaves names that need context alone', () => {
    expect(countries('MEXICO CITY MARATHON; NEW MEXICO FIRES; MEXICO OPEN RESULTS; TOUR OF MEXICO')).toEqual([]);
    expect(countries('JORDAN WINS AGAIN; GEORGIA VOTES')).toEqual([]);
  });

  it('does not read an organisation of several countries as one of them', () => {
    expect(countries('Observers from the Organization of American States came.')).toEqual([]);
  });
});
