import detectionText from '@/assets/dataset/detection-data.json?raw';
import type { CompiledDetectionData } from '@/lib/entity-index';

/**
 * The prebuilt detection index, for the content script (`npm run data` writes the file). Bundled
 * as a string and parsed only once a page turns out to be an article, so other pages never pay
 * for it; card text stays in the background (see utils/dataset.ts).
 */
export function bundledDetectionData(): CompiledDetectionData {
  return JSON.parse(detectionText) as CompiledDetectionData;
}
