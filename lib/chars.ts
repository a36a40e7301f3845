/**
 * Unicode character classes by code point, without compiling a "u" regular expression for the
 * text most pages hold. V8 builds the tables of a \p{…} class when such a regex first runs and
 * compiles it again to machine code on its second run: about 1.5 ms for each of them, paid
 * afresh on every article page (the content script's code is always cold). ASCII, Latin-1,
 * Latin Extended-A, combining marks and general punctuation (curly quotes, dashes) are settled
 * here by table; other code points ask the regex once and are remembered.
 * tests/unit/chars.test.ts checks every BMP code point against the regexes.
 */

const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const UPPER = 8;
const LOWER = 16;
const KNOWN = 32;

/** Classes of BMP code points, KNOWN once worked out. */
const classes = new Uint8Array(0x10000);

let letterRe: RegExp | undefined;
let markRe: RegExp | undefined;
let numberRe: RegExp | undefined;
let upperRe: RegExp | undefined;
let lowerRe: RegExp | undefined;

/** What the \p{…} regexes say of a code point: for code points the tables below do not settle. */
function askRegex(cp: number): number {
  const c = String.fromCodePoint(cp);
  letterRe ??= /\p{L}/u;
  markRe ??= /\p{M}/u;
  numberRe ??= /\p{N}/u;
  if (!letterRe.test(c)) return (markRe.test(c) ? MARK : 0) | (numberRe.test(c) ? NUMBER : 0);
  upperRe ??= /\p{Lu}/u;
  lowerRe ??= /\p{Ll}/u;
  return LETTER | (upperRe.test(c) ? UPPER : 0) | (lowerRe.test(c) ? LOWER : 0);
}

/** The classes of a code point in the ranges settled without a regex, or -1. */
function fromTables(cp: number): number {
  if (cp < 0x80) {
    if (cp >= 65 && cp <= 90) return LETTER | UPPER;
    if (cp >= 97 && cp <= 122) return LETTER | LOWER;
    return cp >= 48 && cp <= 57 ? NUMBER : 0;
  }
  if (cp < 0x100) {
    if (cp === 0xaa || cp === 0xba) return LETTER; // ª º: letters without case
    if (cp === 0xb5 || (cp >= 0xdf && cp <= 0xff && cp !== 0xf7)) return LETTER | LOWER;
    if (cp >= 0xc0 && cp <= 0xde && cp !== 0xd7) return LETTER | UPPER;
    return cp === 0xb2 || cp === 0xb3 || cp === 0xb9 || (cp >= 0xbc && cp <= 0xbe) ? NUMBER : 0;
  }
  if (cp < 0x180) return LETTER | (latinExtendedAIsUpper(cp) ? UPPER : LOWER);
  if (cp >= 0x300 && cp < 0x370) return MARK;
  if (cp >= 0x2000 && cp < 0x2070) return 0; // spaces, dashes, quotes, bullets, invisible format characters
  return -1;
}

/** Latin Extended-A pairs its capitals and small letters, with two changes of step and a few loners. */
function latinExtendedAIsUpper(cp: number): boolean {
  if (cp === 0x138 || cp === 0x149 || cp === 0x17f) return false; // ĸ ŉ ſ
  if (cp === 0x178) return true; // Ÿ
  if (cp < 0x138) return cp % 2 === 0;
  if (cp < 0x149) return cp % 2 === 1;
  if (cp < 0x178) return cp % 2 === 0;
  return cp % 2 === 1;
}

function classesOf(cp: number): number {
  if (cp < 0) return 0; // before the start of a text (codePointBefore)
  if (cp > 0xffff) return askRegex(cp);
  let known = classes[cp]!;
  if (!known) {
    const settled = fromTables(cp);
    known = (settled >= 0 ? settled : askRegex(cp)) | KNOWN;
    classes[cp] = known;
  }
  return known;
}

/** \p{L}: a letter of any script. */
export function isLetter(cp: number): boolean {
  return (classesOf(cp) & LETTER) !== 0;
}

/** [\p{L}\p{M}\p{N}]: a letter, a combining mark or a digit of any script. */
export function isWordChar(cp: number): boolean {
  return (classesOf(cp) & (LETTER | MARK | NUMBER)) !== 0;
}

/** \p{Lu}: a capital letter. */
export function isUpper(cp: number): boolean {
  return (classesOf(cp) & UPPER) !== 0;
}

/** \p{Ll}: a small letter. */
export function isLower(cp: number): boolean {
  return (classesOf(cp) & LOWER) !== 0;
}

/** The code point that ends just before `at` (a surrogate pair read whole), or -1 at the start. */
export function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** /^\p{Ll}{min,max}$/u: a word of small letters only, counted in code points. */
export function isLowerWord(word: string, min: number, max: number): boolean {
  let count = 0;
  for (let i = 0; i < word.length; count++) {
    const cp = word.codePointAt(i)!;
    if (!isLower(cp)) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return count >= min && count <= max;
}

/** The string with every character that is not a letter (\p{L}) taken out. */
export function lettersOnly(text: string): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isLetter(cp)) out += text.slice(i, i + width);
    i += width;
  }
  return out;
}
