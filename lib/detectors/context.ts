import type { EntityHit, EntityIndex } from '../entity-index';
import type { Tokens } from '../tokens';

/** A person a surname can refer back to, within one article. */
export interface PersonCluster {
  ref: string;
  entity?: string;
}

/**
 * What one article's detection remembers between calls, so that a long page detected in chunks
 * (or a live blog detected entry by entry) still links "Araghchi" to an earlier "Abbas Araghchi".
 */
export interface DetectState {
  /** Surname (one or two words) → the person it refers to; null once two people share it. */
  surnames: Map<string, PersonCluster | null>;
}

export function createDetectState(): DetectState {
  return { surnames: new Map() };
}

/** What every detector receives: the text, its word tokens (computed once), the compiled dataset and the article's state. */
export interface DetectContext {
  text: string;
  tokens: Tokens;
  index: EntityIndex;
  state: DetectState;
}

/** A dataset phrase found in the text. */
export interface EntityMatch {
  hit: EntityHit;
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
}

const scanned = new WeakMap<DetectContext, EntityMatch[]>();

/**
 * Every longest, non-overlapping dataset phrase in the text, left to right. The people and
 * countries detectors both read it, so the text is scanned once per pass.
 */
export function entityMatches(ctx: DetectContext): EntityMatch[] {
  const cached = scanned.get(ctx);
  if (cached) return cached;
  const { tokens, index } = ctx;
  const matches: EntityMatch[] = [];
  for (let i = 0; i < tokens.starts.length; i++) {
    const m = index.phrases.matchAt(tokens, i);
    if (!m) continue;
    matches.push({ hit: m.value, firstToken: i, lastToken: m.lastToken, start: tokens.starts[i]!, end: m.end });
    i = m.lastToken;
  }
  scanned.set(ctx, matches);
  return matches;
}
