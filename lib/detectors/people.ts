import { isLowerWord } from '../chars';
import { FIRST_NAMES } from '../lexicon/first-names';
import { ROLE_NOUNS, TITLES } from '../lexicon/titles';
import {
  FAMILY_NAME_FIRST,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  REGNAL_NUMBERS,
  SPEECH_VERBS,
} from '../lexicon/words';
import { PhraseIndex } from '../phrase-index';
import { isAllCaps, isCapitalised, isSpaceGap, tokenAt } from '../tokens';
import type { Span } from '../types';
import { possessiveOwner } from './possessive';
import { entityMatches, type DetectContext, type EntityMatch, type PersonCluster as Cluster } from './context';

/**
 * People: dataset names and aliases; names the dataset does not know, found from evidence
 * around capitalised words (a title or honorific before them, a known given name, initials, a
 * speech verb or a country in brackets after them); and, within one article, a later surname or
 * "Mr"/"Ms" + surname is the same person as the full name before it (same `entity` and `ref`).
 * Two people sharing a surname make that bare surname unresolvable, never merged.
 */
export function detectPeople(ctx: DetectContext): Span[] {
  return new PeopleScan(ctx).run();
}

const MAX_NAME_WORDS = 5;

type TitleKind = 'title' | 'role';
let titleIndex: PhraseIndex<TitleKind> | undefined;
function titles(): PhraseIndex<TitleKind> {
  if (!titleIndex) {
    titleIndex = new PhraseIndex<TitleKind>();
    for (const t of TITLES) titleIndex.add(t, 'title');
    for (const r of ROLE_NOUNS) {
      titleIndex.add(r, 'role');
      // At the start of a sentence or as a title: "Coach Berti Vogts", "Chief Executive Ana Ruiz".
      // A title added above keeps its reading (the index keeps the first value).
      titleIndex.add(r[0]!.toUpperCase() + r.slice(1), 'role');
      titleIndex.add(capitaliseWords(r), 'role');
    }
  }
  return titleIndex;
}
/** Builds the title index (detect() otherwise does on the first capitalised word). */
export function preparePeople(): void {
  titles();
}

/** "Foreign Minister", "Vice-President": every word of a (lower-case, ASCII) role capitalised. */
export function capitaliseWords(role: string): string {
  let out = '';
  for (let i = 0; i < role.length; i++) {
    const code = role.charCodeAt(i);
    const startsWord = i === 0 || !isAsciiWordCode(role.charCodeAt(i - 1));
    out += startsWord && code >= 97 && code <= 122 ? String.fromCharCode(code - 32) : role[i];
  }
  return out;
}

/** [A-Za-z0-9_]: what "\b" reads as a word character. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Lower-case words that can start a role ("spokesman", "foreign minister"): the only lower-case tokens worth a look. */
const lowerCaseStarters = new Set(ROLE_NOUNS.map((r) => r.split(' ')[0]!));
/** Their first two letters, to rule out most lower-case words without slicing them out of the text. */
/** Slot of a lower-case word's shape (first letter a–z, second unit, length) in `starterShapes`. */
const starterSlot = (first: number, second: number, length: number) => ((first - 97) * 128 + (second & 127)) * 32 + Math.min(length, 31);
/** The shapes of role words, so most lower-case words ("for" of "forward") are ruled out by one typed-array read, without a slice. */
const starterShapes = new Uint8Array(26 * 128 * 32);
for (const w of lowerCaseStarters) starterShapes[starterSlot(w.charCodeAt(0), w.charCodeAt(1), w.length)] = 1;

const firstNames = new Set(FIRST_NAMES);
const notNameWords = new Set(NOT_NAME_WORDS);
const particles = new Set(NAME_PARTICLES);
const placePrefixes = new Set(PLACE_PREFIXES);
const regnal = new Set(REGNAL_NUMBERS);
const speechVerbs = new Set(SPEECH_VERBS);
const familyNameFirst = new Set(FAMILY_NAME_FIRST);
const titleCase = (word: string) => word[0] + word.slice(1).toLowerCase();

