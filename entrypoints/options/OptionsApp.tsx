import { useEffect, useMemo, useState } from 'preact/hooks';
import { OptionsView, type DatasetInfo } from '@/components/OptionsView';
import { exportCustomEntities, mergeSaved, parseCustomEntities, type BundledIds, type CustomEntity } from '@/lib/custom-entities';
import type { Theme } from '@/lib/palettes';
import { customEntitiesItem, loadCustomEntities } from '@/utils/custom-entities';
import { bundledDataset } from '@/utils/dataset';
import { followSystemTheme } from '@/utils/extension-page-theme';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  setHedgeCategory,
  setHighlightStyle,
  setPaused,
  setSiteDisabled,
  watchSettings,
  type Settings,
} from '@/utils/settings';

/** Loads the settings and the dataset's facts and hands them to the presentational view. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [custom, setCustom] = useState<CustomEntity[]>([]);
  const [theme, setTheme] = useState<Theme>('light');
  useEffect(() => setTheme(followSystemTheme(document, setTheme)), []);
  useEffect(() => void loadCustomEntities().then(setCustom), []);
  const save = async (entities: CustomEntity[]) => {
    await customEntitiesItem.setValue(entities);
    setCustom(entities);
  };
  // The bundled ids an import is checked against (a country to override must be one of them).
  const bundledIds = useMemo((): BundledIds => {
    const { people, countries, organisations } = bundledDataset();
    const ids = (records: Array<{ id: string }>) => new Set(records.map((r) => r.id));
    return { people: ids(people), countries: ids(countries), organisations: ids(organisations) };
  }, []);
  const dataset = useMemo((): DatasetInfo => {
    const { people, countries, organisations } = bundledDataset();
    const dates = [...people, ...countries, ...organisations].map((r) => r.asOf).sort();
    return { people: people.length, countries: countries.length, organisations: organisations.length, asOf: dates.at(-1) ?? '' };
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
      theme={theme}
      onHighlightStyle={(style) => {
        setSettings((s) => ({ ...s, ...style }));
        void setHighlightStyle(style).then(setSettings);
      }}
      custom={{
        entities: custom,
        exportText: exportCustomEntities(custom),
        onImport: async (json) => {
          const result = parseCustomEntities(json, new Date().toISOString().slice(0, 10), bundledIds);
          if (!result.ok) return result.errors;
          await save(mergeSaved(custom, result.entities));
          return [];
        },
        onRemove: (id) => void save(custom.filter((p) => p.id !== id)),
      }}
    />
  );
}
