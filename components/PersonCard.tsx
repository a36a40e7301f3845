import type { CastMember } from '@/lib/summary';
import type { CountryRecord, PersonRecord, Role } from '@/lib/types';
import { AsOf, CardFrame, Mentions, type MentionNav } from './CardFrame';

interface Props {
  name: string;
  record?: PersonRecord;
  member?: CastMember;
  countries: Map<string, CountryRecord>;
  onClose?: () => void;
  compact?: boolean;
  mentionNav?: MentionNav;
}

export function PersonCard({ name, record, member, countries, onClose, compact, mentionNav }: Props) {
  const roleLine = (role: Role) => {
    const country = role.country ? countries.get(role.country) : undefined;
    const where = [country ? `${country.flag} ${country.name}` : undefined, role.org].filter(Boolean).join(', ');
    const since = role.since ? ` (since ${role.since})` : '';
    return `${role.title}${where ? `, ${where}` : ''}${since}`;
  };
  return (
    <CardFrame
      kind="person"
      title={record?.name ?? name}
      subtitle={compact ? (member?.descriptor ?? (record?.roles[0] ? roleLine(record.roles[0]) : undefined)) : undefined}
      onClose={onClose}
      compact={compact}
    >
      {record?.roles.length ? (
        <ul class="card-roles">
          {record.roles.map((role) => (
            <li key={role.title}>{roleLine(role)}</li>
          ))}
        </ul>
      ) : null}
      {member?.descriptor ? (
        <p class="card-descriptor">
          <span class="card-label">The article calls them: </span>
          {member.descriptor}
        </p>
      ) : null}
      {record ? (
        <p class="card-description">{record.description}</p>
      ) : (
        <p class="card-missing">Not in Backstory’s dataset: what you see here comes from this article only.</p>
      )}
      {record?.born ? <p class="card-fact">Born {record.born}</p> : null}
      <Mentions count={member?.mentions} nav={mentionNav} />
      {record ? <AsOf date={record.asOf} /> : null}
    </CardFrame>
  );
}
