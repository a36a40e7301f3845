import { KINDS } from '@/lib/types';
import { PALETTES, PRESETS, type KindColours, type PresetId, type Theme } from '@/lib/palettes';
import { parseHex } from '@/lib/colour-vision';
import { ATTR } from '@/utils/dom-contract';

/**
 * The custom-property block entrypoints/content/style.css must carry, written from
 * lib/palettes.ts: the light rules first, then the dark ones, so that a dark preset always wins
 * over a light one (see the selectors). Used by tests/unit/palettes.test.ts, which prints it when
 * the stylesheet disagrees.
 */
export function paletteCss(): string {
  const rules: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    for (const preset of PRESETS) rules.push(`${presetSelector(preset, theme)} {\n${declarations(preset, theme)}\n}`);
  }
  return rules.join('\n');
}

/** Where a preset applies: <html> by default for the standard one, or any element carrying the attribute. */
export function presetSelector(preset: PresetId, theme: Theme): string {
  const dark = theme === 'dark' ? `[${ATTR.theme}='dark']` : '';
  const own = `${dark}[${ATTR.style}~='${preset}']`;
  return preset === 'standard' ? `html${dark},\n${own}` : own;
}

function declarations(preset: PresetId, theme: Theme): string {
  return KINDS.flatMap((kind) => {
    const c: KindColours = PALETTES[preset][theme][kind];
    return [`  --backstory-${kind}: ${c.line};`, `  --backstory-${kind}-bg: ${rgba(c.tint, c.alpha)};`];
  }).join('\n');
}

function rgba(hex: string, alpha: number): string {
  return `rgb(${parseHex(hex).join(' ')} / ${alpha})`;
}
