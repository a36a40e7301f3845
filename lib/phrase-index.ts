import { gapAfter, normaliseGap, tokenize, type Tokens } from './tokens';

/**
 * Longest-match lookup of multi-word phrases over word tokens. Shared by the people and
 * countries detectors: both match dataset names and aliases case-sensitively ("Turkey" the
 * country, never "turkey" the bird) and prefer the longest phrase ("Papua New Guinea" over
 * "Guinea", "New Mexico" over "Mexico").
 */
export interface PhraseMatch<T> {
  value: T;
  /** Index of the last token of the phrase. */
  lastToken: number;
  /** End offset in the text, including trailing punctuation that belongs to the phrase ("U.S."). */
  end: number;
}

interface Entry<T> {
  /** Decoded on first use when the index was rebuilt from data: most phrases never match. */
  value?: T;
  raw?: unknown;
  trailing: string;
}

/** The longest gap allowed between two words of one phrase (", " in "Iran, Islamic Republic of" is not wanted). */
const MAX_GAP = 3;

/** A PhraseIndex as plain data, built ahead of time (`npm run data`) so pages skip the work. */
export interface PhraseIndexData<V> {
  keys: string[];
  values: V[];
  /** Trailing punctuation by key position, where there is any ("U.S." → "."). */
  trailing: Record<number, string>;
  prefixes: string[];
}

export class PhraseIndex<T> {
  private readonly phrases = new Map<string, Entry<T>>();
  private readonly prefixes = new Set<string>();
  private decode: ((raw: unknown) => T) | undefined;
  /** The first two UTF-16 units of every phrase's first word, so most words are ruled out without a slice. */
  private readonly openings = new Set<number>();

  /** Rebuilds an index from toData()'s output, mapping stored values back with `decode`. */
  static fromData<V, T>(data: PhraseIndexData<V>, decode: (value: V) => T): PhraseIndex<T> {
    const index = new PhraseIndex<T>();
    index.decode = decode as (raw: unknown) => T;
    data.keys.forEach((key, i) => {
      index.phrases.set(key, { raw: data.values[i], trailing: data.trailing[i] ?? '' });
      index.openings.add(opening(key, 0));
    });
    for (const prefix of data.prefixes) index.prefixes.add(prefix);
    return index;
  }

  toData<V>(encode: (value: T) => V): PhraseIndexData<V> {
    const keys: string[] = [];
    const values: V[] = [];
    const trailing: Record<number, string> = {};
    for (const [key, entry] of this.phrases) {
      if (entry.trailing) trailing[keys.length] = entry.trailing;
      keys.push(key);
      values.push(encode(this.valueOf(entry)));
    }
    return { keys, values, trailing, prefixes: [...this.prefixes] };
  }

  /** Adds a phrase; the first value added for a phrase wins, so add the preferred reading first. */
  add(phrase: string, value: T): void {
    const parsed = parsePhrase(phrase);
    if (!parsed) return;
    for (const prefix of parsed.prefixes) this.prefixes.add(prefix);
    this.openings.add(opening(parsed.key, 0));
    if (!this.phrases.has(parsed.key)) this.phrases.set(parsed.key, { value, trailing: parsed.trailing });
  }

  /** The value of a whole phrase written as in the text ("U.S.", "Abbas  Araghchi"), if indexed. */
  get(phrase: string): T | undefined {
    const parsed = parsePhrase(phrase);
    const entry = parsed ? this.phrases.get(parsed.key) : undefined;
    return entry ? this.valueOf(entry) : undefined;
  }

  private valueOf(entry: Entry<T>): T {
    entry.value ??= this.decode!(entry.raw);
    return entry.value;
  }

  /** The longest phrase that starts at token `first`, if any. */
  matchAt(tokens: Tokens, first: number): PhraseMatch<T> | undefined {
    const { text, starts, ends } = tokens;
    if (!this.openings.has(opening(text, starts[first]!))) return undefined;
    let key = text.slice(starts[first], ends[first]);
    let best: PhraseMatch<T> | undefined;
    for (let i = first; ; i++) {
      const entry = this.phrases.get(key);
      if (entry) best = { value: this.valueOf(entry), lastToken: i, end: endWithTrailing(text, ends[i]!, entry.trailing) };
      if (i + 1 >= starts.length || !this.prefixes.has(key)) break;
      const gap = text.slice(ends[i], starts[i + 1]);
      if (gap.length > MAX_GAP) break;
      key += normaliseGap(gap) + text.slice(starts[i + 1], ends[i + 1]);
    }
    return best;
  }
}

function endWithTrailing(text: string, end: number, trailing: string): number {
  return trailing && text.startsWith(trailing, end) ? end + trailing.length : end;
}

export interface ParsedPhrase {
  key: string;
  prefixes: string[];
  trailing: string;
}

/** A phrase's lookup key (words joined by normalised gaps), its word prefixes and trailing punctuation. */
export function parsePhrase(phrase: string): ParsedPhrase | undefined {
  return parsePlainPhrase(phrase) ?? parsePhraseByTokens(phrase);
}

/**
 * Most phrases (titles, roles, organisations' names) are ASCII words joined by single spaces:
 * their key is the phrase itself. Reading them here skips tokenizing hundreds of short strings,
 * which an article page did on every load. Anything else is left to parsePhraseByTokens.
 */
function parsePlainPhrase(phrase: string): ParsedPhrase | undefined {
  const prefixes: string[] = [];
  for (let i = 0; i < phrase.length; i++) {
    const code = phrase.charCodeAt(i);
    if (code === 32) {
      // A space between two words, never at either end or next to another space.
      if (i === 0 || i === phrase.length - 1 || phrase.charCodeAt(i + 1) === 32) return undefined;
      prefixes.push(phrase.slice(0, i));
    } else if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57))) {
      return undefined;
    }
  }
  return phrase ? { key: phrase, prefixes, trailing: '' } : undefined;
}

export function parsePhraseByTokens(phrase: string): ParsedPhrase | undefined {
  const tokens = tokenize(phrase);
  const count = tokens.starts.length;
  if (count === 0) return undefined;
  const prefixes: string[] = [];
  let key = '';
  for (let i = 0; i < count; i++) {
    key += phrase.slice(tokens.starts[i], tokens.ends[i]);
    if (i < count - 1) {
      prefixes.push(key);
      key += normaliseGap(gapAfter(tokens, i));
    }
  }
  return { key, prefixes, trailing: phrase.slice(tokens.ends[count - 1]).trim() };
}

/**
 * The first two UTF-16 units from `at` as one number, with the second normalised as phrase keys
 * are (white space to a space, a curly apostrophe to a straight one).
 */
function opening(text: string, at: number): number {
  let second = text.charCodeAt(at + 1);
  if (second === 0xa0 || second === 9 || second === 10 || second === 13 || second === 0x2009 || second === 0x202f) second = 32;
  else if (second === 0x2019) second = 39;
  else if (Number.isNaN(second)) second = 0;
  return text.charCodeAt(at) * 0x10000 + second;
}
