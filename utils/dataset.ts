import countries from '@/assets/dataset/countries.json';
import people from '@/assets/dataset/people.json';
import type { Dataset } from '@/lib/types';

/** The dataset bundled with the extension (validated by tests/unit/dataset.test.ts). */
export function bundledDataset(): Dataset {
  return { people, countries } as unknown as Dataset;
}
