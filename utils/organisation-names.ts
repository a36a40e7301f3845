import namesText from '@/assets/dataset/organisation-names.json?raw';
import { mergeOrganisations, type CustomEntity } from '@/lib/custom-entities';
import { compileOrganisations, type OrganisationIndex } from '@/lib/detectors/organisations';
import { fromCompactNames, type CompactOrganisationNames, type OrganisationNames } from '@/lib/organisations';

let bundledNames: OrganisationNames[] | undefined;
let compiled: OrganisationIndex | undefined;

function names(): OrganisationNames[] {
  bundledNames ??= fromCompactNames(JSON.parse(namesText) as CompactOrganisationNames);
  return bundledNames;
}

/**
 * The organisations' names for the content script (scripts/build-organisation-names.ts writes the
 * file). Bundled as a string, parsed and compiled on first use: only once a page is an article.
 */
export function bundledOrganisationIndex(): OrganisationIndex {
  compiled ??= compileOrganisations(names());
  return compiled;
}

/**
 * The bundled names with the reader's own organisations (options page). Without any, the cached
 * bundled index; with some, a new index, since a reader's organisation may take a bundled name
 * or replace a bundled organisation's names.
 */
export function organisationIndexWith(custom: readonly CustomEntity[]): OrganisationIndex {
  if (!custom.some((e) => e.kind === 'organisation')) return bundledOrganisationIndex();
  return compileOrganisations(mergeOrganisations(names(), custom));
}
