import { HEDGE_EXPLANATIONS } from '@/lib/hedge-categories';
import { HEDGE_CATEGORIES, type Kind } from '@/lib/types';
import type { PageReport } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';
import { cardViewFor, type Records } from './card-view';
import { CategorySwitches } from './CategorySwitches';
import { EntityCard } from './EntityCard';

/** Where the popup stands: still asking, a page Backstory can't run on, or the tab's report. */
export type PopupState = { status: 'asking' } | { status: 'unavailable' } | { status: 'report'; report: PageReport };

interface Props {
  state: PopupState;
  settings: Settings;
  records: Records;
  onToggle: (kind: Kind, on: boolean) => void;
}

/** The whole popup, rendered from one snapshot of the tab's report and the settings. */
export function PopupView({ state, settings, records, onToggle }: Props) {
  return (
    <main class="popup cards-root">
      <header class="popup-head">
        <h1>Backstory</h1>
        <CategorySwitches enabled={settings.categories} onToggle={onToggle} />
      </header>
      <PopupBody state={state} records={records} />
    </main>
  );
}

function PopupBody({ state, records }: { state: PopupState; records: Records }) {
  if (state.status === 'asking') return <p class="popup-note">Reading the page…</p>;
  if (state.status === 'unavailable') {
    return (
      <p class="popup-note">
        Backstory can’t run on this page (browser pages and extension stores are off limits), or the page was open before Backstory was
        installed: reload it.
      </p>
    );
  }
  const { report } = state;
  if (report.status === 'loading') return <p class="popup-note">Still reading “{report.title}”…</p>;
  if (report.status === 'not-article' || !report.summary)
    return <p class="popup-note">This page doesn’t look like a news article, so nothing is highlighted.</p>;
  const { summary } = report;
  const cast = [...summary.people, ...summary.countries];
  const hedges = HEDGE_CATEGORIES.filter((c) => summary.hedges[c] > 0);
  return (
    <>
      <h2 class="popup-title">{report.title}</h2>
      {hedges.length ? (
        <section class="popup-hedges" aria-label="Hedged language">
          <h3>Hedged language</h3>
          <ul>
            {hedges.map((c) => (
              <li key={c}>
                {HEDGE_EXPLANATIONS[c].label}: {summary.hedges[c]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section class="popup-cast" aria-label="People and countries in this article">
        <h3>In this article</h3>
        {cast.length === 0 ? <p class="popup-note">No people or countries found.</p> : null}
        <ul class="cast-list">
          {cast.map((member) => {
            const view = cardViewFor({ kind: member.kind, text: member.name, entity: member.entity, ref: member.ref }, summary, records);
            return view ? (
              <li key={member.ref} data-ref={member.ref}>
                <EntityCard view={view} />
              </li>
            ) : null;
          })}
        </ul>
      </section>
    </>
  );
}
