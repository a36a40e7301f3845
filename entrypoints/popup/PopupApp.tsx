import { useEffect, useMemo, useState } from 'preact/hooks';
import { recordsOf } from '@/components/card-view';
import { PopupView, type PopupState } from '@/components/PopupView';
import { mergePeople } from '@/lib/custom-entities';
import type { Kind, PersonRecord } from '@/lib/types';
import { loadCustomEntities } from '@/utils/custom-entities';
import { bundledDataset } from '@/utils/dataset';
import { sendToTab } from '@/utils/messaging';
import { DEFAULT_SETTINGS, loadSettings, setCategory, setPaused, setSiteDisabled, watchSettings, type Settings } from '@/utils/settings';

/** Fetches the snapshot (tab report + settings) and hands it to the presentational view. */
export function PopupApp({ tabIdParam }: { tabIdParam: string | null }) {
  const [custom, setCustom] = useState<PersonRecord[]>([]);
  useEffect(() => void loadCustomEntities().then(setCustom), []);
  const records = useMemo(() => {
    const { people, countries } = bundledDataset();
    return recordsOf(mergePeople(people, custom), countries);
  }, [custom]);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
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
      const id = await resolveTabId(tabIdParam);
      setTabId(id);
      const report = id === undefined ? undefined : await sendToTab(id, 'get-page-report', {}).catch(() => undefined);
      if (cancelled) return;
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

  const onToggle = (kind: Kind, on: boolean) => {
    setSettings((s) => ({ ...s, categories: { ...s.categories, [kind]: on } }));
    void setCategory(kind, on).then(setSettings);
  };
  return (
    <PopupView
      state={state}
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
