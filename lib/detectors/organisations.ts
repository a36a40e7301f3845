import type { OrganisationNames } from '../organisations';
import { codePointBefore, isLetter } from '../chars';
import { PhraseIndex } from '../phrase-index';
import { isAllCaps, tokenize, type Tokens } from '../tokens';

/**
 * Organisations named in an article, for its summary (they are not highlighted). Names and
 * aliases match case-sensitively and longest-first through the shared PhraseIndex, so "who" is
 * never the WHO and "UN Security Council" is one body, not the UN. Ambiguous short forms ("WHO",
 * "AU", "Fed", "Treasury") count only with context; see `hasContext`.
 */
interface OrganisationHit {
  id: string;
  ambiguous: boolean;
}

/** A name whose last characters are not a word's, after a name that is its prefix: "OPEC+" after "OPEC". */
interface SuffixedName {
  suffix: string;
  hit: OrganisationHit;
}

export interface OrganisationIndex {
  phrases: PhraseIndex<OrganisationHit>;
  /** Display name by id. */
  names: Map<string, string>;
  /** PhraseIndex keys a name by its words: names that differ only by a trailing "+" share a key. */
  suffixed: Map<string, SuffixedName[]>;
}

export interface OrganisationMention {
  id: string;
  start: number;
  end: number;
}

/** What one article's detection remembers between chunks: the organisations named unambiguously so far. */
export interface OrganisationState {
  named: Set<string>;
}

export function createOrganisationState(): OrganisationState {
  return { named: new Set() };
}

export function compileOrganisations(organisations: OrganisationNames[]): OrganisationIndex {
  const phrases = new PhraseIndex<OrganisationHit>();
  const suffixed = new Map<string, SuffixedName[]>();
  const add = (name: string, hit: OrganisationHit) => {
    const suffix = /[+]+$/.exec(name)?.[0];
    if (suffix) {
      const core = name.slice(0, -suffix.length);
      suffixed.set(core, [...(suffixed.get(core) ?? []), { suffix, hit }]);
    }
    phrases.add(name, hit);
  };
  // Unambiguous names first: a phrase keeps the first value it was given.
  for (const org of organisations) for (const name of [org.name, ...org.aliases]) add(name, { id: org.id, ambiguous: false });
  for (const org of organisations) for (const name of org.ambiguousAliases ?? []) add(name, { id: org.id, ambiguous: true });
  return { phrases, names: new Map(organisations.map((o) => [o.id, o.name])), suffixed };
}

interface Found {
  hit: OrganisationHit;
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
}

/**
 * Every organisation mention in `text`, in order. Pass the same `state` to successive calls on
 * parts of one article: an ambiguous short form then counts once its organisation was named.
 */
export function detectOrganisations(
  text: string,
  index: OrganisationIndex,
  state: OrganisationState = createOrganisationState(),
  tokens: Tokens = tokenize(text),
): OrganisationMention[] {
  const found: Found[] = [];
  for (let i = 0; i < tokens.starts.length; i++) {
    const m = index.phrases.matchAt(tokens, i);
    if (!m) continue;
    const start = tokens.starts[i]!;
    const variant = index.suffixed.get(text.slice(start, m.end))?.find((s) => text.startsWith(s.suffix, m.end));
    const hit = variant?.hit ?? m.value;
    const end = variant ? m.end + variant.suffix.length : m.end;
    found.push({ hit, firstToken: i, lastToken: m.lastToken, start, end });
    if (!hit.ambiguous) state.named.add(hit.id);
    i = m.lastToken;
  }
  // Named anywhere in this part counts as context for a short form before it ("the WHO ... the World Health Organization").
  return found
    .filter((f) => !f.hit.ambiguous || hasContext(tokens, f, index, state))
    .map((f) => ({ id: f.hit.id, start: f.start, end: f.end }));
}

const SHORT_FORM = 4;
/**
 * Words right after a name that make it a company's: "Apple Inc", "Shell's chief executive".
 * Not "shares": "Total shares to be offered" is a prospectus, not TotalEnergies.
 */
const COMPANY_AFTER = /^(?:['’]s)?[ \u00a0](?:Inc\b|Corp\b|Co\.|[Pp]lc\b|CEO\b|chief executive\b)/;

/**
 * An ambiguous alias counts when the article also names its organisation unambiguously, when it
 * is a short form after "the", or when the words after it make it a company ("Apple's chief executive").
 * Never in a line of capitals ("WHO IS TO BLAME"), where an acronym cannot be told from a shouted word.
 */
function hasContext(tokens: Tokens, f: Found, index: OrganisationIndex, state: OrganisationState): boolean {
  const { text } = tokens;
  const alias = text.slice(f.start, f.end);
  if (isAllCaps(alias) && (isShouted(tokens, f.firstToken - 1, index) || isShouted(tokens, f.lastToken + 1, index))) return false;
  if (state.named.has(f.hit.id) || COMPANY_AFTER.test(text.slice(f.end, f.end + 20))) return true;
  return !/\s/.test(alias) && alias.length <= SHORT_FORM && followsThe(text, f.start);
}

/** "the WHO", "the Fed": a short form right after the definite article (not "bathe WHO") is the organisation. */
function followsThe(text: string, at: number): boolean {
  const space = text[at - 1];
  const t = text[at - 4];
  return (
    (space === ' ' || space === '\u00a0') &&
    text.startsWith('he', at - 3) &&
    (t === 't' || t === 'T') &&
    !isLetter(codePointBefore(text, at - 4))
  );
}

/** A neighbouring word in capitals that is not itself an organisation's unambiguous name. */
function isShouted(tokens: Tokens, i: number, index: OrganisationIndex): boolean {
  if (i < 0 || i >= tokens.starts.length) return false;
  const word = tokens.text.slice(tokens.starts[i], tokens.ends[i]);
  return isAllCaps(word) && index.phrases.get(word)?.ambiguous !== false;
}
