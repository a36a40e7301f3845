import { CATEGORIES } from '@/lib/categories';
import type { Kind } from '@/lib/types';

interface Props {
  enabled: Record<Kind, boolean>;
  onToggle: (kind: Kind, on: boolean) => void;
}

/** One switch per highlight category, labelled as the DOM contract says (People, Countries, Hedges). */
export function CategorySwitches({ enabled, onToggle }: Props) {
  return (
    <fieldset class="switches">
      <legend>Highlight</legend>
      {CATEGORIES.map((category) => (
        <label key={category.kind} class={`switch switch-${category.kind}`} title={category.description}>
          <input
            type="checkbox"
            role="switch"
            checked={enabled[category.kind]}
            aria-checked={enabled[category.kind]}
            onChange={(event) => onToggle(category.kind, (event.currentTarget as HTMLInputElement).checked)}
          />
          <span class="switch-swatch" aria-hidden="true" />
          {category.label}
        </label>
      ))}
    </fieldset>
  );
}
