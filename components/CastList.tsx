import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleSummary, CastMember, OrganisationMember } from '@/lib/summary';
import { cardViewFor, linkedViewFor, organisationViewFor, type CardLink, type CardView, type Records } from './card-view';
import { CardFrame, Mentions } from './CardFrame';
import { EntityCard } from './EntityCard';

interface Props {
  summary: ArticleSummary;
  records: Records;
  query: string;
  onShowMention: (ref: string, index: number) => Promise<{ index: number; total: number } | undefined>;
}

/**
 * People first, then countries, each by prominence, then the organisations the article names;
 * the filter matches names, descriptors and organisations' aliases. A link in a card (a person's
 * organisation, a country's organisations) opens that card above the list, with a way back.
 */
export function CastList({ summary, records, query, onShowMention }: Props) {
  const [opened, setOpened] = useState<CardView[]>([]);
  const needle = query.trim().toLowerCase();
  const matches = (m: CastMember) => !needle || `${m.name} ${m.descriptor ?? ''}`.toLowerCase().includes(needle);
  const orgMatches = (m: OrganisationMember) => !needle || organisationText(m, records).includes(needle);
  const cast = [...summary.people, ...summary.countries].filter(matches);
  const organisations = summary.organisations.filter(orgMatches);
  const open = (link: CardLink) => {
    const view = linkedViewFor(link, summary, records);
    if (view) setOpened((stack) => [...stack, view]);
  };
  return (
    <>
      {opened.length ? (
        <OpenedCard
          view={opened.at(-1)!}
          onOpen={open}
          onBack={() => setOpened((stack) => stack.slice(0, -1))}
          onClose={() => setOpened([])}
        />
      ) : null}
      {cast.length === 0 ? (
        <p class="popup-note">{needle ? 'Nobody in this article matches.' : 'No people or countries found.'}</p>
      ) : (
        <ul class="cast-list">
          {cast.map((member) => (
            <CastItem key={member.ref} member={member} summary={summary} records={records} onShowMention={onShowMention} onOpen={open} />
          ))}
        </ul>
      )}
      {organisations.length ? (
        <section class="popup-organisations" aria-label="Organisations in this article">
          <h3>Organisations</h3>
          <ul class="cast-list org-list">
            {organisations.map((member) => (
              <OrganisationItem key={member.id} member={member} summary={summary} records={records} onOpen={open} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** What the filter searches in an organisation: its name and, where the record is at hand, its aliases. */
function organisationText(member: OrganisationMember, records: Records): string {
  const record = records.organisations.get(member.id);
  return [member.name, ...(record?.aliases ?? []), ...(record?.ambiguousAliases ?? [])].join(' ').toLowerCase();
}

/** A card opened from a link, in full, above the list; focus moves to it. */
function OpenedCard({
  view,
  onOpen,
  onBack,
  onClose,
}: {
  view: CardView;
  onOpen: (link: CardLink) => void;
  onBack: () => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.querySelector<HTMLElement>('.card')?.focus(), [view]);
  return (
    <div class="cast-opened" ref={ref}>
      <EntityCard view={view} onOpen={onOpen} onBack={onBack} onClose={onClose} />
    </div>
  );
}

function CastItem({
  member,
  summary,
  records,
  onShowMention,
  onOpen,
}: { member: CastMember; onOpen: (link: CardLink) => void } & Omit<Props, 'query'>) {
  const [position, setPosition] = useState<number | undefined>(undefined);
  const view = cardViewFor({ kind: member.kind, text: member.name, entity: member.entity, ref: member.ref }, summary, records);
  if (!view) return null;
  const go = async (index: number) => {
    const shown = await onShowMention(member.ref, index);
    if (shown) setPosition(shown.index);
  };
  return (
    <li data-ref={member.ref} class="cast-item">
      <EntityCard view={view} compact onOpen={onOpen} />
      <div class="mention-nav" role="group" aria-label={`Mentions of ${member.name}`}>
        <button type="button" onClick={() => go(0)}>
          Show in page
        </button>
        <button type="button" aria-label="Previous mention" onClick={() => go((position ?? 0) - 1)}>
          ‹
        </button>
        <span aria-live="polite">{position === undefined ? `${member.mentions}×` : `${position + 1} of ${member.mentions}`}</span>
        <button type="button" aria-label="Next mention" onClick={() => go(position === undefined ? 0 : position + 1)}>
          ›
        </button>
      </div>
    </li>
  );
}

/**
 * An organisation the article names. Organisations are not highlighted, so there is no mention to
 * scroll to: the row shows how often the article names it.
 */
function OrganisationItem({
  member,
  summary,
  records,
  onOpen,
}: {
  member: OrganisationMember;
  summary: ArticleSummary;
  records: Records;
  onOpen: (link: CardLink) => void;
}) {
  const view = organisationViewFor(member.id, summary, records);
  return (
    <li data-organisation={member.id} class="cast-item">
      {view ? (
        <EntityCard view={view} compact onOpen={onOpen} />
      ) : (
        <CardFrame kind="organisation" title={member.name}>
          <Mentions count={member.mentions} />
        </CardFrame>
      )}
      <p class="mention-nav">{member.mentions === 1 ? 'Named once' : `Named ${member.mentions} times`}</p>
    </li>
  );
}
