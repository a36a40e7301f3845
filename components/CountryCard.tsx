import type { CastMember } from '@/lib/summary';
import type { CountryRecord } from '@/lib/types';
import type { Leader } from './card-view';
import { AsOf, CardFrame, Mentions, type MentionNav } from './CardFrame';

interface Props {
  record: CountryRecord;
  member?: CastMember;
  leaders?: Leader[];
  onClose?: () => void;
  compact?: boolean;
  mentionNav?: MentionNav;
}

export function CountryCard({ record, member, leaders = [], onClose, compact, mentionNav }: Props) {
  const facts: Array<[string, string]> = [
    ['Capital', record.capital.join(', ')],
    ['Region', [record.subregion, record.region].filter(Boolean).join(', ')],
    ['Languages', record.languages.join(', ')],
    ['Currency', record.currencies.join(', ')],
    ['Status', record.sovereign ? (record.unMember ? 'Sovereign state, UN member' : 'Sovereign state') : 'Territory'],
    ['Leaders', leaders.map((l) => `${l.name} (${l.title})`).join('; ')],
  ];
  return (
    <CardFrame
      kind="country"
      title={record.name}
      badge={record.flag}
      subtitle={record.officialName !== record.name ? record.officialName : undefined}
      compact={compact}
      onClose={onClose}
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
      </dl>
      <Mentions count={member?.mentions} nav={mentionNav} />
      <AsOf date={record.asOf} />
    </CardFrame>
  );
}
