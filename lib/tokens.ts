/**
 * Word tokens of a text as parallel offset arrays: one regex pass, no per-token objects, so that
 * the detectors can look words up by index on a 100,000-word page without allocating much.
 */
export interface Tokens {
  text: string;
  starts: number[];
  ends: number[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const UPPER_START = /^\p{Lu}/u;

export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { text, starts, ends };
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
  return UPPER_START.test(word);
}

/** True when every letter of the word is upper case and it has at least two letters (an acronym or a shouted headline word). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * Normalises the characters between two words of a phrase so that "Abbas  Araghchi" and
 * "Abbas\u00a0Araghchi" match the same key, and curly apostrophes match straight ones.
 * A line break is kept: it separates blocks of the page, and no name spans two blocks.
 */
export function normaliseGap(gap: string): string {
  if (/^[ \t\u00a0\u2009\u202f]+$/.test(gap)) return ' ';
  return gap.replace(/\u2019/g, "'");
}