/** Words before a place, after which a country name that is also a surname stays the country ("in Jordan"). */
const placePrepositions = new Set(PLACE_PREPOSITIONS);
/** Given names that are also month abbreviations or adjectives ("Jan", "Christian"): a name only when a name word follows. */
const givenNameOrWord = new Set(FIRST_NAMES.filter((n) => notNameWords.has(n) && n.length > 1));
/** Cricket scorecards: "c Healy b Warne", "lbw b Warne", "st Healy b Warne" (the fielder and the bowler are people). */
const SCORECARD = /(?:^|[\s(])(?:c|st) \S[^\n]{0,40}? b \S|\blbw b \S|\bc & b \S/;
/**
 * What follows a player's name in sports results: a bowler's figures ("Warne 10-2-35-3"), the
 * minute of a goal or substitution ("Costa 46th", "Costa (61st)"), a pitcher's record ("Ruiz (3-4)").
 */
const SPORTS_RESULT_AFTER = /^ (?:\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b|\(?\d{1,3}(?:st|nd|rd|th)\b|\(\d{1,2}-\d{1,2}\))/;
const isDigit = (code: number) => code >= 48 && code <= 57;
/** A numbered line-up before a name: "9 - Ana Costa", "(14 - Ana Costa 62nd)". */
const LINEUP_BEFORE = /(?:^|[\n,;(] ?)\d{1,2} ?- $/;

class PeopleScan {
  private readonly spans: Span[] = [];
  private readonly surnames: Map<string, Cluster | null>;
  private readonly matches: EntityMatch[];
  /** Per token, 1 + the index in `matches` of the dataset phrase starting there (0: none); a typed array is cheaper than a Map here. */
  private readonly matchIndex: Int32Array;
  /** Where the line of the token being visited starts, and the next line break after it (-1: none), for byline checks. */
  private lineStart = 0;
  private nextBreak: number;
  private readonly count: number;
  /** Capitalised words left unresolved, tried again once the whole text's names are known. */
  private readonly pending: number[] = [];
  /** Runs of capitalised words with no evidence yet ("Faith Chepkoech"), tried again the same way. */
  private readonly pendingRuns: Array<[first: number, last: number]> = [];
  /** The tokens of every person found, for reading lists. */
  private readonly found: Array<[first: number, last: number]> = [];

  constructor(private readonly ctx: DetectContext) {
    this.nextBreak = ctx.text.indexOf('\n');
    this.matches = entityMatches(ctx);
    this.matchIndex = new Int32Array(ctx.tokens.starts.length);
    this.matches.forEach((m, k) => (this.matchIndex[m.firstToken] = k + 1));
    this.surnames = ctx.state.surnames;
    this.count = ctx.tokens.starts.length;
  }

  /** The dataset phrase that starts at token i, if any. */
  private matchAt(i: number): EntityMatch | undefined {
    const k = this.matchIndex[i];
    return k ? this.matches[k - 1] : undefined;
  }

  run(): Span[] {
    for (let i = 0; i < this.count; i++) i = this.visit(i);
    this.resolveEarlierMentions();
    return this.spans;
  }

  /**
   * A surname that comes before the full name ("Lebed" in a headline, "HENKE TAKES LEAD" over a
   * story about Ana Henke) is the same person: resolve the words left over once the text is read.
   */
  private resolveEarlierMentions(): void {
    const resolved = new Set<number>();
    for (const [first, last] of this.pendingRuns) {
      // A run ending in a surname the text gives elsewhere is that person with a given name we lacked.
      const cluster = this.surnames.get(this.word(last));
      if (!cluster || resolved.has(first)) continue;
      this.push(first, last, cluster);
      for (let t = first; t <= last; t++) resolved.add(t);
    }
    for (const i of this.pending) {
      if (resolved.has(i)) continue;
      const word = this.word(i);
      const capitals = isAllCaps(word);
      const cluster = this.surnames.get(capitals ? titleCase(word) : word);
      if (!cluster) continue;
      // "KEVIN BROWN LOWERS ERA": a given name in capitals before the surname belongs to it.
      const first = capitals && i > 0 && this.gap(i - 1) === ' ' && firstNames.has(titleCase(this.word(i - 1))) ? i - 1 : i;
      this.push(first, i, cluster);
      resolved.add(i);
    }
    this.resolveLists(resolved);
  }

  /**
   * "Pakistan: Aamir Sohail, Saeed Anwar, Ijaz Ahmed and Salim Malik": in a list of three names
   * or more, most of them already people, the rest are people too. Two items are not a list
   * ("Ana Ruiz, Goldman Sachs, said" is a name and its employer).
   */
  private resolveLists(resolved: Set<number>): void {
    type Item = { first: number; last: number; person: boolean };
    const candidates: Item[] = [];
    for (const [first, last] of this.pendingRuns)
      if (!resolved.has(first) && this.touchesSeparator(first, last)) candidates.push({ first, last, person: false });
    for (const i of this.pending)
      if (!resolved.has(i) && this.touchesSeparator(i, i) && !isAllCaps(this.word(i)))
        candidates.push({ first: i, last: i, person: false });
    if (candidates.length === 0) return;
    const items = candidates.concat(this.found.map(([first, last]) => ({ first, last, person: true })));
    items.sort((a, b) => a.first - b.first);
    let chain: Item[] = [];
    const settle = () => {
      const people = chain.filter((item) => item.person).length;
      const singles = chain.filter((item) => !item.person && item.first === item.last).length;
      if (chain.length >= 3 && people * 2 >= chain.length) {
        // A lone capitalised word joins only a list of three people or more ("… Ana Ruiz, Paris and Rome" stays places).
        for (const item of chain)
          if (!item.person && (item.first < item.last || (people >= 3 && singles < people))) this.addName(item.first, item.last);
      }
      chain = [];
    };
    for (const item of items) {
      const prev = chain.at(-1);
      if (prev && item.first <= prev.last) continue; // the surname of a run already in the chain
      if (prev && !this.listContinues(prev.last, item.first)) settle();
      chain.push(item);
    }
    settle();
  }

  /** A cheap first test for a list item: a comma or semicolon, or "and", right before or after it. */
  private touchesSeparator(first: number, last: number): boolean {
    const { text, tokens } = this.ctx;
    const after = text.charCodeAt(tokens.ends[last]!);
    if (after === 44 || after === 59) return true;
    const before = first > 0 ? text.charCodeAt(tokens.ends[first - 1]!) : 0;
    if (before === 44 || before === 59) return true;
    return (first > 0 && this.word(first - 1) === 'and') || (last + 1 < this.count && this.word(last + 1) === 'and');
  }

  /** True when the words from token `last` to token `next` are a list separator: ", ", "; ", " and ", ", and ". */
  private listContinues(last: number, next: number): boolean {
    const gap = this.gap(last);
    if (next === last + 1) return gap === ', ' || gap === '; ';
    if (next !== last + 2) return false;
    // "Ana Ruiz (captain), Lina Ortiz": a one-word aside in brackets between two items.
    if (gap === ' (' && /^\), $/.test(this.gap(last + 1))) return true;
    return (gap === ' ' || gap === ', ') && this.word(last + 1) === 'and' && this.gap(last + 1) === ' ';
  }

  private word(i: number): string {
    return tokenAt(this.ctx.tokens, i);
  }

  /** The characters between token i and token i + 1. */
  private gap(i: number): string {
    const { tokens, text } = this.ctx;
    return i + 1 < this.count ? text.slice(tokens.ends[i], tokens.starts[i + 1]) : '';
  }

  /** Handles the token at i and returns the last token it consumed. */
  private visit(i: number): number {
    // Most tokens are lower-case words or numbers: settle them with one character test.
    const code = this.ctx.text.charCodeAt(this.ctx.tokens.starts[i]!);
    if (code >= 48 && code <= 57) return i;
    if (code >= 97 && code <= 122) {
      const start = this.ctx.tokens.starts[i]!;
      const shape = starterSlot(code, this.ctx.text.charCodeAt(start + 1), this.ctx.tokens.ends[i]! - start);
      // A dataset name may open lower-case ("von der Leyen", "de Guindos"): read it like any other.
      const datasetName = this.matchIndex[i] !== 0 && this.matchAt(i)?.hit.kind === 'person';
      if (!datasetName && (!starterShapes[shape] || !lowerCaseStarters.has(this.word(i)))) return i;
    }
    if (this.isByline(i)) return this.skipName(i);
    const match = this.matchAt(i);
    if (match) {
      if (match.hit.kind === 'person' && this.isOtherPersonsSurname(i)) return i; // read with the given name before it
      if (match.hit.kind === 'person') this.addDatasetPerson(match, match.hit.id);
      else if (this.isGivenNameCountry(match)) return this.visitName(i);
      else if (this.isNameLikeCountry(match)) this.resolveNameLikeCountry(i);
      return match.lastToken;
    }
    const title = titles().matchAt(this.ctx.tokens, i);
    if (title && isSpaceGap(this.gap(title.lastToken).replace(/^\./, ''))) {
      const first = title.lastToken + 1;
      if (this.matchAt(first)?.hit.kind === 'person') return title.lastToken;
      const last = this.readName(first);
      const minWords = title.value === 'title' ? 1 : 2;
      if (last >= first + minWords - 1) {
        this.addName(first, last);
        return last;
      }
      return title.lastToken;
    }
    if (!this.isNameWord(i, true) || this.isInsideOtherName(i)) {
      if (this.isCapitalsWord(i)) this.pending.push(i);
      return i;
    }
    if (this.isScorecardName(i)) {
      const last = this.readName(i);
      this.addName(i, last);
      return last;
    }
    return this.visitName(i);
  }

  /**
   * "Saeed Anwar", "Andreas Herzog": a one-word dataset alias ("Anwar" of Anwar Ibrahim) right
   * after a capitalised given name is another person's surname, not the dataset person.
   */
  private isOtherPersonsSurname(i: number): boolean {
    const match = this.matchAt(i);
    const prev = i - 1;
    if (!match || match.lastToken !== i || prev < 0 || !isSpaceGap(this.gap(prev)) || !this.isNameWord(prev)) return false;
    if (titles().matchAt(this.ctx.tokens, prev)) return false;
    return firstNames.has(this.word(prev)) || !this.opensSentence(prev);
  }

  /** True when token i is the first word of a sentence, a line or a quotation. */
  private opensSentence(i: number): boolean {
    if (i === 0) return true;
    const { text, tokens } = this.ctx;
    return /[.!?:"“\n]\s*$/.test(text.slice(tokens.ends[i - 1], tokens.starts[i]));
  }

  /** A word in capitals ("HENKE"), tested on its first two letters before it is sliced out of the text. */
  private isCapitalsWord(i: number): boolean {
    const { text, tokens } = this.ctx;
    const second = text.charCodeAt(tokens.starts[i]! + 1);
    return second >= 65 && second <= 90 && isAllCaps(this.word(i));
  }

  /** A one-word country name or adjective at token i that could be a surname ("Jordan", "Holland", "French"). */
  private isCountrySurname(i: number): boolean {
    const match = this.matchAt(i);
    return match !== undefined && match.hit.kind === 'country' && match.lastToken === i && match.end === this.ctx.tokens.ends[i];
  }

  /** A one-word country name, which the article may use as a person's surname. */
  private isNameLikeCountry(match: EntityMatch): boolean {
    return match.hit.kind === 'country' && !match.hit.demonym && this.isCountrySurname(match.firstToken);
  }

  /**
   * "Neil Jordan … Jordan said": once the article has named a person so, the bare word is that
   * person. Only names that are also given names wait for a later full name ("Jordan", "Chad").
   */
  private resolveNameLikeCountry(i: number): void {
    const prev = i - 1;
    if (prev >= 0 && placePrepositions.has(this.word(prev))) return; // "in Jordan" is the country
    const cluster = this.surnames.get(this.word(i));
    const match = this.matchAt(i)!;
    if (cluster) this.push(i, i, cluster);
    else if (match.hit.kind === 'country' && this.ctx.index.countries.get(match.hit.id)?.ambiguous === 'name') this.pending.push(i);
  }

  /** A fielder or bowler in a cricket scorecard ("c Healy b Warne"). */
  private isScorecardName(i: number): boolean {
    const prev = i - 1;
    if (prev < 0 || this.gap(prev) !== ' ') return false;
    const marker = this.word(prev);
    if (marker !== 'b' && marker !== 'c' && marker !== 'st') return false;
    const { text, tokens } = this.ctx;
    return SCORECARD.test(text.slice(Math.max(0, tokens.starts[prev]! - 45), tokens.ends[i]! + 45));
  }

  private visitName(i: number): number {
    const last = this.readName(i);
    if (last < i) return i;
    const known = this.surnames.get(this.nameText(i, last));
    if (known && last > i) {
      this.push(i, last, known); // "Corrêa do Lago" after "André Corrêa do Lago"
      return last;
    }
    if (this.hasNameEvidence(i, last)) {
      this.addName(i, last);
      return last;
    }
    if (last > i) this.pendingRuns.push([i, last]);
    return this.resolveSurname(i, last);
  }

  /** "Jordan Bardella", "Chad Brennan": a country name that the country detector read as a given name. */
  private isGivenNameCountry(match: EntityMatch): boolean {
    if (match.hit.kind !== 'country' || this.ctx.index.countries.get(match.hit.id)?.ambiguous !== 'name') return false;
    return match.firstToken === match.lastToken && isSpaceGap(this.gap(match.lastToken)) && this.isNameWord(match.lastToken + 1);
  }

  /** A reporter's byline ("By Leila Haddad" on a line of its own) is not a person in the story. */
  private isByline(i: number): boolean {
    const { text, tokens } = this.ctx;
    const start = tokens.starts[i]!;
    // Cheap tests first: this runs for every capitalised word, left to right, so the start of
    // the line is found by scanning each character of the text once.
    while (this.nextBreak >= 0 && this.nextBreak < start) {
      this.lineStart = this.nextBreak + 1;
      this.nextBreak = text.indexOf('\n', this.lineStart);
    }
    const lineStart = this.lineStart;
    if (start - lineStart > 60) return false;
    let at = lineStart;
    while (at < start && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
    if (!text.startsWith('By ', at)) return false;
    const lineEnd = text.indexOf('\n', start);
    return !/[.!?]/.test(text.slice(start, lineEnd < 0 ? undefined : lineEnd));
  }

  private skipName(i: number): number {
    return Math.max(i, this.readName(i));
  }

  private nameText(first: number, last: number): string {
    const { tokens, text } = this.ctx;
    return text.slice(tokens.starts[first], tokens.ends[last]).replace(/\s+/g, ' ');
  }

  /**
   * Evidence that a run of capitalised words is a person: a known given name first, initials
   * ("P. Simmons"), or what follows ("… said", "(Kenya)", ", 45,").
   */
  private hasNameEvidence(first: number, last: number): boolean {
    const { text, tokens } = this.ctx;
    const firstWord = this.word(first);
    const end = tokens.ends[last]!;
    const after = text.slice(end, end + 40);
    // Evidence enough for a single word: an age, ", who", or a country in brackets ("(Kenya)").
    // (The cheap tests before each regex spare most names from running it: this runs cold on every page.)
    if (after.startsWith(', ') && /^, (?:\d{1,2}(?:,| -)|who\b)/.test(after)) return true; // "Duran, 45,", "Woods, who turned pro"
    const bracketed = after.startsWith(' (') ? /^ \(([^()\n]{2,40})\)( \d)?/.exec(after) : null;
    // "Okafor (Nigeria)"; but "Benetton (Italy) 92" is a team with its score.
    if (bracketed && this.ctx.index.phrases.get(bracketed[1]!)?.kind === 'country' && !(last === first && bracketed[2])) return true;
    if (after[0] === ' ' && (after[1] === '(' || isDigit(after.charCodeAt(1))) && SPORTS_RESULT_AFTER.test(after)) return true;
    const before = text.slice(Math.max(0, tokens.starts[first]! - 24), tokens.starts[first]);
    if (last > first && this.isCountrysOwn(before)) return true;
    if ((after[0] === '.' || after[0] === ',') && /[,"”] (?:said|says|asked|added) $/.test(before)) return true; // ..." said Eyles.
    if (last === first) return false;
    if (firstNames.has(firstWord)) return true;
    if (firstWord.length === 1 && this.gap(first).startsWith('.')) return true;
    // "Kim In-so", "Lee Jae-myung": a family name, then a hyphenated given name.
    if (familyNameFirst.has(firstWord) && this.gap(first + 1) === '-') return true;
    if (before.endsWith('- ') && LINEUP_BEFORE.test(before)) return true;
    // "… Ana Ruiz said"; but in "Dana Whitfield, Harbour Capital, said" the words between the commas are her employer.
    if (/^,? (?:said|says|told|added|asked|wrote|insisted|argued|warned)\b/.test(after) && !this.followsPerson(first)) return true;
    const prev = first - 1;
    return prev >= 0 && isSpaceGap(this.gap(prev)) && speechVerbs.has(this.word(prev));
  }

  /** True when a person found just before ends at the comma before token `first` (an appositive follows). */
  private followsPerson(first: number): boolean {
    return this.found.at(-1)?.[1] === first - 1 && this.gap(first - 1) === ', ';
  }

  /** "Kenya's Faith Chepkoech": the text before a name is a country's possessive. */
  private isCountrysOwn(before: string): boolean {
    const owner = possessiveOwner(before);
    return owner !== undefined && this.ctx.index.phrases.get(owner)?.kind === 'country';
  }

  /** "San Diego Padres", "pre-Castro": a name word inside a longer place name or a compound. */
  private isInsideOtherName(i: number): boolean {
    const prev = i - 1;
    if (prev < 0) return false;
    const gap = this.gap(prev);
    // "pre-Castro", "Ex-Yankee": a prefix joined by a hyphen.
    if (gap === '-' && (!isCapitalised(this.word(prev)) || notNameWords.has(this.word(prev)))) return true;
    return isSpaceGap(gap) && placePrefixes.has(this.word(prev));
  }

  /** A known surname alone ("Simmons"), or after an unknown given name ("Naina Yeltsin" is not Boris). */
  private resolveSurname(i: number, last: number): number {
    const two = i + 1 < this.count && isSpaceGap(this.gap(i)) ? `${this.word(i)} ${this.word(i + 1)}` : undefined;
    const twoCluster = two ? this.surnames.get(two) : undefined;
    if (twoCluster) {
      this.push(i, i + 1, twoCluster);
      return i + 1;
    }
    const next = i + 1;
    if (
      next < this.count &&
      isSpaceGap(this.gap(i)) &&
      this.surnames.get(this.word(next)) &&
      this.isNameWord(i) &&
      !this.surnames.has(this.word(i))
    ) {
      this.addName(i, next); // a different person with the same surname
      return next;
    }
    const cluster = this.surnames.get(this.word(i));
    if (cluster) this.push(i, i, cluster);
    else if (cluster === undefined && i === last) this.pending.push(i);
    return i;
  }

  /** The last token of a capitalised name that starts at `first`, or -1. */
  private readName(first: number): number {
    // A name may open with its particles after a title: "Ms von der Leyen", "President al-Sisi".
    let start = first;
    while (
      start - first < 2 &&
      start < this.count &&
      particles.has(this.word(start)) &&
      (isSpaceGap(this.gap(start)) || this.gap(start) === '-')
    )
      start++;
    if (!this.isNameWord(start, true)) return -1;
    let last = start;
    while (last - first + 1 < MAX_NAME_WORDS && last + 1 < this.count) {
      const next = last + 1;
      const gap = this.gap(last);
      const word = this.word(next);
      const isInitial = this.ctx.tokens.ends[last]! - this.ctx.tokens.starts[last]! === 1;
      // A dataset name is its own mention, unless it is one word after another person's given name.
      if (this.matchAt(next)?.hit.kind === 'person' && !this.isOtherPersonsSurname(next)) break;
      // "… Administration Director Ana Ruiz": a role before a name ends the run of capitalised words.
      if (isSpaceGap(gap) && titles().matchAt(this.ctx.tokens, next) && this.isNameWord(next + 1)) break;
      if ((isSpaceGap(gap) || gap === '-') && this.isNameWord(next)) {
        last = next;
      } else if (isSpaceGap(gap) && last === start && firstNames.has(this.word(start)) && this.isCountrySurname(next)) {
        return next; // "Neil Jordan", "Dawn French": a known given name, then a country's name or adjective
      } else if ((gap === '. ' || gap === '.') && isInitial && this.isNameWord(next)) {
        last = next; // initials: "George W. Bush", "A.J. Smith", "T.O'Gorman"
      } else if ((gap === "'" || gap === '’') && isInitial && this.isNameWord(next)) {
        last = next; // "O'Brien", "D'Alema"
      } else if (isSpaceGap(gap) && isCapitalised(word) && this.gap(next) === '-' && isLowerWord(this.word(next + 1), 2, 5)) {
        last = next + 1; // a Korean given name that is also an English word: "Li In-mo", "Kim Do-yeon"
      } else if (gap === '-' && isLowerWord(word, 2, 5)) {
        last = next; // "Jae-myung", "Song-ho"
      } else if (isSpaceGap(gap) && regnal.has(word)) {
        return next; // "Elizabeth II"
      } else if ((isSpaceGap(gap) || gap === ', ') && (word === 'Jr' || word === 'Sr')) {
        return next; // "Robert F. Kennedy Jr"
      } else if ((isSpaceGap(gap) || gap === '-') && particles.has(word) && this.particlesThenName(next) > next) {
        last = this.particlesThenName(next); // "Mohammed bin Salman", "Ursula von der Leyen", "María José de la Cruz"
      } else {
        break;
      }
    }
    // A name ends in a word of two letters or more: "A." alone or "U.N." is not a name.
    while (last >= start && this.word(last).length === 1) last--;
    return last < start ? -1 : last;
  }

  /** A capitalised word that can be part of a name; `first`: it may open one ("Jan Novak" but not "Jan 5"). */
  /** "Jan Novak", "A. Ranatunga": a word that is a name only before a name ("Jan" the month, "A" the article). */
  private isGivenNameHere(i: number): boolean {
    const word = this.word(i);
    const gap = this.gap(i);
    if (word.length === 1) return (gap === '. ' || gap === '.') && this.isNameWord(i + 1);
    return givenNameOrWord.has(word) && isSpaceGap(gap) && this.isNameWord(i + 1);
  }

  /** After one or two particles from `i` ("de", "van der"), the name word that follows them, or -1. */
  private particlesThenName(i: number): number {
    const joins = (at: number) => isSpaceGap(this.gap(at)) || this.gap(at) === '-';
    if (!joins(i)) return -1;
    if (this.isNameWord(i + 1)) return i + 1;
    return particles.has(this.word(i + 1)) && joins(i + 1) && this.isNameWord(i + 2) ? i + 2 : -1;
  }

  private isNameWord(i: number, first = false): boolean {
    if (i >= this.count) return false;
    const word = this.word(i);
    if (!isCapitalised(word) || isAllCaps(word)) return false;
    if (notNameWords.has(word) && !(first && this.isGivenNameHere(i))) return false;
    if (titles().matchAt(this.ctx.tokens, i)?.value === 'title') return false;
    const match = this.matchAt(i);
    // "Jordan Ellis": a country that is also a given name may open a name.
    return !match || match.hit.kind === 'person' || (first && this.isGivenNameCountry(match));
  }

  private addDatasetPerson(match: EntityMatch, id: string): void {
    const cluster: Cluster = { ref: id, entity: id };
    // "Crown Prince Mohammed bin Salman" is an alias that helps resolve; the highlight is the name.
    const title = titles().matchAt(this.ctx.tokens, match.firstToken);
    const start = title && title.lastToken < match.lastToken ? this.ctx.tokens.starts[title.lastToken + 1]! : match.start;
    this.spans.push({ kind: 'person', start, end: match.end, entity: id, ref: id });
    this.found.push([match.firstToken, match.lastToken]);
    const record = this.ctx.index.people.get(id);
    if (record) this.rememberSurnames(record.name.split(/\s+/), cluster);
  }

  private addName(first: number, last: number): void {
    const { tokens, text } = this.ctx;
    const name = text.slice(tokens.starts[first], tokens.ends[last]).replace(/\s+/g, ' ');
    const words = name.split(' ');
    if (words.length === 1) {
      const known = this.surnames.get(name);
      const cluster = known ?? { ref: `person:${name}` };
      if (known === undefined) this.surnames.set(name, cluster);
      this.push(first, last, cluster);
      return;
    }
    const dataset = this.ctx.index.phrases.matchAt(tokens, first);
    const cluster: Cluster =
      dataset?.value.kind === 'person' && dataset.lastToken === last
        ? { ref: dataset.value.id, entity: dataset.value.id }
        : { ref: `person:${name}` };
    this.rememberSurnames(words, cluster);
    this.push(first, last, cluster);
  }

  /**
   * The ways a later mention may shorten a full name: its last word, its last two words ("Suu Kyi"
   * of "Aung San Suu Kyi"), everything after the given name ("Corrêa do Lago"), and for East Asian
   * names written family name first, the first word ("Lee" of "Lee Jae-myung").
   */
  private rememberSurnames(words: string[], cluster: Cluster): void {
    if (words.length < 2) return;
    const last = words.at(-1)!;
    if (last !== 'Jr' && last !== 'Sr' && !regnal.has(last)) this.remember(last, cluster);
    if (words.length > 2) {
      this.remember(words.slice(-2).join(' '), cluster);
      this.remember(words.slice(1).join(' '), cluster);
    }
    if (familyNameFirst.has(words[0]!)) this.remember(words[0]!, cluster);
  }

  private remember(surname: string, cluster: Cluster): void {
    const known = this.surnames.get(surname);
    if (known === undefined) this.surnames.set(surname, cluster);
    else if (known !== null && known.ref !== cluster.ref) this.surnames.set(surname, null);
  }

  private push(first: number, last: number, cluster: Cluster): void {
    const { tokens } = this.ctx;
    this.found.push([first, last]);
    const span: Span = { kind: 'person', start: tokens.starts[first]!, end: tokens.ends[last]!, ref: cluster.ref };
    if (cluster.entity) span.entity = cluster.entity;
    this.spans.push(span);
  }
}
