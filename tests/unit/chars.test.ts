import { describe, expect, it } from 'vitest';
import { codePointBefore, isLetter, isLower, isLowerWord, isUpper, isWordChar, lettersOnly } from '../../lib/chars';

const BY_REGEX: [string, (cp: number) => boolean, RegExp][] = [
  ['isLetter', isLetter, /\p{L}/u],
  ['isWordChar', isWordChar, /[\p{L}\p{M}\p{N}]/u],
  ['isUpper', isUpper, /\p{Lu}/u],
  ['isLower', isLower, /\p{Ll}/u],
];

describe('character classes', () => {
  it.each(BY_REGEX)('%s agrees with its \\p{…} regex on every BMP code point and a sample of the others', (_name, fn, re) => {
    const wrong: string[] = [];
    const check = (cp: number) => {
      if (fn(cp) !== re.test(String.fromCodePoint(cp))) wrong.push(cp.toString(16));
    };
    for (let cp = 0; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) check(cp);
    for (let cp = 0x10000; cp <= 0x10ffff; cp += 97) check(cp);
    for (const cp of [0x1d400, 0x1f600, 0x20000, 0x10400, 0x10428]) check(cp); // 𝐀, 😀, 𠀀, 𐐀, 𐐨
    expect(wrong).toEqual([]);
  });

  it('asks twice and gets the same answer (the cache)', () => {
    for (const cp of [0x416, 0x436, 0x5d0, 0x660, 0x4e2d]) expect([isLetter(cp), isWordChar(cp)]).toEqual([isLetter(cp), isWordChar(cp)]);
  });

  it('reads surrogate pairs whole before an offset, and nothing before the start', () => {
    const text = 'a𝐀b';
    expect(codePointBefore(text, 3)).toBe(0x1d400);
    expect(codePointBefore(text, 1)).toBe(0x61);
    expect(codePointBefore(text, 0)).toBe(-1);
    expect(isLetter(codePointBefore(text, 0))).toBe(false);
    expect(isLetter(codePointBefore(text, 3))).toBe(true);
  });

  it('matches /^\\p{Ll}{min,max}$/u for whole words', () => {
    for (const word of ['myung', 'ho', 'é', 'éa', 'jeong', 'abcdef', 'Myung', 'a-b', '', 'ß𝐚', '𝐚𝐚𝐚']) {
      expect(isLowerWord(word, 2, 5), word).toBe(/^\p{Ll}{2,5}$/u.test(word));
    }
  });

  it('keeps only the letters, astral ones whole', () => {
    for (const text of ['TOUR OF THE U.S. ', 'A-1 Ça va ', '𝐀 B', '', '12, 34']) {
      expect(lettersOnly(text)).toBe(text.replace(/[^\p{L}]/gu, ''));
    }
  });
});
