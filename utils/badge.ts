import type { PassStats } from './messaging';

/** The badge's text: the number of highlights, empty for none, "999+" past three digits. */
export function badgeText(stats: PassStats): string {
  const total = stats.people + stats.countries + stats.hedges;
  if (!Number.isFinite(total) || total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}
