import { useState } from 'preact/hooks';
import type { Kind } from '@/lib/types';
import type { PageReport } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';
import type { Records } from './card-view';
import { CastList } from './CastList';
import { CategorySwitches } from './CategorySwitches';
import { SourcingSummary } from './SourcingSummary';

/** Where the popup stands: still asking, a page Backstory can't run on, or the tab's report. */
export type PopupState = { status: 'asking' } | { status: 'unavailable' } | { status: 'report'; report: PageReport };

export interface PopupCallbacks {
  onToggle: (kind: Kind, on: boolean) => void;
  onSiteOff: (host: string, off: boolean) => void;
  onPause: (paused: boolean) => void;
  /** Scrolls the page to a mention; resolves to where it went. */
  onShowMention: (ref: string, index: number) => Promise<{ index: number; total: number } | undefined>;
  onShowHedge: (order: number) => void;
}

interface Props extends PopupCallbacks {
  state: PopupState;
  settings: Settings;
  records: Records;
}

/** The whole popup, rendered from one snapshot of the tab's report and the settings. */
export function PopupView(props: Props) {
  const { state, settings, onToggle } = props;
  const host = state.status === 'report' ? state.report.host : undefined;
  return (
    <main class="popup cards-root">
      <header class="popup-head">
        <h1>Backstory</h1>
        <CategorySwitches enabled={settings.categories} onToggle={onToggle} />
        <SiteControls host={host} settings={settings} onSiteOff={props.onSiteOff} onPause={props.onPause} />
      </header>
      <PopupBody {...props} />
    </main>
  );
}

function SiteControls({
  host,
  settings,
  onSiteOff,
  onPause,
}: { host?: string; settings: Settings } & Pick<PopupCallbacks, 'onSiteOff' | 'onPause'>) {
  return (
    <div class="site-controls">
      {host ? (
        <label>
          <input
            type="checkbox"
            checked={settings.disabledSites.includes(host)}
            onChange={(e) => onSiteOff(host, e.currentTarget.checked)}
          />
          Off on {host}
        </label>
      ) : null}
      <label>
        <input type="checkbox" checked={settings.paused} onChange={(e) => onPause(e.currentTarget.checked)} />
        Pause on all sites
      </label>
    </div>
  );
}

function PopupBody({ state, settings, records, onShowMention, onShowHedge }: Props) {
  const [query, setQuery] = useState('');
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
  if (settings.paused) return <p class="popup-note">Backstory is paused on all sites.</p>;
  if (report.status === 'off') return <p class="popup-note">Backstory is off on {report.host}.</p>;
  if (report.status === 'loading') return <p class="popup-note">Still reading “{report.title}”…</p>;
  if (report.status === 'not-article' || !report.summary) {
    return <p class="popup-note">This page doesn’t look like a news article, so nothing is highlighted.</p>;
  }
  const { summary } = report;
  const found = summary.people.length + summary.countries.length + summary.organisations.length + summary.hedgeSentences.length;
  return (
    <>
      <h2 class="popup-title">{report.title}</h2>
      {found === 0 ? <p class="popup-note">No people, countries, organisations or hedged phrases found in this article.</p> : null}
      <SourcingSummary summary={summary} onShowHedge={onShowHedge} />
      <section class="popup-cast" aria-label="People, countries and organisations in this article">
        <h3>In this article</h3>
        <input
          type="search"
          class="cast-search"
          placeholder="Filter people, countries and organisations"
          aria-label="Filter people, countries and organisations"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <CastList summary={summary} records={records} query={query} onShowMention={onShowMention} />
      </section>
    </>
  );
}
