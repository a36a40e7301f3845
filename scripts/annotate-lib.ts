import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { findArticleRoot } from '../entrypoints/content/article-root';
import { buildTextMap } from '../entrypoints/content/text-map';
import { detect } from '../lib/detect';
import { compileDataset, type EntityIndex } from '../lib/entity-index';
import type { Dataset, HedgeCategory, Kind } from '../lib/types';

export interface OutputSpan {
  kind: Kind;
  start: number;
  end: number;
  text: string;
  entity?: string;
  hedge?: HedgeCategory;
}
export type OutputLine = { id: string; text?: string; spans: OutputSpan[] } | { id: string; error: string };

export interface LoadedDataset {
  dataset: Dataset;
  index: EntityIndex;
}

/** Documents larger than this are refused with an error line rather than exhausting memory. */
export const MAX_DOCUMENT_CHARS = 20_000_000;

export async function loadBundledDataset(): Promise<LoadedDataset> {
  const dir = fileURLToPath(new URL('../assets/dataset/', import.meta.url));
  const [people, countries] = await Promise.all(
    ['people.json', 'countries.json'].map(async (f) => JSON.parse(await readFile(dir + f, 'utf8')) as unknown),
  );
  const dataset = { people, countries } as Dataset;
  return { dataset, index: compileDataset(dataset) };
}

export function datasetLines({ dataset }: LoadedDataset): unknown[] {
  return [...dataset.people, ...dataset.countries];
}

export function annotateInput(
  id: string,
  input: { text: string } | { html: string },
  { index }: LoadedDataset,
  maxChars = MAX_DOCUMENT_CHARS,
): OutputLine {
  const size = 'text' in input ? input.text.length : input.html.length;
  if (size > maxChars) return { id, error: `document too large (${size} characters, limit ${maxChars})` };
  const text = 'text' in input ? input.text : articleText(input.html);
  const spans = detect(text, index).map((s): OutputSpan => {
    const out: OutputSpan = { kind: s.kind, start: s.start, end: s.end, text: text.slice(s.start, s.end) };
    if (s.entity) out.entity = s.entity;
    if (s.hedge) out.hedge = s.hedge;
    return out;
  });
  return 'html' in input ? { id, text, spans } : { id, spans };
}

/** The article's text as the extension would read it; the whole body when the page is not an article. */
export function articleText(html: string): string {
  const window = new Window();
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const root = findArticleRoot(doc) ?? doc.body;
    return root ? buildTextMap(root).text : '';
  } finally {
    void window.happyDOM.close();
  }
}
