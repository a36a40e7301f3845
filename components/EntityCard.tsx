import type { CardView } from './card-view';
import type { MentionNav } from './CardFrame';
import { CountryCard } from './CountryCard';
import { HedgeCard } from './HedgeCard';
import { PersonCard } from './PersonCard';

interface Props {
  view: CardView;
  onClose?: () => void;
  /** In a list (the popup): the body folds away. */
  compact?: boolean;
  /** In the page: step to the other mentions of the same person or country. */
  mentionNav?: MentionNav;
}

/** The card for any highlight: the page's in-page card and the popup's cast both use it. */
export function EntityCard({ view, onClose, compact, mentionNav }: Props) {
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
          mentionNav={mentionNav}
        />
      );
    case 'country':
      return (
        <CountryCard
          record={view.record}
          member={view.member}
          leaders={view.leaders}
          onClose={onClose}
          compact={compact}
          mentionNav={mentionNav}
        />
      );
    case 'hedge':
      return <HedgeCard category={view.category} phrase={view.phrase} onClose={onClose} />;
  }
}
