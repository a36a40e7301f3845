import { isUpper, isWordChar } from './chars';

/**
 * Word tokens of a text as parallel offset arrays: one regex pass, no per-token objects, so that
 * the detectors can look words up by index on a 100,000-word page without allocating much.
 */
export interface Tokens {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

function isWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return isWordChar(code);
}

/**
 * Splits text into runs of letters, marks and digits in one pass over its UTF-16 units. A
 * hand-written scan rather than /[\p{L}\p{M}\p{N}]+/gu, which is four times slower in V8 on
 * news text; astral-plane letters (surrogate pairs) are tested as whole code points.
 */
export function tokenize(text: string): Tokens {
  const length = text.length;
  // A word and its separator take at least two units: capacity for the most words there can be.
  const starts = new Int32Array((length >> 1) + 1);
  const ends = new Int32Array((length >> 1) + 1);
  let count = 0;
  let start = -1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      word = low >= 0xdc00 && low <= 0xdfff && isWordChar(text.codePointAt(i)!);
      if (low >= 0xdc00 && low <= 0xdfff) width = 2;
    } else {
      word = isWordUnit(code);
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      starts[count] = start;
      ends[count++] = i;
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) {
    starts[count] = start;
    ends[count++] = length;
  }
  return { text, starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
}

export function tokenAt(tokens: Tokens, i: number): string {
  return tokens.text.slice(tokens.starts[i], tokens.ends[i]);
}

/** Characters between token i and token i + 1 (empty after the last token). */
export function gapAfter(tokens: Tokens, i: number): string {
  const next = tokens.starts[i + 1];
  return next === undefined ? '' : tokens.text.slice(tokens.ends[i], next);
}

export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90;
  return word.length > 0 && isUpper(word.codePointAt(0)!);
}

/** True when every letter of the word is upper case and it has at least two letters (an acronym or a shouted headline word). */
export function isAllCaps(word: string): boolean {
  // Most words have a lower-case ASCII second letter: settle them without case-mapping the word.
  const second = word.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * Normalises the characters between two words of a phrase so that "Abbas  Araghchi" and
 * "Abbas\u00a0Araghchi" match the same key, and curly apostrophes match straight ones.
 * A line break is kept: it separates blocks of the page, and no name spans two blocks.
 */
export function normaliseGap(gap: string): string {
  if (isSpaceGap(gap)) return ' ';
  return gap.replace(/\u2019/g, "'");
}

/**
 * White space between two words of one phrase: spaces, and at most one line break (HTML source
 * wraps lines inside a paragraph). Two line breaks separate blocks, and nothing spans them.
 */
export function isSpaceGap(gap: string): boolean {
  return gap === ' ' || SPACE_GAP.test(gap);
}
const SPACE_GAP = /^(?:[ \t\u00a0\u2009\u202f]+(?:\r?\n[ \t\u00a0\u2009\u202f]*)?|\r?\n[ \t\u00a0\u2009\u202f]*)$/;
