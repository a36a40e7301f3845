import { codePointBefore, isLetter, isUpper } from '../chars';

const SPACE_OR_BRACKET = /[\s(]/;

/**
 * The capitalised owner of a possessive that ends `before` ("… Kenya's ", "(South Korea’s ",
 * "the U.S.'s "), or undefined: what /(?:^|[\s(])(\p{Lu}[\p{L}.]*(?: \p{Lu}\p{L}*)?)['’]s $/u
 * captures, read backwards by hand. The people detector asks this before most names of an
 * article, and a \p{…} regex costs more to compile on a cold page than all of these calls.
 */
export function possessiveOwner(before: string): string | undefined {
  const end = before.length - 3;
  if (end < 1 || !before.endsWith('s ') || (before[end] !== "'" && before[end] !== '’')) return undefined;
  // Two words ("South Korea"): letters only in the second, letters and dots in the first.
  const second = backOver(before, end, false);
  if (second < end && before[second - 1] === ' ' && startsUpper(before, second)) {
    const first = backOver(before, second - 1, true);
    if (first < second - 1 && opensOwner(before, first)) return before.slice(first, end);
  }
  const only = backOver(before, end, true);
  return only < end && opensOwner(before, only) ? before.slice(only, end) : undefined;
}

/** The start of the run of letters (and dots, with `dots`) that ends at `end`. */
function backOver(text: string, end: number, dots: boolean): number {
  let at = end;
  while (at > 0) {
    const cp = codePointBefore(text, at);
    if (!(isLetter(cp) || (dots && cp === 46))) break;
    at -= cp > 0xffff ? 2 : 1;
  }
  return at;
}

function startsUpper(text: string, at: number): boolean {
  return isUpper(text.codePointAt(at)!);
}

/** An owner opens the text or follows white space or a bracket, with a capital letter. */
function opensOwner(text: string, at: number): boolean {
  return startsUpper(text, at) && (at === 0 || SPACE_OR_BRACKET.test(text[at - 1]!));
}
