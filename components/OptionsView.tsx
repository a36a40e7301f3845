import type { ComponentProps } from 'preact';
import { useState } from 'preact/hooks';
import { HEDGE_EXPLANATIONS } from '@/lib/hedge-categories';
import { HEDGE_CATEGORIES, type HedgeCategory } from '@/lib/types';
import { isHostName, type Settings } from '@/utils/settings';
import { CustomEntities } from './CustomEntities';
import { HighlightStyle, type HighlightStyleProps } from './HighlightStyle';

export interface DatasetInfo {
  people: number;
  countries: number;
  organisations: number;
  asOf: string;
}

interface Props {
  settings: Settings;
  dataset: DatasetInfo;
  onHedgeCategory: (category: HedgeCategory, on: boolean) => void;
  onSiteOff: (host: string, off: boolean) => void;
  onPause: (paused: boolean) => void;
  custom: ComponentProps<typeof CustomEntities>;
  /** The colour preset and tint; the section is left out without it. */
  onHighlightStyle?: HighlightStyleProps['onChange'];
  /** The page's theme, for the previews (default light). */
  theme?: HighlightStyleProps['theme'];
}

/** The options page: finer hedge switches, highlight colours, the site list, the pause, and where the data comes from. */
export function OptionsView({ settings, dataset, onHedgeCategory, onSiteOff, onPause, custom, onHighlightStyle, theme = 'light' }: Props) {
  const [newSite, setNewSite] = useState('');
  const site = newSite.trim().toLowerCase();
  const siteValid = isHostName(site);
  return (
    <main class="options cards-root">
      <h1>Backstory options</h1>
      <section aria-labelledby="hedges-heading">
        <h2 id="hedges-heading">Hedge categories</h2>
        <p class="options-note">Which kinds of hedged language to highlight when Hedges is on.</p>
        {HEDGE_CATEGORIES.map((category) => (
          <label key={category} class="option-row">
            <input
              type="checkbox"
              role="switch"
              checked={settings.hedgeCategories[category]}
              onChange={(e) => onHedgeCategory(category, e.currentTarget.checked)}
            />
            <span>
              <strong>{HEDGE_EXPLANATIONS[category].label}</strong> — {HEDGE_EXPLANATIONS[category].meaning}
            </span>
          </label>
        ))}
      </section>
      {onHighlightStyle ? <HighlightStyle preset={settings.preset} tint={settings.tint} theme={theme} onChange={onHighlightStyle} /> : null}
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites</h2>
        <label class="option-row">
          <input type="checkbox" checked={settings.paused} onChange={(e) => onPause(e.currentTarget.checked)} />
          Pause on all sites
        </label>
        <p class="options-note">Backstory stays off on these sites:</p>
        {settings.disabledSites.length === 0 ? <p class="options-note">None.</p> : null}
        <ul class="site-list">
          {settings.disabledSites.map((host) => (
            <li key={host}>
              {host}{' '}
              <button type="button" onClick={() => onSiteOff(host, false)} aria-label={`Turn Backstory back on for ${host}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <form
          class="site-add"
          onSubmit={(e) => {
            e.preventDefault();
            if (siteValid) {
              onSiteOff(site, true);
              setNewSite('');
            }
          }}
        >
          <input
            type="text"
            aria-label="Site to turn off"
            placeholder="news.example"
            value={newSite}
            onInput={(e) => setNewSite(e.currentTarget.value)}
          />
          <button type="submit" disabled={!siteValid}>
            Turn off on this site
          </button>
        </form>
      </section>
      <CustomEntities {...custom} />
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">About</h2>
        <p>
          Backstory runs entirely in your browser: no page text, address or reading habit ever leaves it, and it makes no network requests.
        </p>
        <p>
          Its dataset has {dataset.people.toLocaleString('en')} people, {dataset.countries} countries and territories and{' '}
          {dataset.organisations} organisations, with facts as of {dataset.asOf}. Country facts (names, capitals, regions, languages,
          currencies, neighbours, flags) come from the world-countries data by Mohammed Le Doze, available under the Open Database License
          (ODbL 1.0). The records of people and organisations, each country's description and its heads of state and government, and the
          detection rules are written for Backstory; a fact we were not sure of on that date is left out rather than guessed.
        </p>
      </section>
    </main>
  );
}
