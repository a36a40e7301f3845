import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect';
import { compileDataset } from '@/lib/entity-index';
import { TINY, country } from './tiny-dataset';

/** The tiny dataset plus the countries these sentences name. */
const INDEX = compileDataset({
  people: TINY.people,
  countries: [
    ...TINY.countries,
    country('ghana', 'Ghana', { demonyms: ['Ghanaian'] }),
    country('czechia', 'Czechia', { aliases: ['Czech Republic'], demonyms: ['Czech'] }),
    country('netherlands', 'Netherlands', { aliases: ['Holland'], demonyms: ['Dutch'] }),
  ],
});

const people = (text: string) =>
  detect(text, INDEX)
    .filter((s) => s.kind === 'person')
    .map((s) => text.slice(s.start, s.end));
const refs = (text: string) =>
  detect(text, INDEX)
    .filter((s) => s.kind === 'person')
    .map((s) => s.ref);

describe('people: mentions before the full name', () => {
  it('resolves a headline surname in capitals and a bare surname that come before the full name', () => {
    const text = 'FENWICK TAKES TITLE\n\nFenwick led from the first lap. Zorya Fenwick, 24, won by a second.';
    expect(people(text)).toEqual(['FENWICK', 'Fenwick', 'Zorya Fenwick']);
    expect(new Set(refs(text)).size).toBe(1);
  });

  it('takes a given name it did not know along with a surname the text gives elsewhere', () => {
    expect(people('Tavita Moengangongo crossed first. "It was hard," said Moengangongo.')).toEqual(['Tavita Moengangongo', 'Moengangongo']);
  });

  it('leaves a capitalised word alone when no person in the text has it as a surname', () => {
    expect(people('Harbour traffic slowed. Keel repairs went on.')).toEqual([]);
  });
});

describe('people: a country name used as a surname', () => {
  it('reads a known given name and a country word as one name, and the bare word after it as that person', () => {
    const text = 'Director Neil Jordan spoke first. Jordan said the film was done, then flew to Jordan.';
    expect(people(text)).toEqual(['Neil Jordan', 'Jordan']);
    const countries = detect(text, INDEX).filter((s) => s.kind === 'country');
    expect(countries.map((s) => text.slice(s.start, s.end))).toEqual(['Jordan']);
  });

  it('does so for a country that is not also a given name only once the full name is known', () => {
    expect(people('Helen Holland was released. Holland returned home, to Holland.')).toEqual(['Helen Holland', 'Holland']);
    expect(people('Holland beat Ghana.')).toEqual([]);
  });
});

describe('people: sports results', () => {
  it('reads the fielder and bowler of a cricket scorecard', () => {
    expect(people('Ruiz c Patel b Okafor 12, Mensah lbw b Okafor 0')).toEqual(['Patel', 'Okafor', 'Okafor']);
  });

  it('reads a bowler by the figures after the name', () => {
    expect(people('Bowling: Okafor 10-1-42-3, Mensah 8-0-35-1.')).toEqual(['Okafor', 'Mensah']);
  });

  it('reads scorers by the minute, line-ups by their numbers and pitchers by their record', () => {
    expect(people('Scorers: Ghana - Kwesi Appiah-Boateng (61st), Yaw Dankwa 77th.')).toEqual(['Kwesi Appiah-Boateng', 'Yaw Dankwa']);
    expect(people('Ghana: 1 - Tetteh Quaye, 9 - Nii Lamptey')).toEqual(['Tetteh Quaye', 'Nii Lamptey']);
    expect(people('Orlando Ruiz (3-4) struck out six.')).toEqual(['Orlando Ruiz']);
  });

  it('does not read a score or a date as such evidence', () => {
    expect(people('Harbour City 3-4 Port Vale. On Jan 5 Congress met.')).toEqual([]);
  });
});

