import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  composite,
  contrast,
  DEFICIENCIES,
  deltaE2000,
  difference,
  parseHex,
  simulate,
  toLab,
  type Deficiency,
  type Rgb,
} from '@/lib/colour-vision';
import { PALETTES, PRESETS, type PresetId, type Theme } from '@/lib/palettes';
import { KINDS } from '@/lib/types';
import { paletteCss } from './palette-css';

/**
 * The highlight presets are checked where they are defined (lib/palettes.ts) and where they are
 * used (style.css, card.css), and against two promises:
 *
 * - Text stays readable: the page's own text over each tint keeps WCAG contrast ≥ 4.5:1, on a
 *   light page (#333333 text on #ffffff) and a dark one (#cccccc on #222222), and each underline
 *   keeps ≥ 3:1 against the page (WCAG 1.4.11, non-text contrast).
 * - The kinds stay apart: every pair of underline colours differs by CIEDE2000 ΔE ≥ 20 for normal
 *   vision and under simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009,
 *   severity 1.0, linear RGB). The underline is what tells kinds apart in both styles ("underline
 *   only" has nothing else; with tints, the tints are too faint to carry the difference, ΔE ≈ 2–20).
 *   20 is far above a just-noticeable difference (≈ 2) because the lines are 2–4 px thin.
 *
 * Which presets pass is pinned below: the colour-blind preset and the high-contrast one pass
 * everything. The standard one (unchanged from before presets) passes deuteranopia, narrowly
 * (ΔE 20.1), and fails protanopia (16.0 on dark pages) and tritanopia (7.0: its blue and green
 * underlines converge); its underline styles (solid, double, dotted) still tell the kinds apart.
 */
const PAGES: Record<Theme, { text: Rgb; background: Rgb }> = {
  light: { text: parseHex('#333333'), background: parseHex('#ffffff') },
  dark: { text: parseHex('#cccccc'), background: parseHex('#222222') },
};
const THEMES: Theme[] = ['light', 'dark'];
const MIN_TEXT_CONTRAST = 4.5;
const MIN_LINE_CONTRAST = 3;
const MIN_DELTA_E = 20;

/** The smallest CIEDE2000 difference between two kinds' underlines, as a reader with `vision` sees them. */
function closestPair(preset: PresetId, theme: Theme, vision: Deficiency | 'normal'): number {
  const seen = KINDS.map((kind) => {
    const line = parseHex(PALETTES[preset][theme][kind].line);
    return vision === 'normal' ? line : simulate(line, vision);
  });
  let min = Infinity;
  for (let i = 0; i < seen.length; i++) for (let j = i + 1; j < seen.length; j++) min = Math.min(min, difference(seen[i]!, seen[j]!));
  return min;
}

function passes(preset: PresetId, vision: Deficiency | 'normal'): boolean {
  return THEMES.every((theme) => closestPair(preset, theme, vision) >= MIN_DELTA_E);
}

describe('colour arithmetic', () => {
  it('computes WCAG contrast', () => {
    expect(contrast(parseHex('#ffffff'), parseHex('#000000'))).toBeCloseTo(21, 5);
    expect(contrast(parseHex('#767676'), parseHex('#ffffff'))).toBeCloseTo(4.54, 2);
    expect(composite(parseHex('#000000'), 0.5, parseHex('#ffffff'))).toEqual([127.5, 127.5, 127.5]);
  });

  it('computes CIEDE2000 as Sharma, Wu & Dalal’s test data does', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [50, 3.1736, 0.5854])).toBeCloseTo(1.0, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    const white = toLab(parseHex('#ffffff'));
    expect(white[0]).toBeCloseTo(100, 3);
    expect(Math.abs(white[1]) + Math.abs(white[2])).toBeLessThan(0.01);
  });

  it('simulates dichromacy: greys stay grey, red and green converge for protanopes and deuteranopes', () => {
    for (const d of DEFICIENCIES) {
      for (const [a, b] of simulate([128, 128, 128], d).map((v) => [v, 128])) expect(a).toBeCloseTo(b!, 0);
    }
    const red = parseHex('#d00000');
    const green = parseHex('#008a00');
    expect(difference(red, green)).toBeGreaterThan(50);
    expect(difference(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(15);
    expect(difference(simulate(red, 'protanopia'), simulate(green, 'protanopia'))).toBeLessThan(25);
  });
});

describe('highlight presets', () => {
  it('style.css carries exactly the palettes of lib/palettes.ts', () => {
    const css = readFileSync('entrypoints/content/style.css', 'utf8');
    const block = /\/\* palettes: start \*\/([\s\S]*?)\/\* palettes: end \*\//.exec(css)?.[1];
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(block, 'style.css needs a "palettes: start … end" block').toBeDefined();
    expect(squash(block!), `style.css disagrees with lib/palettes.ts; the block should read:\n${paletteCss()}`).toBe(squash(paletteCss()));
  });

  it('cards fall back to the standard preset’s colours where the page gives none', () => {
    const css = readFileSync('components/card.css', 'utf8');
    for (const kind of KINDS) {
      const fallbacks = [...css.matchAll(new RegExp(`--bs-${kind}: var\\(--backstory-${kind}, (#[0-9a-f]{6})\\)`, 'g'))].map((m) => m[1]);
      expect(fallbacks).toEqual([PALETTES.standard.light[kind].line, PALETTES.standard.dark[kind].line, PALETTES.standard.dark[kind].line]);
    }
  });

  for (const preset of PRESETS) {
    for (const theme of THEMES) {
      it(`${preset}, ${theme} page: text over each tint ≥ ${MIN_TEXT_CONTRAST}:1, each underline ≥ ${MIN_LINE_CONTRAST}:1`, () => {
        const page = PAGES[theme];
        for (const kind of KINDS) {
          const { line, tint, alpha } = PALETTES[preset][theme][kind];
          const behindText = composite(parseHex(tint), alpha, page.background);
          expect(contrast(page.text, behindText), `${kind} text`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
          expect(contrast(parseHex(line), page.background), `${kind} underline`).toBeGreaterThanOrEqual(MIN_LINE_CONTRAST);
        }
      });
    }
  }

  it(`the colour-blind preset keeps every pair of kinds ΔE ≥ ${MIN_DELTA_E} under each dichromacy, on light and dark pages`, () => {
    for (const theme of THEMES) {
      for (const vision of ['normal', ...DEFICIENCIES] as const) {
        expect(closestPair('colour-blind', theme, vision), `${theme}, ${vision}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      }
    }
  });

  it('which presets pass which simulation', () => {
    const table = Object.fromEntries(
      PRESETS.map((p) => [p, Object.fromEntries((['normal', ...DEFICIENCIES] as const).map((v) => [v, passes(p, v)]))]),
    );
    expect(table).toEqual({
      standard: { normal: true, protanopia: false, deuteranopia: true, tritanopia: false },
      'colour-blind': { normal: true, protanopia: true, deuteranopia: true, tritanopia: true },
      'high-contrast': { normal: true, protanopia: true, deuteranopia: true, tritanopia: true },
    });
  });
});
