import { FIRST_NAMES } from '../lexicon/first-names';
import { ROLE_NOUNS, TITLES } from '../lexicon/titles';
import { NAME_PARTICLES, NOT_NAME_WORDS } from '../lexicon/words';
import { PhraseIndex } from '../phrase-index';
import { gapAfter, isAllCaps, isCapitalised, tokenAt } from '../tokens';
import type { Span } from '../types';
import { entityMatches, type DetectContext, type EntityMatch } from './context';

/**
 * People: dataset names and aliases; names the dataset does not know, when a title ("President",
 * "Mr", "spokesman") or a known given name introduces them; and, within one article, a later
 * surname or "Mr"/"Ms" + surname is the same person as the full name before it (same `entity`
 * and `ref`). Two people sharing a surname make that bare surname unresolvable, never merged.
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

const firstNames = new Set(FIRST_NAMES);
const notNameWords = new Set(NOT_NAME_WORDS);
const particles = new Set(NAME_PARTICLES);

interface Cluster {
  ref: string;
  entity?: string;
}

class PeopleScan {
  private readonly spans: Span[] = [];
  /** Surname → the person it refers to in this article; null once two people share it. */
  private readonly surnames = new Map<string, Cluster | null>();
  private readonly matchAtToken = new Map<number, EntityMatch>();

  constructor(private readonly ctx: DetectContext) {
    for (const m of entityMatches(ctx)) this.matchAtToken.set(m.firstToken, m);
  }

  run(): Span[] {
    const count = this.ctx.tokens.starts.length;
    for (let i = 0; i < count; i++) i = this.visit(i);
    return this.spans;
  }

  /** Handles the token at i and returns the last token it consumed. */
  private visit(i: number): number {
    const match = this.matchAtToken.get(i);
    if (match) {
      if (match.hit.kind === 'person') this.addDatasetPerson(match, match.hit.id);
      return match.lastToken;
    }
    const title = titles().matchAt(this.ctx.tokens, i);
    if (title && this.titleGapOk(title.lastToken)) {
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
    const word = tokenAt(this.ctx.tokens, i);
    if (firstNames.has(word)) {
      const last = this.readName(i);
      if (last > i) {
        this.addName(i, last);
        return last;
      }
    }
    const cluster = this.surnames.get(word);
    if (cluster) this.push(i, i, cluster);
    return i;
  }

  /** "President Trump", "Mr. Trump", "Dr.\u00a0Ng": a title is followed by a space, or by a dot and a space. */
  private titleGapOk(lastTitleToken: number): boolean {
    const { tokens, text } = this.ctx;
    const next = tokens.starts[lastTitleToken + 1];
    if (next === undefined) return false;
    return /^\.?[ \u00a0]$/.test(text.slice(tokens.ends[lastTitleToken], next));
  }

  /** The last token of a capitalised name that starts at `first`, or -1. */
  private readName(first: number): number {
    const { tokens, text } = this.ctx;
    // A name may open with its particles after a title: "Ms von der Leyen", "President al-Sisi".
    let start = first;
    while (start - first < 2 && particles.has(tokenAt(tokens, start)) && /^[ -]$/.test(gapAfter(tokens, start))) start++;
    if (!this.isNameWord(start)) return -1;
    let last = start;
    while (last - first + 1 < MAX_NAME_WORDS) {
      const next = last + 1;
      if (next >= tokens.starts.length) break;
      const gap = text.slice(tokens.ends[last], tokens.starts[next]);
      const word = tokenAt(tokens, next);
      if ((gap === ' ' || gap === '-') && this.isNameWord(next)) {
        last = next;
      } else if (gap === '. ' && tokens.ends[last]! - tokens.starts[last]! === 1 && this.isNameWord(next)) {
        last = next; // an initial: "George W. Bush"
      } else if (
        (gap === ' ' || gap === '-') &&
        particles.has(word) &&
        this.isNameWord(next + 1) &&
        /^[ -]$/.test(text.slice(tokens.ends[next], tokens.starts[next + 1]))
      ) {
        last = next + 1; // "Mohammed bin Salman", "Ursula von der Leyen" (one particle at a time)
      } else {
        break;
      }
    }
    return last;
  }

  private isNameWord(i: number): boolean {
    const { tokens } = this.ctx;
    if (i >= tokens.starts.length) return false;
    const word = tokenAt(tokens, i);
    if (!isCapitalised(word) || isAllCaps(word) || notNameWords.has(word)) return false;
    const match = this.matchAtToken.get(i);
    return !match || match.hit.kind === 'person';
  }

  private addDatasetPerson(match: EntityMatch, id: string): void {
    const cluster: Cluster = { ref: id, entity: id };
    this.spans.push({ kind: 'person', start: match.start, end: match.end, entity: id, ref: id });
    const record = this.ctx.index.people.get(id);
    const surname = record?.name.split(/\s+/).at(-1);
    if (surname) this.remember(surname, cluster);
  }

  private addName(first: number, last: number): void {
    const { tokens, text } = this.ctx;
    const surname = tokenAt(tokens, last);
    if (first === last) {
      const known = this.surnames.get(surname);
      const cluster = known ?? { ref: `person:${surname}` };
      if (known === undefined) this.remember(surname, cluster);
      this.push(first, last, known === null ? { ref: `person:${surname}` } : cluster);
      return;
    }
    const name = text.slice(tokens.starts[first], tokens.ends[last]).replace(/\s+/g, ' ');
    const cluster: Cluster = { ref: `person:${name}` };
    this.remember(surname, cluster);
    this.push(first, last, cluster);
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
