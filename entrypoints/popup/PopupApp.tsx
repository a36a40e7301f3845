import { useEffect, useRef, useState } from 'preact/hooks';
import { recordsOf, type Records } from '@/components/card-view';
import { PopupView, type PopupState } from '@/components/PopupView';
import type { Kind } from '@/lib/types';
import { ATTR, highlightStyle } from '@/utils/dom-contract';
import { sendToBackground, sendToTab, type PageReport } from '@/utils/messaging';
import { DEFAULT_SETTINGS, loadSettings, setCategory, setPaused, setSiteDisabled, watchSettings, type Settings } from '@/utils/settings';
import { firstFrame } from './first-frame';

export const FIRST_RENDER_MARK = 'backstory-popup-first-render';

/** Fetches the snapshot (tab report + settings) and hands it to the presentational view. */
export function PopupApp({ tabIdParam, early }: { tabIdParam: string | null; early?: Promise<Snapshot> }) {
  // The records of the article's cast come from the background, which holds the dataset: the
  // popup never parses the whole of it, so it opens fast.
  const [records, setRecords] = useState<Records>(() => recordsOf([], []));
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const earlyAnswer = useRef(early);
  const [state, setState] = useState<PopupState>({ status: 'asking' });
  const [tabId, setTabId] = useState<number | undefined>(undefined);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const ask = async (attempt: number) => {
      // The first answer was asked for before the popup rendered (main.tsx).
      const first = earlyAnswer.current;
      earlyAnswer.current = undefined;
      const { tabId: id, report, records: found } = await (attempt === 0 && first ? first : fetchSnapshot(tabIdParam));
      if (cancelled) return;
      setTabId(id);
      if (found) setRecords(found);
      setState(report ? { status: 'report', report } : { status: 'unavailable' });
      // A page still loading answers "loading": ask again shortly.
      if (report?.status === 'loading' && attempt < 20) retry = setTimeout(() => void ask(attempt + 1), 250);
    };
    void ask(0);
    return () => {
      cancelled = true;
      if (retry) clearTimeout(retry);
    };
  }, [tabIdParam, settings.paused, settings.disabledSites.join(' ')]);

  // The swatches and cards follow the reader's colour preset (entrypoints/content/style.css).
  useEffect(
    () => document.documentElement.setAttribute(ATTR.style, highlightStyle(settings.preset, settings.tint)),
    [settings.preset, settings.tint],
  );

  // The first frame of a report shows a screenful of the cast; the rest follows once it has painted.
  const [whole, setWhole] = useState(false);
  useEffect(() => {
    if (state.status !== 'report') return;
    // For bench:page: when the popup first shows the tab's report (a User Timing mark, nothing more).
    if (!performance.getEntriesByName(FIRST_RENDER_MARK).length) performance.mark(FIRST_RENDER_MARK);
    if (whole) return;
    const rest = setTimeout(() => setWhole(true));
    return () => clearTimeout(rest);
  }, [state, whole]);
  const shown: PopupState = state.status === 'report' && !whole ? { status: 'report', report: firstFrame(state.report) } : state;

  const onToggle = (kind: Kind, on: boolean) => {
    setSettings((s) => ({ ...s, categories: { ...s.categories, [kind]: on } }));
    void setCategory(kind, on).then(setSettings);
  };
  return (
    <PopupView
      state={shown}
      settings={settings}
      records={records}
      onToggle={onToggle}
      onSiteOff={(host, off) => void setSiteDisabled(host, off).then(setSettings)}
      onPause={(paused) => void setPaused(paused).then(setSettings)}
      onShowMention={(ref, index) =>
        tabId === undefined ? Promise.resolve(undefined) : sendToTab(tabId, 'show-mention', { ref, index }).catch(() => undefined)
      }
      onShowHedge={(order) => void (tabId !== undefined && sendToTab(tabId, 'show-hedge', { order }).catch(() => undefined))}
    />
  );
}

/** `?tab=ID` names a tab (end-to-end tests, a detached window); otherwise the active tab. */
async function resolveTabId(param: string | null): Promise<number | undefined> {
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The dataset records of everyone and every country the article names (and their leaders, flags). */
async function castRecords(report: PageReport): Promise<Records | undefined> {
  const cast = [...(report.summary?.people ?? []), ...(report.summary?.countries ?? [])];
  const ids = [...cast.flatMap((m) => (m.entity ? [m.entity] : [])), ...(report.summary?.organisations ?? []).map((o) => o.id)];
  if (!ids.length) return undefined;
  const found = await sendToBackground('get-records', { ids }).catch(() => undefined);
  return found ? recordsOf(found.people, found.countries, found.organisations) : undefined;
}

export interface Snapshot {
  tabId?: number;
  report?: PageReport;
  records?: Records;
}

/** The tab's report and the records of its cast: everything the popup shows of the page. */
export async function fetchSnapshot(tabIdParam: string | null): Promise<Snapshot> {
  const tabId = await resolveTabId(tabIdParam);
  const report = tabId === undefined ? undefined : await sendToTab(tabId, 'get-page-report', {}).catch(() => undefined);
  return { tabId, report, records: report ? await castRecords(report) : undefined };
}
