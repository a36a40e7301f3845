import { HEDGE_EXPLANATIONS } from '@/lib/hedge-categories';
import type { ArticleSummary } from '@/lib/summary';
import { HEDGE_CATEGORIES } from '@/lib/types';

interface Props {
  summary: ArticleSummary;
  onShowHedge: (order: number) => void;
}

/**
 * The article's sourcing at a glance: hedges by category, per 1,000 words, each expanding to its
 * sentences, and how many attributions name a person against those that do not. It describes
 * the language; it does not score the story.
 */
export function SourcingSummary({ summary, onShowHedge }: Props) {
  const perThousand = (n: number) => (summary.words ? ((n * 1000) / summary.words).toFixed(1) : '0');
  const categories = HEDGE_CATEGORIES.filter((c) => summary.hedges[c] > 0);
  const unnamed = summary.hedges.anonymous + summary.hedges.vague;
  return (
    <section class="popup-hedges" aria-label="Sourcing and hedged language">
      <h3>Sourcing</h3>
      <p class="sourcing-profile">
        {summary.namedAttributions} {summary.namedAttributions === 1 ? 'attribution' : 'attributions'} to named people ·{' '}
        {summary.hedges.anonymous} anonymous · {summary.hedges.vague} vague
        {summary.namedAttributions + unnamed > 0 ? null : ' (no attributed statements found)'}
      </p>
      {categories.length === 0 ? <p class="popup-note">No hedged language found.</p> : null}
      {categories.map((category) => (
        <details key={category} class={`hedge-line hedge-${category}`}>
          <summary>
            <span class="hedge-label">{HEDGE_EXPLANATIONS[category].label}</span>: {summary.hedges[category]}{' '}
            <span class="hedge-rate">({perThousand(summary.hedges[category])} per 1,000 words)</span>
          </summary>
          <ul class="hedge-sentences">
            {summary.hedgeSentences
              .filter((h) => h.category === category)
              .map((h) => (
                <li key={h.order}>
                  <button type="button" class="link-button" onClick={() => onShowHedge(h.order)} title="Show in the page">
                    {h.sentence}
                  </button>
                </li>
              ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
