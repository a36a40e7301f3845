import type { OrganisationRecord } from '@/lib/organisations';
import type { CastMember } from '@/lib/summary';
import type { CountryRecord } from '@/lib/types';
import type { CardLink, Leader } from './card-view';
import { AsOf, CardFrame, Mentions, type MentionNav } from './CardFrame';
import { CardLinkButton } from './CardLinkButton';

interface Props {
  record: CountryRecord;
  member?: CastMember;
  leaders?: Leader[];
  /** Dataset organisations based in the country (a short list), and how many it leaves out. */
  organisations?: OrganisationRecord[];
  moreOrganisations?: number;
  onClose?: () => void;
  onBack?: () => void;
  compact?: boolean;
  mentionNav?: MentionNav;
  /** Opens a leader's or an organisation's card; without it they are plain text. */
  onOpen?: (link: CardLink) => void;
}

export function CountryCard({
  record,
  member,
  leaders = [],
  organisations = [],
  moreOrganisations = 0,
  onClose,
  onBack,
  compact,
  mentionNav,
  onOpen,
}: Props) {
  const facts: Array<[string, string]> = [
    ['Capital', record.capital.join(', ')],
    ['Region', [record.subregion, record.region].filter(Boolean).join(', ')],
    ['Languages', record.languages.join(', ')],
    ['Currency', record.currencies.join(', ')],
    ['Status', record.sovereign ? (record.unMember ? 'Sovereign state, UN member' : 'Sovereign state') : 'Territory'],
  ];
  return (
    <CardFrame
      kind="country"
      title={record.name}
      badge={record.flag}
      subtitle={record.officialName !== record.name ? record.officialName : undefined}
      compact={compact}
      onClose={onClose}
      onBack={onBack}
    >
      {record.description ? <p class="card-description">{record.description}</p> : null}
      <dl class="card-facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        {leaders.map((leader) => (
          <div key={leader.office}>
            <dt>{leader.office}</dt>
            <dd>
              <LeaderName leader={leader} onOpen={onOpen} /> <span class="card-leader-title">({leader.title})</span>
            </dd>
          </div>
        ))}
        {organisations.length ? (
          <div>
            <dt>Based here</dt>
            <dd>
              <ul class="card-orgs">
                {organisations.map((org) => (
                  <li key={org.id}>
                    {onOpen ? <CardLinkButton label={org.name} onClick={() => onOpen({ kind: 'organisation', id: org.id })} /> : org.name}
                  </li>
                ))}
                {moreOrganisations ? <li class="card-more-count">and {moreOrganisations} more in Backstory’s dataset</li> : null}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      {record.leadersNote ? <p class="card-note">{record.leadersNote}</p> : null}
      <Mentions count={member?.mentions} nav={mentionNav} />
      <AsOf date={record.asOf} />
    </CardFrame>
  );
}

function LeaderName({ leader, onOpen }: { leader: Leader; onOpen?: (link: CardLink) => void }) {
  const { id } = leader;
  if (!id || !onOpen) return <>{leader.name}</>;
  return <CardLinkButton label={leader.name} onClick={() => onOpen({ kind: 'person', id })} />;
}
