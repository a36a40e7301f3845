import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect';
import { TINY_INDEX } from './tiny-dataset';

const countries = (text: string) =>
  detect(text, TINY_INDEX)
    .filter((s) => s.kind === 'country')
    .map((s) => [text.slice(s.start, s.end), s.entity]);

describe('countries detector', () => {
  it('finds names, press aliases and demonyms, linked to the country id', () => {
    expect(countries('The U.S. and Iran met; US and American officials spoke to Iranian diplomats in America.')).toEqual([
      ['U.S.', 'united-states'],
      ['Iran', 'iran'],
      ['US', 'united-states'],
      ['American', 'united-states'],
      ['Iranian', 'iran'],
      ['America', 'united-states'],
    ]);
  });

  it('matches the official name as one span', () => {
    expect(countries('the Islamic Republic of Iran said')).toEqual([['Islamic Republic of Iran', 'iran']]);
  });

  it('is case-sensitive: "turkey" the bird and "us" the pronoun are not countries', () => {
    expect(countries('Give us the turkey, said the chef.')).toEqual([]);
  });

  it('prefers the longest name: Guinea-Bissau and Papua New Guinea are not Guinea; Niger is not Nigeria', () => {
    expect(countries('Guinea-Bissau, Papua New Guinea, Guinea, Niger and Nigeria')).toEqual([
      ['Guinea-Bissau', 'guinea-bissau'],
      ['Papua New Guinea', 'papua-new-guinea'],
      ['Guinea', 'guinea'],
      ['Niger', 'niger'],
      ['Nigeria', 'nigeria'],
    ]);
  });

  it('does not read New Mexico or Latin America as countries', () => {
    expect(countries('Voters in New Mexico and across Latin America watched Mexico.')).toEqual([['Mexico', 'mexico']]);
  });

  it('reads Jordan and Chad as people when a name surrounds them', () => {
    expect(countries('Michael Jordan met Chad Smith in Jordan.')).toEqual([['Jordan', 'jordan']]);
    expect(countries('Jordan said the Jordanian army was ready.')).toEqual([
      ['Jordan', 'jordan'],
      ['Jordanian', 'jordan'],
    ]);
  });

  it('reads Georgia as the US state when the context is American, and as the country otherwise', () => {
    expect(countries('The governor of Georgia spoke in Atlanta.')).toEqual([]);
    expect(countries('Georgia and Russia fought a war; Tbilisi and Georgian officials said.')).toEqual([
      ['Georgia', 'georgia'],
      ['Georgian', 'georgia'],
    ]);
  });

  it('reads Turkey as the country except next to food words', () => {
    expect(countries('Turkey hosted the talks.')).toEqual([['Turkey', 'turkiye']]);
    expect(countries('Turkey with gravy is a Thanksgiving dinner staple.')).toEqual([]);
  });
});
