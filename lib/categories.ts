import { detectCountries } from './detectors/countries';
import { detectHedges, prepareHedges } from './detectors/hedges';
import { detectPeople, preparePeople } from './detectors/people';
import type { DetectContext } from './detectors/context';
import type { Kind, Span } from './types';

export interface Category {
  kind: Kind;
  /** The switch's label in the popup (the DOM contract names these three). */
  label: string;
  /** Short description for the switch's accessible description. */
  description: string;
  detect: (ctx: DetectContext) => Span[];
  /** Builds what the detector compiles once per page (lexicon indexes, regular expressions), before any text is read. */
  prepare?: () => void;
  /** Wins an overlap between spans of equal length (a name inside a hedge pattern stays a name). */
  priority: number;
}

/** The one list of highlight categories. Adding one here is checked to need a colour, a label and a switch. */
export const CATEGORIES: readonly Category[] = [
  {
    kind: 'person',
    label: 'People',
    description: 'People named in the article',
    detect: detectPeople,
    prepare: preparePeople,
    priority: 3,
  },
  { kind: 'country', label: 'Countries', description: 'Countries by name, alias or adjective', detect: detectCountries, priority: 2 },
  {
    kind: 'hedge',
    label: 'Hedges',
    description: 'Unconfirmed, anonymous or hedged language',
    detect: detectHedges,
    prepare: prepareHedges,
    priority: 1,
  },
];

export function categoryOf(kind: Kind): Category {
  const category = CATEGORIES.find((c) => c.kind === kind);
  if (!category) throw new Error(`No category for kind ${kind}`);
  return category;
}
