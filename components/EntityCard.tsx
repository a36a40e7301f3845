import type { CardLink, CardView } from './card-view';
import type { MentionNav } from './CardFrame';
import { CountryCard } from './CountryCard';
import { HedgeCard } from './HedgeCard';
import { OrganisationCard } from './OrganisationCard';
import { PersonCard } from './PersonCard';

interface Props {
  view: CardView;
  onClose?: () => void;
  /** In a list (the popup): the body folds away. */
  compact?: boolean;
  /** In the page: step to the other mentions of the same person or country. */
  mentionNav?: MentionNav;
  /** Opens the card a link names (a person's organisation, a country's organisations, an organisation's leader). */
  onOpen?: (link: CardLink) => void;
  /** Back to the card this one was opened from. */
  onBack?: () => void;
}

/** The card for any highlight: the page's in-page card and the popup's cast both use it. */
export function EntityCard({ view, onClose, compact, mentionNav, onOpen, onBack }: Props) {
  // What every dataset card takes from where it is shown (the page or the popup).
  const shown = { onClose, onBack, compact, onOpen };
  switch (view.type) {
    case 'person':
      return (
        <PersonCard
          name={view.name}
          record={view.record}
          member={view.member}
          countries={view.countries}
          orgIdOf={view.orgIdOf}
          mentionNav={mentionNav}
          {...shown}
        />
      );
    case 'country':
      return (
        <CountryCard
          record={view.record}
          member={view.member}
          leaders={view.leaders}
          organisations={view.organisations}
          moreOrganisations={view.moreOrganisations}
          mentionNav={mentionNav}
          {...shown}
        />
      );
    case 'organisation':
      return <OrganisationCard record={view.record} member={view.member} country={view.country} leader={view.leader} {...shown} />;
    case 'hedge':
      return <HedgeCard category={view.category} phrase={view.phrase} onClose={onClose} />;
  }
}
