import worldCountries from 'world-countries/countries.json' with { type: 'json' };
import type { ConllEntity } from './conll';
import type { Interval } from './metrics';

/**
 * How the benchmark reads CoNLL-2003 for countries. CoNLL has no country type: a country is a
 * LOC ("Iraq") or MISC ("Iraqi") entity whose whole text names a country. Which texts do is
 * decided here, from world-countries (independent of Backstory's own dataset) plus the English
 * press forms it lacks, so that the mapping is written down rather than tuned.
 */

/** English forms the press uses that world-countries does not list as names, alternative spellings or demonyms. */
const PRESS_FORMS = ['US', 'U.S.', 'USA', 'UK', 'U.K.', 'Britain', 'America', 'UAE', 'Turkey', 'Bosnia', 'Briton', 'Britons', 'Philippine'];

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
}

/**
 * Every text that names a country: common and official names, alternative spellings of three
 * letters or more (not the two-letter codes), each demonym (world-countries joins some with
 * commas: "Bosnian, Herzegovinian") and its regular plural ("Iraqis", "Palestinians").
 */
export function countryForms(): Set<string> {
  const forms = new Set<string>(PRESS_FORMS);
  for (const c of worldCountries as WorldCountry[]) {
    forms.add(c.name.common);
    forms.add(c.name.official);
    for (const alt of c.altSpellings ?? []) if (alt.length > 2 && /^[A-Z]/.test(alt)) forms.add(alt);
    for (const joined of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      for (const demonym of joined?.split(/,\s*/) ?? []) {
        if (!demonym) continue;
        forms.add(demonym);
        if (/[in]$/.test(demonym)) forms.add(`${demonym}s`); // "Iraqis", "Kenyans"; not "Chinese", "Swiss"
      }
    }
  }
  return forms;
}

/** The gold countries of a document: LOC or MISC entities whose text is a country form, also in a headline's capitals ("AUSTRIA"). */
export function goldCountries(entities: ConllEntity[], forms: Set<string>): ConllEntity[] {
  return entities.filter((e) => (e.type === 'LOC' || e.type === 'MISC') && (forms.has(e.text) || forms.has(fromCapitals(e.text))));
}

/** "SOUTH KOREA" → "South Korea"; other text unchanged. */
function fromCapitals(text: string): string {
  return text === text.toUpperCase()
    ? text.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    : text;
}

/**
 * Predictions that lie inside a longer CoNLL entity which is not itself a country: "Iraqi" in
 * MISC "Iraqi Kurds", "U.S." in ORG "U.S. Treasury" or MISC "U.S.-led". CoNLL annotates only the
 * outer name; Backstory highlights the country in it. The convention-mapped row sets these aside
 * (neither right nor wrong); the strict row counts them as false positives.
 */
export function insideLongerName<T extends Interval>(predicted: T[], entities: ConllEntity[], gold: Interval[]): T[] {
  const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}`));
  return predicted.filter(
    (p) =>
      !goldKeys.has(`${p.start}:${p.end}`) &&
      entities.some(
        (e) => e.start <= p.start && p.end <= e.end && e.end - e.start > p.end - p.start && !goldKeys.has(`${e.start}:${e.end}`),
      ),
  );
}
