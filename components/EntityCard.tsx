import type { CardView } from './card-view';
import { CountryCard } from './CountryCard';
import { HedgeCard } from './HedgeCard';
import { PersonCard } from './PersonCard';

/** The card for any highlight: the page's in-page card and the popup's cast both use it. */
export function EntityCard({ view, onClose }: { view: CardView; onClose?: () => void }) {
  switch (view.type) {
    case 'person':
      return <PersonCard name={view.name} record={view.record} member={view.member} countries={view.countries} onClose={onClose} />;
    case 'country':
      return <CountryCard record={view.record} member={view.member} leaders={view.leaders} onClose={onClose} />;
    case 'hedge':
      return <HedgeCard category={view.category} phrase={view.phrase} onClose={onClose} />;
  }
}
