import type { CardView } from './card-view';
import { CountryCard } from './CountryCard';
import { HedgeCard } from './HedgeCard';
import { PersonCard } from './PersonCard';

/** The card for any highlight: the page's in-page card and the popup's cast both use it. */
export function EntityCard({ view, onClose, compact }: { view: CardView; onClose?: () => void; compact?: boolean }) {
  switch (view.type) {
    case 'person':
      return (
        <PersonCard
          name={view.name}
          record={view.record}
          member={view.member}
          countries={view.countries}
          onClose={onClose}
          compact={compact}
        />
      );
    case 'country':
      return <CountryCard record={view.record} member={view.member} leaders={view.leaders} onClose={onClose} compact={compact} />;
    case 'hedge':
      return <HedgeCard category={view.category} phrase={view.phrase} onClose={onClose} />;
  }
}
