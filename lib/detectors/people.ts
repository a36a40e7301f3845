import { FIRST_NAMES } from '../lexicon/first-names';
import { ROLE_NOUNS, TITLES } from '../lexicon/titles';
import { FAMILY_NAME_FIRST, NAME_PARTICLES, NOT_NAME_WORDS, PLACE_PREFIXES, REGNAL_NUMBERS, SPEECH_VERBS } from '../lexicon/words';
import { PhraseIndex } from '../phrase-index';
import { isAllCaps, isCapitalised, isSpaceGap, tokenAt } from '../tokens';
import type { Span } from '../types';
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
    for (const r of ROLE_NOUNS) titleIndex.add(r, 'role');
  }
  return titleIndex;
}
/** Lower-case words that can start a role ("spokesman", "foreign minister"): the only lower-case tokens worth a look. */
const lowerCaseStarters = new Set(ROLE_NOUNS.map((r) => r.split(' ')[0]!));
/** Their first two letters, to rule out most lower-case words without slicing them out of the text. */
const starterOpenings = new Set([...lowerCaseStarters].map((w) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)));

const firstNames = new Set(FIRST_NAMES);
const notNameWords = new Set(NOT_NAME_WORDS);
const particles = new Set(NAME_PARTICLES);
const placePrefixes = new Set(PLACE_PREFIXES);
const regnal = new Set(REGNAL_NUMBERS);
const speechVerbs = new Set(SPEECH_VERBS);
const familyNameFirst = new Set(FAMILY_NAME_FIRST);

class PeopleScan {
  private readonly spans: Span[] = [];
  private readonly surnames: Map<string, Cluster | null>;
  private readonly matchAtToken = new Map<number, EntityMatch>();
  private readonly count: number;

  constructor(private readonly ctx: DetectContext) {
    for (const m of entityMatches(ctx)) this.matchAtToken.set(m.firstToken, m);
    this.surnames = ctx.state.surnames;
    this.count = ctx.tokens.starts.length;
  }

