import { BACKWARD_HEDGES, HEDGE_PATTERNS } from '../lexicon/hedges';
import type { HedgeCategory, Span } from '../types';
import type { DetectContext } from './context';
import { isWordChar } from '../chars';

/** Categories in the lexicon's order, which is their precedence when two start at the same word. */
const PRECEDENCE = Object.keys(HEDGE_PATTERNS) as HedgeCategory[];

/**
 * One regular expression for all hedges, with a capture group per category in precedence order.
 * It runs on hedgeScanText(), so it needs neither the "i" nor the "u" flag, nor character
 * classes for every kind of space: V8 compiles it in a third of the time, which matters because
 * every article page compiles it afresh. A letter of any script right before or after a match is
 * checked in isInsideWord().
 */
function compileHedgePattern(): RegExp {
  const groups = PRECEDENCE.map((category) => `(${HEDGE_PATTERNS[category].map(spaces).join('|')})`);
  return new RegExp(`\\b(?:${groups.join('|')})(?![a-z0-9'])`, 'g');
}

/** A space in a lexicon pattern stands for a run of spaces. */
const spaces = (pattern: string) => pattern.replace(/ /g, ' +');

interface BackwardHedge {
  hedge: HedgeCategory;
  core: RegExp;
  before: RegExp;
}
let backward: BackwardHedge[] | undefined;
function backwardHedges(): BackwardHedge[] {
  backward ??= BACKWARD_HEDGES.map(({ hedge, core, before }) => ({
    hedge,
    core: new RegExp(`\\b(?:${spaces(core)})(?![a-z0-9'])`, 'g'),
    before: new RegExp(`\\b(?:${spaces(before)})$`),
  }));
  return backward;
}

/** How far back the words before a backward hedge's core are looked for (a numeral and two words). */
const BACKWARD_REACH = 120;

/**
 * The text as the hedge patterns read it, with the same length so offsets carry over: ASCII
 * lower case, tabs and no-break spaces as spaces, a single line break (wrapped HTML source) as a
 * space, curly apostrophes straight. A blank line (between blocks) stays, so no hedge spans it.
 */
export function hedgeScanText(text: string): string {
  // toLowerCase() also changes letters beyond ASCII, which no pattern reads, so it will do when it
  // keeps the length ("İ" becomes two units) and makes no ASCII letter of another (the Kelvin sign
  // "K" becomes "k"). Otherwise each capital is lowered on its own (slower: a call per capital).
  const lower = text.toLowerCase();
  const lowered =
    lower.length === text.length && !text.includes('\u212a')
      ? lower
      : text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
  return lowered.replace(/[\t\r\u00a0\u2009\u202f]|(?<!\n)\n(?!\n)/g, ' ').replace(/\u2019/g, "'");
}

let compiled: RegExp | undefined;
export function hedgePattern(): RegExp {
  compiled ??= compileHedgePattern();
  return compiled;
}

/**
 * Compiles the hedge patterns fully before any text is read. V8 compiles a regular expression to
 * bytecode on its first run and to machine code on its second; two runs on a short string do
 * both for the patterns (compiled code is shared with the copies detectHedges makes).
 */
export function prepareHedges(): void {
  for (const pattern of [hedgePattern(), ...backwardHedges().flatMap((b) => [b.core, b.before])]) {
    for (let run = 0; run < 2; run++) {
      pattern.lastIndex = 0;
      pattern.exec('officials said it could');
    }
    pattern.lastIndex = 0;
  }
}

export function detectHedges({ text }: DetectContext): Span[] {
  const scan = hedgeScanText(text);
  // Backward hedges first: on the same words, the category that comes first in the lexicon wins.
  const backwardSpans = new Map<number, Span>();
  for (const span of findBackwardHedges(text, scan)) backwardSpans.set(span.start * 0x10000 + (span.end - span.start), span);
  const spans: Span[] = [];
  const pattern = new RegExp(hedgePattern());
  for (let m = pattern.exec(scan); m; m = pattern.exec(scan)) {
    const groupIndex = m.findIndex((g, i) => i > 0 && g !== undefined);
    const hedge = PRECEDENCE[groupIndex - 1];
    if (!hedge) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (isInsideWord(text, start, end) || isFalseHedge(text, start, end, hedge)) continue;
    const key = start * 0x10000 + (end - start);
    const same = backwardSpans.get(key);
    if (same && PRECEDENCE.indexOf(same.hedge!) < PRECEDENCE.indexOf(hedge)) continue;
    backwardSpans.delete(key);
    spans.push({ kind: 'hedge', start, end, hedge });
  }
  return spans.concat([...backwardSpans.values()]);
}

/** BACKWARD_HEDGES: the core found, then the words before it that belong to the phrase. */
function findBackwardHedges(text: string, scan: string): Span[] {
  const spans: Span[] = [];
  for (const { hedge, core, before } of backwardHedges()) {
    core.lastIndex = 0;
    for (let m = core.exec(scan); m; m = core.exec(scan)) {
      const from = Math.max(0, m.index - BACKWARD_REACH);
      const lead = before.exec(scan.slice(from, m.index));
      const start = lead ? from + lead.index : m.index;
      const end = m.index + m[0].length;
      if (isInsideWord(text, start, end) || isFalseHedge(text, start, end, hedge)) continue;
      spans.push({ kind: 'hedge', start, end, hedge });
    }
  }
  return spans;
}

/** "\b" without the "u" flag only knows ASCII: "écould" must not match "could". */
function isInsideWord(text: string, start: number, end: number): boolean {
  return (start > 0 && isWordChar(text.charCodeAt(start - 1))) || (end < text.length && isWordChar(text.charCodeAt(end)));
}

const SENTENCE_START = /(?:^|[.!?]["'”’)]?\s+|\n\s*|[:;]\s+)$/;
const PAST_ABILITY =
  /^[ \t]+(?:not[ \t]+|n't[ \t]+)?(?:see|hear|feel|smell|remember|recall|only|barely|hardly|afford|swim|read|walk|speak)\b/i;

/** Context rules that cut false hits a pattern alone cannot see. */
function isFalseHedge(text: string, start: number, end: number, hedge: HedgeCategory): boolean {
  if (hedge !== 'speculation') return false;
  const word = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (word === 'May') {
    // "May" capitalised mid-sentence is the month or a name (Theresa May); at a sentence start
    // it is still the month when a date or a year follows.
    if (!SENTENCE_START.test(before)) return true;
    if (/^[ \t]+\d/.test(after)) return true;
  }
  const lower = word.toLowerCase();
  if (lower === 'could' && PAST_ABILITY.test(after)) return true;
  // "as soon as possible" is an idiom, not a possibility.
  if (lower === 'possible' && /\bas [a-z]+ as $/i.test(before)) return true;
  return false;
}
