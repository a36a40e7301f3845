import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { possessiveOwner } from '@/lib/detectors/possessive';

/** The regex possessiveOwner reads by hand: the specification it is held to. */
const SPEC = /(?:^|[\s(])(\p{Lu}[\p{L}.]*(?: \p{Lu}\p{L}*)?)['’]s $/u;

describe('possessive owner before a name', () => {
  it.each([
    ['coach and Kenya’s ', 'Kenya'],
    ['(South Korea’s ', 'South Korea'],
    ["with the U.S.'s ", 'U.S.'],
    ["the U.S. Army's ", 'U.S. Army'],
    ['Côte d’Ivoire’s ', undefined],
    ['Élysée’s ', 'Élysée'],
    ['its ', undefined],
    ["kenya's ", undefined],
    ["x'Kenya's ", undefined],
    ["'s ", undefined],
  ])('%j → %j', (before, owner) => {
    expect(possessiveOwner(before)).toBe(owner);
    expect(SPEC.exec(before)?.[1]).toBe(owner);
  });

  it('agrees with the regex on any text', () => {
    const piece = fc.constantFrom(
      'K',
      'e',
      'n',
      'S',
      'o',
      ' ',
      '  ',
      '(',
      '.',
      "'",
      '’',
      's',
      'É',
      'é',
      '𝐀',
      '𝐚',
      '1',
      '\n',
      '\u00a0',
      '-',
    );
    const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
    const ending = fc.constantFrom("'s ", '’s ', 's ', "'s", '');
    fc.assert(
      fc.property(text, ending, (start, end) => {
        const before = start + end;
        expect(possessiveOwner(before)).toBe(SPEC.exec(before)?.[1]);
      }),
      { numRuns: 20_000 },
    );
  });
});
