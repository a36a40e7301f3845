import { useEffect, useMemo, useState } from 'preact/hooks';
import { OptionsView, type DatasetInfo } from '@/components/OptionsView';
import { bundledDataset } from '@/utils/dataset';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  setHedgeCategory,
  setPaused,
  setSiteDisabled,
  watchSettings,
  type Settings,
} from '@/utils/settings';

/** Loads the settings and the dataset's facts and hands them to the presentational view. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const dataset = useMemo((): DatasetInfo => {
    const { people, countries } = bundledDataset();
    const dates = [...people, ...countries].map((r) => r.asOf).sort();
    return { people: people.length, countries: countries.length, asOf: dates.at(-1) ?? '' };
  }, []);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return (
    <OptionsView
      settings={settings}
      dataset={dataset}
      onHedgeCategory={(category, on) => void setHedgeCategory(category, on).then(setSettings)}
      onSiteOff={(host, off) => void setSiteDisabled(host, off).then(setSettings)}
      onPause={(paused) => void setPaused(paused).then(setSettings)}
    />
  );
}
