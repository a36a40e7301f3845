import namesText from '@/assets/dataset/organisation-names.json?raw';
import { compileOrganisations, type OrganisationIndex } from '@/lib/detectors/organisations';
import { fromCompactNames, type CompactOrganisationNames } from '@/lib/organisations';

let compiled: OrganisationIndex | undefined;

/**
 * The organisations' names for the content script (scripts/build-organisation-names.ts writes the
 * file). Bundled as a string, parsed and compiled on first use: only once a page is an article.
 */
export function bundledOrganisationIndex(): OrganisationIndex {
  compiled ??= compileOrganisations(fromCompactNames(JSON.parse(namesText) as CompactOrganisationNames));
  return compiled;
}
