import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '@/lib/categories';
import { HEDGE_EXPLANATIONS } from '@/lib/hedge-categories';
import { HEDGE_PATTERNS } from '@/lib/lexicon/hedges';
import { HEDGE_CATEGORIES, KINDS } from '@/lib/types';
import { DEFAULT_SETTINGS } from '@/utils/settings';

const pageCss = readFileSync('entrypoints/content/style.css', 'utf8');
const popupCss = readFileSync('entrypoints/popup/popup.css', 'utf8');

describe('every highlight category is complete', () => {
  it('has exactly one registered category per kind', () => {
    expect(CATEGORIES.map((c) => c.kind).sort()).toEqual([...KINDS].sort());
  });

  for (const category of CATEGORIES) {
    describe(category.kind, () => {
      it('has a detector and a label', () => {
        expect(typeof category.detect).toBe('function');
        expect(category.label).toMatch(/^[A-Z]/);
      });
      it('has a colour and an underline style in the page CSS, and a hidden state', () => {
        expect(pageCss).toContain(`--backstory-${category.kind}:`);
        expect(pageCss).toMatch(new RegExp(`\\[data-backstory-kind='${category.kind}'\\]\\s*\\{[^}]*text-decoration-style:`));
        expect(pageCss).toContain(
          `html[data-backstory-off~='${category.kind}'] mark.backstory-mark[data-backstory-kind='${category.kind}']`,
        );
      });
      it('has a switch, on by default, with a swatch in the popup', () => {
        expect(DEFAULT_SETTINGS.categories[category.kind]).toBe(true);
        expect(popupCss).toContain(`.switch-${category.kind} .switch-swatch`);
      });
    });
  }

  it('uses a different underline style for each kind (colour is not the only difference)', () => {
    const styles = CATEGORIES.map(
      (c) => new RegExp(`\\[data-backstory-kind='${c.kind}'\\]\\s*\\{[^}]*text-decoration-style:\\s*(\\w+)`).exec(pageCss)?.[1],
    );
    expect(new Set(styles).size).toBe(CATEGORIES.length);
  });

  it('explains and detects every hedge category', () => {
    for (const category of HEDGE_CATEGORIES) {
      expect(HEDGE_EXPLANATIONS[category].label.length).toBeGreaterThan(3);
      expect(HEDGE_EXPLANATIONS[category].meaning.length).toBeGreaterThan(20);
      expect(HEDGE_PATTERNS[category].length).toBeGreaterThan(0);
    }
  });
});
