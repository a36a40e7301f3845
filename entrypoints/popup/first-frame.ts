import type { PageReport } from '@/utils/messaging';

/**
 * Cast cards in the popup's first frame: more than its 600 px can show below the switches and
 * the sourcing summary (two or three cards of about 150 px). An article can name 50 people and
 * countries or more, 1,400 elements and 8,000 px of cards: building and laying out all of them
 * took 50–100 ms, most of the popup's first render.
 */
export const FIRST_FRAME_CAST = 6;

/** The report with only the first `limit` of its cast (people first, as the list orders them). */
export function firstFrame(report: PageReport, limit = FIRST_FRAME_CAST): PageReport {
  const summary = report.summary;
  if (!summary) return report;
  const people = summary.people.slice(0, limit);
  const countries = summary.countries.slice(0, limit - people.length);
  const organisations = summary.organisations.slice(0, limit - people.length - countries.length);
  if (
    people.length + countries.length + organisations.length ===
    summary.people.length + summary.countries.length + summary.organisations.length
  )
    return report;
  return { ...report, summary: { ...summary, people, countries, organisations } };
}
