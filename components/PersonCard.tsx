import type { CastMember } from '@/lib/summary';
import type { CountryRecord, PersonRecord, Role } from '@/lib/types';
import type { CardLink } from './card-view';
import { AsOf, CardFrame, Mentions, type MentionNav } from './CardFrame';
import { CardLinkButton } from './CardLinkButton';

interface Props {
  name: string;
  record?: PersonRecord;
  member?: CastMember;
  countries: Map<string, CountryRecord>;
  onClose?: () => void;
  onBack?: () => void;
  compact?: boolean;
  mentionNav?: MentionNav;
  /** The dataset organisation a role names; with `onOpen`, the role links to its card. */
  orgIdOf?: (org: string) => string | undefined;
  onOpen?: (link: CardLink) => void;
}

export function PersonCard({ name, record, member, countries, onClose, onBack, compact, mentionNav, orgIdOf, onOpen }: Props) {
  const roleLine = (role: Role) => {
    const country = role.country ? countries.get(role.country) : undefined;
    const where = [country ? `${country.flag} ${country.name}` : undefined, role.org].filter(Boolean).join(', ');
    const since = role.since ? ` (since ${role.since})` : '';
    return `${role.title}${where ? `, ${where}` : ''}${since}`;
  };
  // In a role, the organisation is a link to its card when the dataset has one.
  const roleItem = (role: Role) => {
    const orgId = role.org && onOpen ? orgIdOf?.(role.org) : undefined;
    if (!role.org || !orgId || !onOpen) return roleLine(role);
    const country = role.country ? countries.get(role.country) : undefined;
    return (
      <>
        {role.title}, {country ? `${country.flag} ${country.name}, ` : ''}
        <CardLinkButton label={role.org} onClick={() => onOpen({ kind: 'organisation', id: orgId })} />
        {role.since ? ` (since ${role.since})` : ''}
      </>
    );
  };
  return (
    <CardFrame
      kind="person"
      title={record?.name ?? name}
      subtitle={compact ? (member?.descriptor ?? (record?.roles[0] ? roleLine(record.roles[0]) : undefined)) : undefined}
      onClose={onClose}
      onBack={onBack}
      compact={compact}
    >
      {record?.roles.length ? (
        <ul class="card-roles">
          {record.roles.map((role) => (
            <li key={role.title}>{roleItem(role)}</li>
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
