import { useEffect, useMemo, useState } from 'preact/hooks';
import { PopupView, type PopupState } from '@/components/PopupView';
import { recordsOf } from '@/components/card-view';
import type { Kind } from '@/lib/types';
import { bundledDataset } from '@/utils/dataset';
import { sendToTab } from '@/utils/messaging';
import { DEFAULT_SETTINGS, loadSettings, setCategory, watchSettings, type Settings } from '@/utils/settings';

/** Fetches the snapshot (tab report + settings) and hands it to the presentational view. */
export function PopupApp({ tabIdParam }: { tabIdParam: string | null }) {
  const records = useMemo(() => {
    const { people, countries } = bundledDataset();
    return recordsOf(people, countries);
  }, []);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [state, setState] = useState<PopupState>({ status: 'asking' });

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const tabId = await resolveTabId(tabIdParam);
      const report = tabId === undefined ? undefined : await sendToTab(tabId, 'get-page-report', {}).catch(() => undefined);
      if (!cancelled) setState(report ? { status: 'report', report } : { status: 'unavailable' });
    })();
    return () => {
      cancelled = true;
    };
  }, [tabIdParam]);

  const onToggle = (kind: Kind, on: boolean) => {
    setSettings((s) => ({ categories: { ...s.categories, [kind]: on } }));
    void setCategory(kind, on).then(setSettings);
  };
  return <PopupView state={state} settings={settings} records={records} onToggle={onToggle} />;
}

/** `?tab=ID` names a tab (end-to-end tests, a detached window); otherwise the active tab. */
async function resolveTabId(param: string | null): Promise<number | undefined> {
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
