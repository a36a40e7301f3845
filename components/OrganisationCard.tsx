import { ORGANISATION_TYPE_LABELS, type OrganisationRecord } from '@/lib/organisations';
import type { OrganisationMember } from '@/lib/summary';
import type { CountryRecord } from '@/lib/types';
import type { CardLink, OrganisationLeaderView } from './card-view';
import { AsOf, CardFrame, Mentions } from './CardFrame';
import { CardLinkButton } from './CardLinkButton';

interface Props {
  record: OrganisationRecord;
  member?: OrganisationMember;
  /** The country of its headquarters, for the flag. */
  country?: CountryRecord;
  /** Its leader, with the id of their card when Backstory has one. */
  leader?: OrganisationLeaderView;
  onClose?: () => void;
  onBack?: () => void;
  compact?: boolean;
  /** Opens another card (the leader's); without it the leader is plain text. */
  onOpen?: (link: CardLink) => void;
}

/** An organisation's card: what it is, where, since when, who leads it, and how often the article names it. */
export function OrganisationCard({ record, member, country, leader, onClose, onBack, compact, onOpen }: Props) {
  const where = [record.headquarters, country ? `${country.flag} ${country.name}` : undefined].filter(Boolean).join(', ');
  return (
    <CardFrame
      kind="organisation"
      title={record.name}
      subtitle={ORGANISATION_TYPE_LABELS[record.type] ?? record.type}
      onClose={onClose}
      onBack={onBack}
      compact={compact}
    >
      <p class="card-description">{record.description}</p>
      <dl class="card-facts">
        {where ? (
          <div>
            <dt>Based in</dt>
            <dd>{where}</dd>
          </div>
        ) : null}
        {record.founded ? (
          <div>
            <dt>Founded</dt>
            <dd>{record.founded}</dd>
          </div>
        ) : null}
        {leader ? (
          <div>
            <dt>{leader.title}</dt>
            <dd>
              {leader.id && onOpen ? (
                <CardLinkButton label={leader.name} onClick={() => onOpen({ kind: 'person', id: leader.id! })} />
              ) : (
                leader.name
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      <Mentions count={member?.mentions} />
      <AsOf date={record.asOf} />
    </CardFrame>
  );
}