  run(): Span[] {
    for (let i = 0; i < this.count; i++) i = this.visit(i);
    return this.spans;
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
      if (!starterOpenings.has(code * 0x10000 + this.ctx.text.charCodeAt(start + 1)) || !lowerCaseStarters.has(this.word(i))) return i;
    }
    if (this.isByline(i)) return this.skipName(i);
    const match = this.matchAtToken.get(i);
    if (match) {
      if (match.hit.kind === 'person') this.addDatasetPerson(match, match.hit.id);
      else if (this.isGivenNameCountry(match)) return this.visitName(i);
      return match.lastToken;
    }
    const title = titles().matchAt(this.ctx.tokens, i);
    if (title && isSpaceGap(this.gap(title.lastToken).replace(/^\./, ''))) {
      const first = title.lastToken + 1;
      if (this.matchAtToken.get(first)?.hit.kind === 'person') return title.lastToken;
      const last = this.readName(first);
      const minWords = title.value === 'title' ? 1 : 2;
      if (last >= first + minWords - 1) {
        this.addName(first, last);
        return last;
      }
      return title.lastToken;
    }
    if (!this.isNameWord(i) || this.isInsideOtherName(i)) return i;
    return this.visitName(i);
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
    return this.resolveSurname(i);
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
    // Cheap tests first: this runs for every capitalised word.
    // The line must start within 60 characters (lastIndexOf could scan the whole text back).
    let lineStart = start;
    while (lineStart > 0 && start - lineStart <= 60 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
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
    if (/^, (?:\d{1,2},|who\b)/.test(after)) return true; // "Duran, 45,", "Woods, who turned pro"
    const bracketed = /^ \(([^()\n]{2,40})\)/.exec(after)?.[1];
    if (bracketed && this.ctx.index.phrases.get(bracketed)?.kind === 'country') return true;
    const before = text.slice(Math.max(0, tokens.starts[first]! - 12), tokens.starts[first]);
    if (/[,"”] (?:said|says|asked|added) $/.test(before) && /^[.,]/.test(after)) return true; // ..." said Eyles.
    if (last === first) return false;
    if (firstNames.has(firstWord)) return true;
    if (firstWord.length === 1 && this.gap(first).startsWith('.')) return true;
    if (/^,? (?:said|says|told|added|asked|wrote|insisted|argued|warned)\b/.test(after)) return true;
    const prev = first - 1;
    return prev >= 0 && isSpaceGap(this.gap(prev)) && speechVerbs.has(this.word(prev));
  }

  /** "San Diego Padres", "pre-Castro": a name word inside a longer place name or a compound. */
  private isInsideOtherName(i: number): boolean {
    const prev = i - 1;
    if (prev < 0) return false;
    const gap = this.gap(prev);
    if (gap === '-' && !isCapitalised(this.word(prev))) return true;
    return isSpaceGap(gap) && placePrefixes.has(this.word(prev));
  }

  /** A known surname alone ("Simmons"), or after an unknown given name ("Naina Yeltsin" is not Boris). */
  private resolveSurname(i: number): number {
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
    if (!this.isNameWord(start)) return -1;
    let last = start;
    while (last - first + 1 < MAX_NAME_WORDS && last + 1 < this.count) {
      const next = last + 1;
      const gap = this.gap(last);
      const word = this.word(next);
      const isInitial = this.ctx.tokens.ends[last]! - this.ctx.tokens.starts[last]! === 1;
      if (this.matchAtToken.get(next)?.hit.kind === 'person') break; // a dataset name is its own mention
      if ((isSpaceGap(gap) || gap === '-') && this.isNameWord(next)) {
        last = next;
      } else if ((gap === '. ' || gap === '.') && isInitial && this.isNameWord(next)) {
        last = next; // initials: "George W. Bush", "A.J. Smith", "T.O'Gorman"
      } else if ((gap === "'" || gap === '’') && isInitial && this.isNameWord(next)) {
        last = next; // "O'Brien", "D'Alema"
      } else if (gap === '-' && /^\p{Ll}{2,5}$/u.test(word)) {
        last = next; // "Jae-myung", "Song-ho"
      } else if (isSpaceGap(gap) && regnal.has(word)) {
        return next; // "Elizabeth II"
      } else if ((isSpaceGap(gap) || gap === ', ') && (word === 'Jr' || word === 'Sr')) {
        return next; // "Robert F. Kennedy Jr"
      } else if (
        (isSpaceGap(gap) || gap === '-') &&
        particles.has(word) &&
        this.isNameWord(next + 1) &&
        (isSpaceGap(this.gap(next)) || this.gap(next) === '-')
      ) {
        last = next + 1; // "Mohammed bin Salman", "Ursula von der Leyen" (one particle at a time)
      } else {
        break;
      }
    }
    // A name ends in a word of two letters or more: "A." alone or "U.N." is not a name.
    while (last >= start && this.word(last).length === 1) last--;
    return last < start ? -1 : last;
  }

  private isNameWord(i: number): boolean {
    if (i >= this.count) return false;
    const word = this.word(i);
    if (!isCapitalised(word) || isAllCaps(word) || notNameWords.has(word)) return false;
    if (titles().matchAt(this.ctx.tokens, i)?.value === 'title') return false;
    const match = this.matchAtToken.get(i);
    return !match || match.hit.kind === 'person';
  }

  private addDatasetPerson(match: EntityMatch, id: string): void {
    const cluster: Cluster = { ref: id, entity: id };
    // "Crown Prince Mohammed bin Salman" is an alias that helps resolve; the highlight is the name.
    const title = titles().matchAt(this.ctx.tokens, match.firstToken);
    const start = title && title.lastToken < match.lastToken ? this.ctx.tokens.starts[title.lastToken + 1]! : match.start;
    this.spans.push({ kind: 'person', start, end: match.end, entity: id, ref: id });
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
    const span: Span = { kind: 'person', start: tokens.starts[first]!, end: tokens.ends[last]!, ref: cluster.ref };
    if (cluster.entity) span.entity = cluster.entity;
    this.spans.push(span);
  }
}
