import { lettersOnly } from '../chars';
import { FIRST_NAMES } from '../lexicon/first-names';
import { NOT_NAME_WORDS } from '../lexicon/words';
import { isAllCaps, isCapitalised, isSpaceGap, tokenAt } from '../tokens';
import type { CountryInfo } from '../entity-index';
import type { Span } from '../types';
import { entityMatches, type DetectContext, type EntityMatch } from './context';

/**
 * Countries by name, official name, press alias and demonym, from the dataset. Matching is
 * case-sensitive and longest-first (see PhraseIndex); names that are also first names, a US
 * state or an everyday word pass a context rule first.
 */
export function detectCountries(ctx: DetectContext): Span[] {
  const spans: Span[] = [];
  for (const match of entityMatches(ctx)) {
    if (match.hit.kind !== 'country') continue;
    const id = match.hit.id;
    const country = ctx.index.countries.get(id);
    if (!country || isMisreading(ctx, match, country)) continue;
    spans.push({ kind: 'country', start: match.start, end: match.end, entity: id, ref: id });
  }
  return spans.concat(countriesInCapitals(ctx));
}

/**
 * "POLAND ELECTION", "SOUTH KOREA BEAT IRAN": a country's name or adjective in a headline set in
 * capitals (four letters or more, so acronyms stay out). Names that need a context rule
 * ("JORDAN", "GEORGIA", "TURKEY") are left alone: capitals hide the context those rules read.
 */
function countriesInCapitals(ctx: DetectContext): Span[] {
  const { text, tokens, index } = ctx;
  const spans: Span[] = [];
  const count = tokens.starts.length;
  for (let i = 0; i < count; i++) {
    const start = tokens.starts[i]!;
    const first = text.charCodeAt(start);
    const second = text.charCodeAt(start + 1);
    // Cheap tests first: two capital letters, then the whole word.
    if (first < 65 || first > 90 || second < 65 || second > 90) continue;
    const word = tokenAt(tokens, i);
    if (!isAllCaps(word)) continue;
    const next = i + 1 < count && text.slice(tokens.ends[i], tokens.starts[i + 1]) === ' ' ? tokenAt(tokens, i + 1) : '';
    const two = next && isAllCaps(next) ? index.phrases.get(`${titleCase(word)} ${titleCase(next)}`) : undefined;
    if (two?.kind === 'stop') {
      i++; // "NORTHERN IRELAND", "MEXICO CITY"
      continue;
    }
    const one = two?.kind === 'country' || word.length < 4 ? undefined : index.phrases.get(titleCase(word));
    const hit = two?.kind === 'country' ? two : one;
    if (hit?.kind !== 'country') continue;
    const last = hit === two ? i + 1 : i;
    const match: EntityMatch = { hit, firstToken: i, lastToken: last, start, end: tokens.ends[last]! };
    const country = index.countries.get(hit.id);
    if (!country || country.ambiguous === 'us-state' || isMisreading(ctx, match, country)) continue;
    spans.push({ kind: 'country', start, end: match.end, entity: hit.id, ref: hit.id });
    i = last;
  }
  return spans;
}

const titleCase = (word: string) => word[0] + word.slice(1).toLowerCase();

const firstNames = new Set(FIRST_NAMES);
const notNameWords = new Set(NOT_NAME_WORDS);
const US_STATE_CUES =
  /\b(?:Atlanta|Savannah|Augusta|Athens|Macon|governor|Gov\.|state senator|state legislature|county|Peach State|U\.S\. state|Bulldogs|Republican|Democrat|Alabama|Florida|Carolina|Tennessee)\b/;
const CAUCASUS_CUES = /\b(?:Tbilisi|Caucasus|Georgian|Abkhazia|Ossetia|Kremlin|Moscow|Armenia|Azerbaijan|Batumi)\b/;
/** The everyday sense of "Turkey" (the bird) or "Jersey" (the shirt) nearby. */
const WORD_SENSE_CUES = /\b(?:Thanksgiving|roast|dinner|stuffing|gravy|sandwich|recipe|oven|feathers?|shirt|wore|wearing|kit|sleeve)\b/i;

