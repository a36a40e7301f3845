import { ROLE_NOUNS, TITLES } from './lexicon/titles';

/**
 * What the article itself calls a person: an appositive after the name ("Abbas Araghchi, Iran's
 * foreign minister, said") or a role before it ("Kremlin spokesman Dmitry Peskov"). Returned as
 * the article's words, for the card to show beside the dataset's background.
 */
export function findDescriptor(text: string, start: number, end: number): string | undefined {
  return appositiveAfter(text, end) ?? roleBefore(text, start);
}

const ROLE_WORDS = [...new Set([...ROLE_NOUNS, ...TITLES.map((t) => t.toLowerCase())])]
  .filter((w) => w.length > 3)
  .sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ROLE_ALTERNATION = ROLE_WORDS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${escape(w.slice(1))}`).join('|');
const HAS_ROLE = new RegExp(`(?<![\\p{L}])(?:${ROLE_ALTERNATION})(?![\\p{L}])|\\p{L}['’]s `, 'u');
const APPOSITIVE = /^,[ \t]+([^,;:()"“”\n]{3,90}?)(?=,|;|\.(?:\s|$)|$)/u;
const NOT_APPOSITIVE = /^(?:who|which|that|said|says|told|and|but|he|she|they|it|in|on|at|as|when|while|after|before)\b/i;
const ROLE_BEFORE = new RegExp(`((?:(?:\\p{Lu}[\\p{L}.'’-]*|\\p{Ll}+['’]s)[ \\t]+){0,4})(${ROLE_ALTERNATION})[ \\t]+$`, 'u');

function appositiveAfter(text: string, end: number): string | undefined {
  const m = APPOSITIVE.exec(text.slice(end, end + 120));
  const phrase = m?.[1]?.trim();
  if (!phrase || NOT_APPOSITIVE.test(phrase) || !HAS_ROLE.test(phrase)) return undefined;
  return phrase;
}

function roleBefore(text: string, start: number): string | undefined {
  const m = ROLE_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  if (!m) return undefined;
  const phrase = `${m[1] ?? ''}${m[2] ?? ''}`.trim();
  // "Mr" and "Ms" say nothing about the person.
  return /^(?:Mrs?|Ms|Miss|Mx|Dr|Sir|Dame)\.?$/.test(phrase) ? undefined : phrase;
}
