import type { Kind } from './types';

/**
 * The highlight colour presets, in one place. entrypoints/content/style.css carries the same
 * values as CSS custom properties (tests/unit/palettes.test.ts fails if the two disagree, and
 * prints the CSS to paste); the same test simulates colour-blind vision on them.
 */
export const PRESETS = ['standard', 'colour-blind', 'high-contrast'] as const;
export type PresetId = (typeof PRESETS)[number];
export type Theme = 'light' | 'dark';

/** One kind's colours: the underline, and the translucent tint behind the text. */
export interface KindColours {
  /** #rrggbb */
  line: string;
  /** #rrggbb, painted at `alpha` over the page. */
  tint: string;
  alpha: number;
}

export interface Preset {
  label: string;
  description: string;
  light: Record<Kind, KindColours>;
  dark: Record<Kind, KindColours>;
}

const kc = (line: string, tint: string, alpha: number): KindColours => ({ line, tint, alpha });

export const PALETTES: Record<PresetId, Preset> = {
  // The Okabe–Ito blue, bluish green and vermilion (orange tint) Backstory always had.
  standard: {
    label: 'Standard',
    description: 'Blue people, green countries, orange hedges.',
    light: { person: kc('#0072b2', '#0072b2', 0.12), country: kc('#009e73', '#009e73', 0.12), hedge: kc('#d55e00', '#e69f00', 0.16) },
    dark: { person: kc('#56b4e9', '#56b4e9', 0.2), country: kc('#3fcf9f', '#3fcf9f', 0.18), hedge: kc('#f0a040', '#f0a040', 0.2) },
  },
  // Okabe–Ito sky blue, reddish purple and vermilion, shaded so the three underlines also differ
  // in lightness: lightness survives every kind of colour blindness, hue does not.
  'colour-blind': {
    label: 'Colour-blind safe',
    description: 'Sky blue, plum and vermilion, apart in lightness as well as hue, for protanopia, deuteranopia and tritanopia.',
    light: { person: kc('#2b8abf', '#56b4e9', 0.18), country: kc('#442838', '#cc79a7', 0.18), hedge: kc('#d55e00', '#e69f00', 0.2) },
    dark: { person: kc('#3d86b8', '#56b4e9', 0.2), country: kc('#eed2e2', '#cc79a7', 0.2), hedge: kc('#d96b15', '#e69f00', 0.2) },
  },
  // The standard hues pushed to at least 4.5:1 against the page, with stronger tints and thicker
  // lines (style.css), for readers who find the standard highlights faint.
  'high-contrast': {
    label: 'High contrast',
    description: 'Darker (on dark pages, lighter) lines, thicker, with stronger tints.',
    light: { person: kc('#0072b2', '#0072b2', 0.2), country: kc('#003526', '#009e73', 0.2), hedge: kc('#b24e00', '#e69f00', 0.25) },
    dark: { person: kc('#4095c5', '#4095c5', 0.28), country: kc('#d5efe8', '#009e73', 0.28), hedge: kc('#e08640', '#e69f00', 0.25) },
  },
};

export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && (PRESETS as readonly string[]).includes(value);
}