/** Words after a country name that make it part of an event's or organisation's name ("U.S. Open", "China Daily"). */
const NAME_SUFFIXES = new Set([
  'Open',
  'Masters',
  'League',
  'Cup',
  'Championship',
  'Championships',
  'Daily',
  'Airlines',
  'Airways',
  'City',
  'Grand',
  'Telecom',
  'Telecoms',
  'Post',
  'Times',
  'Herald',
  'Express',
  'Amateur',
  'Ltd',
  'Limited',
  'Inc',
  'Plc',
  'PLC',
  'Corp',
  'Holdings',
  'Football',
]);
/** Text right before a country name that makes it part of an organisation's name ("Air France", "Bank of Japan"). */
const NAME_PREFIX =
  /(?:\bAir|\bBank of|\bBanco de|\bStatistics|\bHuman Rights in|\bNews Agency of|\bRadio|\bRepublic of|\bUniversity of|\b(?:Tour|War|Tournament|Organi[sz]ation) of(?: the)?|\b[A-Z][a-z]+ (?:de|do|da|del)) $/;

const NAME_PREFIX_IN_CAPITALS = new RegExp(NAME_PREFIX.source, 'i');

/** Country words that are part of another proper name: a person's, an event's, an organisation's. */
function isPartOfOtherName({ tokens, text }: DetectContext, match: EntityMatch): boolean {
  const prev = match.firstToken - 1;
  if (prev >= 0 && isSpaceGap(text.slice(tokens.ends[prev], match.start)) && firstNames.has(tokenAt(tokens, prev))) return true;
  const next = match.lastToken + 1;
  if (next < tokens.starts.length && isSpaceGap(text.slice(match.end, tokens.starts[next]))) {
    const word = tokenAt(tokens, next);
    // A headline in capitals: "U.S. OPEN" is the "U.S. Open".
    if (NAME_SUFFIXES.has(word) || (isAllCaps(word) && NAME_SUFFIXES.has(word[0] + word.slice(1).toLowerCase()))) return true;
  }
  if (match.hit.kind === 'country' && match.hit.demonym && followsNameWord({ tokens, text } as DetectContext, match)) return true;
  const before = text.slice(Math.max(0, match.start - 20), match.start);
  // In a headline in capitals: "TOUR OF NETHERLANDS".
  if (NAME_PREFIX.test(before)) return true;
  const second = text.charCodeAt(match.start + 1);
  return second >= 65 && second <= 90 && isAllCaps(lettersOnly(before)) && NAME_PREFIX_IN_CAPITALS.test(before);
}

/**
 * "the Cleveland Indians", "London Irish": a demonym right after a capitalised word inside a
 * sentence (not its first word, not a title or a common capitalised word) ends a team's or a
 * club's name.
 */
function followsNameWord({ tokens, text }: DetectContext, match: EntityMatch): boolean {
  const prev = match.firstToken - 1;
  if (prev < 1 || text.slice(tokens.ends[prev], match.start) !== ' ') return false;
  const word = tokenAt(tokens, prev);
  if (!isCapitalised(word) || isAllCaps(word) || notNameWords.has(word)) return false;
  // That word must be inside the sentence: "the Cleveland Indians", not "Senior Iranian officials".
  return !/[.!?:;"“”\n]/.test(text.slice(tokens.ends[prev - 1], tokens.starts[prev]));
}

function isMisreading(ctx: DetectContext, match: EntityMatch, country: CountryInfo): boolean {
  if (isPartOfOtherName(ctx, match)) return true;
  // The rules are about the name ("Jordan", "Georgia", "Turkey"); adjectives are unambiguous.
  if (match.hit.kind === 'country' && match.hit.demonym) return false;
  switch (country.ambiguous) {
    case 'name':
      return looksLikePersonName(ctx, match);
    case 'us-state': {
      const window = ctx.text.slice(Math.max(0, match.start - 120), match.end + 120);
      return US_STATE_CUES.test(window) && !CAUCASUS_CUES.test(window);
    }
    case 'word':
      return WORD_SENSE_CUES.test(ctx.text.slice(Math.max(0, match.start - 80), match.end + 80));
    default:
      return false;
  }
}

/** "Jordan Henderson", "Chad Smith": a surname after a country name that is also a given name. */
function looksLikePersonName({ tokens, text }: DetectContext, match: EntityMatch): boolean {
  const next = match.lastToken + 1;
  if (next < tokens.starts.length && isSpaceGap(text.slice(match.end, tokens.starts[next]))) {
    const word = tokenAt(tokens, next);
    return isCapitalised(word) && !NOT_SURNAMES.has(word);
  }
  return false;
}

/** Capitalised words that follow a country name without making it a person's ("Jordan Valley"). */
const NOT_SURNAMES = new Set(['Valley', 'River', 'Basin', 'Lake', 'Government', 'Army', 'King', 'Foreign', 'President', 'Prime']);
