import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { capitaliseWords } from '@/lib/detectors/people';
import { ROLE_NOUNS, TITLES } from '@/lib/lexicon/titles';
import { fromCompactNames, type CompactOrganisationNames } from '@/lib/organisations';
import { parsePhrase, parsePhraseByTokens, PhraseIndex } from '@/lib/phrase-index';
import { tokenize } from '@/lib/tokens';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Every phrase Backstory indexes: titles and roles as the people detector adds them, organisations' and people's names. */
function indexedPhrases(): string[] {
  const organisations = fromCompactNames(read<CompactOrganisationNames>('assets/dataset/organisation-names.json'));
  const people = read<{ people: [string, string, ...unknown[]][] }>('assets/dataset/detection-data.json').people;
  return [
    ...TITLES,
    ...ROLE_NOUNS.flatMap((r) => [r, r[0]!.toUpperCase() + r.slice(1), capitaliseWords(r)]),
    ...organisations.flatMap((o) => [o.name, ...o.aliases, ...(o.ambiguousAliases ?? [])]),
    ...people.map(([, name]) => name),
  ];
}

describe('phrase parsing', () => {
  it('reads plain phrases the same as through the tokenizer, for every indexed phrase and awkward ones', () => {
    const awkward = [
      '',
      ' ',
      'a',
      ' a',
      'a ',
      'a  b',
      'U.S.',
      'Côte d’Ivoire',
      'a\u00a0b',
      'OPEC+',
      'G7',
      'al-Sisi',
      "O'Brien",
      'A\nB',
      'Москва',
    ];
    const phrases = [...indexedPhrases(), ...awkward];
    expect(phrases.length).toBeGreaterThan(1000);
    for (const phrase of phrases) expect(parsePhrase(phrase), JSON.stringify(phrase)).toEqual(parsePhraseByTokens(phrase));
  });

  it('finds the longest phrase at a token, with its trailing punctuation', () => {
    const index = new PhraseIndex<string>();
    for (const [phrase, value] of [
      ['Foreign Minister', 'title'],
      ['Foreign', 'word'],
      ['U.S.', 'us'],
    ] as const)
      index.add(phrase, value);
    const tokens = tokenize('the Foreign\u00a0Minister of the U.S. said');
    expect(index.matchAt(tokens, 1)).toMatchObject({ value: 'title', lastToken: 2 });
    expect(index.matchAt(tokens, 5)).toMatchObject({ value: 'us', lastToken: 6, end: 'the Foreign\u00a0Minister of the U.S.'.length });
    expect(index.matchAt(tokens, 0)).toBeUndefined();
  });
});