describe('people: name shapes', () => {
  it('reads "Jan" as a given name before a surname, never the month', () => {
    expect(people('Jan Novak (Czech Republic) beat Ruiz on Jan 5.')).toEqual(['Jan Novak']);
  });

  it('keeps two particles inside a name', () => {
    expect(people('"Not yet," said María José de la Cruz. Pieter van der Linde, an economist, agreed.')).toEqual([
      'María José de la Cruz',
      'Pieter van der Linde',
    ]);
  });

  it('reads a family name first with a hyphenated given name, also one that starts like an English word', () => {
    expect(people('Kim Soo-ah arrived late.')).toEqual(['Kim Soo-ah']);
    expect(people('Seoul returned Li In-mo and Ms Kim Do-yeon to the North.')).toEqual(['Li In-mo', 'Kim Do-yeon']);
  });

  it('leaves a prefix joined by a hyphen out of the name', () => {
    expect(people('Ex-Yankee Randy Velarde hit a home run.')).toEqual(['Randy Velarde']);
  });

  it('reads a name after a country possessive, not a market index or a company', () => {
    expect(people("Ghana's Abena Serwaa Mensah won the final.")).toEqual(['Abena Serwaa Mensah']);
    expect(people("Ghana's Kumasi Stock Index fell, and Ghana's Volta Energy Partners rose.")).toEqual([]);
  });

  it('reads an age followed by a dash', () => {
    expect(people('Two girls -- Ama Boateng, 19 -- were found.')).toEqual(['Ama Boateng']);
  });

  it('does not count a capitalised role, a party label or a sentence opener as part of the name', () => {
    expect(people('Coach Marta Silva named her squad. Republican Dana Whitfield said so.')).toEqual(['Marta Silva', 'Dana Whitfield']);
    expect(people('Dana Whitfield and Marta Silva met. Neither Whitfield nor Silva spoke.')).toEqual([
      'Dana Whitfield',
      'Marta Silva',
      'Whitfield',
      'Silva',
    ]);
  });
});

describe('people: other people with a known surname, initials, headlines and teams', () => {
  it('reads a dataset surname after another given name as a different person', () => {
    const found = detect('Melania Trump spoke. Later Trump said no.', INDEX).filter((s) => s.kind === 'person');
    expect(found.map((s) => s.entity)).toEqual([undefined, 'donald-trump']);
  });

  it('reads an initial before a surname, and stops a run of capitals at a role', () => {
    expect(people('A. Mensah lbw b Okafor 0')).toEqual(['A. Mensah', 'Okafor']);
    expect(people('The Civil Aviation Director Branka Petrovic said so.')).toEqual(['Branka Petrovic']);
  });

  it('takes a given name in capitals with a headline surname', () => {
    expect(people('KEVIN ODUYA WINS AGAIN\n\nKevin Oduya won the race.')).toEqual(['KEVIN ODUYA', 'Kevin Oduya']);
  });

  it('reads players, not teams with their scores, in bracketed results', () => {
    expect(people('Harbourside (Mexico) 92 Dynamo (Iran) 81. Radio Harbour said so.')).toEqual([]);
    expect(people('Lina Ortiz (Mexico) beat Dana Farr (Iran) 6-4')).toEqual(['Lina Ortiz', 'Dana Farr']);
  });
});

describe('people: lists', () => {
  it('reads the rest of a list of three names or more, most of them already people', () => {
    expect(people('Ghana: Abena Mensah, Kofi Tetteh-Ansah, Yeboah Quartey and Dana Whitfield.')).toEqual([
      'Abena Mensah',
      'Kofi Tetteh-Ansah',
      'Yeboah Quartey',
      'Dana Whitfield',
    ]);
  });

  it('reads past a one-word aside in brackets, but not places in a short list of people', () => {
    expect(people('Ghana: Abena Mensah (captain), Yeboah Quartey, Kofi Tetteh-Ansah and Dana Whitfield.')).toEqual([
      'Abena Mensah',
      'Yeboah Quartey',
      'Kofi Tetteh-Ansah',
      'Dana Whitfield',
    ]);
    expect(people('They met Dana Whitfield, Marta Silva, Harbourton and Kestrel.')).toEqual(['Dana Whitfield', 'Marta Silva']);
  });

  it('does not read a name and the organisation after it as a list', () => {
    expect(people('Dana Whitfield, Harbour Capital, said so.')).toEqual(['Dana Whitfield']);
  });
});
