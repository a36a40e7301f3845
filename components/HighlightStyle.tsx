import { PALETTES, PRESETS, type PresetId, type Theme } from '@/lib/palettes';
import { KINDS, type Kind } from '@/lib/types';
import { ATTR, highlightStyle, MARK_CLASS } from '@/utils/dom-contract';

export interface HighlightStyleProps {
  preset: PresetId;
  tint: boolean;
  /** The options page's own theme, so each preview shows the colours a page like it would get. */
  theme: Theme;
  onChange: (style: { preset?: PresetId; tint?: boolean }) => void;
}

/** A made-up phrase for each kind, to preview its highlight. */
const SAMPLE: Record<Kind, string> = { person: 'the minister', country: 'Norway', hedge: 'officials said' };

/**
 * The colour preset and the tint choice, as two native radio groups: arrow keys move between
 * choices, Tab in and out, and each choice previews the three kinds with the real page CSS
 * (entrypoints/content/style.css, keyed on the same attribute the page gets).
 */
export function HighlightStyle({ preset, tint, theme, onChange }: HighlightStyleProps) {
  return (
    <section aria-labelledby="style-heading">
      <h2 id="style-heading">Highlight colours</h2>
      <fieldset class="preset-group" role="radiogroup" aria-labelledby="preset-legend">
        <legend id="preset-legend">Colour preset</legend>
        {PRESETS.map((id) => (
          <label key={id} class="preset-option">
            <input
              type="radio"
              name="preset"
              value={id}
              checked={preset === id}
              aria-labelledby={`preset-${id}-name`}
              aria-describedby={`preset-${id}-about`}
              onChange={() => onChange({ preset: id })}
            />
            <span class="preset-text">
              <strong id={`preset-${id}-name`}>{PALETTES[id].label}</strong>
              <span id={`preset-${id}-about`} class="options-note">
                {PALETTES[id].description}
              </span>
              <Preview preset={id} tint={tint} theme={theme} />
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="preset-group" role="radiogroup" aria-labelledby="tint-legend">
        <legend id="tint-legend">Highlight style</legend>
        <label class="option-row">
          <input type="radio" name="tint" value="tint" checked={tint} onChange={() => onChange({ tint: true })} />
          Tint and underline
        </label>
        <label class="option-row">
          <input type="radio" name="tint" value="underline-only" checked={!tint} onChange={() => onChange({ tint: false })} />
          Underline only
        </label>
      </fieldset>
    </section>
  );
}

/** The three kinds as the page would show them in this preset (decorative: the text says it all). */
function Preview({ preset, tint, theme }: { preset: PresetId; tint: boolean; theme: Theme }) {
  const attrs = { [ATTR.style]: highlightStyle(preset, tint), [ATTR.theme]: theme };
  return (
    <span class="preset-preview" aria-hidden="true" {...attrs}>
      {KINDS.map((kind, i) => (
        <span key={kind}>
          {i > 0 ? ' · ' : null}
          <mark class={MARK_CLASS} {...{ [ATTR.kind]: kind }}>
            {SAMPLE[kind]}
          </mark>
        </span>
      ))}
    </span>
  );
}
