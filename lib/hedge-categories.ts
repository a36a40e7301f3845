import type { HedgeCategory } from './types';

export interface HedgeExplanation {
  label: string;
  /** What this kind of language signals. */
  meaning: string;
  /** The question a careful reader asks of it. */
  ask: string;
}

/** What a hedge card says, per category (DESIGN.md's table). */
export const HEDGE_EXPLANATIONS: Record<HedgeCategory, HedgeExplanation> = {
  anonymous: {
    label: 'Anonymous source',
    meaning: 'The claim comes from someone who is not named, so readers cannot check who said it.',
    ask: 'Why was anonymity granted, and does anyone named confirm it?',
  },
  unconfirmed: {
    label: 'Not confirmed',
    meaning: 'This describes a plan, an expectation or a report that is not settled yet.',
    ask: 'Has it since been confirmed, and by whom?',
  },
  speculation: {
    label: 'Speculation',
    meaning: 'This is a possibility, not an established fact.',
    ask: 'How likely is it, and what is the evidence?',
  },
  claim: {
    label: 'Attributed claim',
    meaning: 'This is one side’s account, not independently verified in the text.',
    ask: 'Does the article say how the claim was checked, or what the other side says?',
  },
  vague: {
    label: 'Vague attribution',
    meaning: 'The source is a loose group ("critics", "some analysts") rather than named people.',
    ask: 'Who exactly says this, and how many of them?',
  },
  'no-response': {
    label: 'No response',
    meaning: 'One side has not given its account, at least not yet.',
    ask: 'Has that side responded since the article was published?',
  },
};
