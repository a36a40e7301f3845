import { useState } from 'preact/hooks';
import type { ArticleSummary, CastMember } from '@/lib/summary';
import { cardViewFor, type Records } from './card-view';
import { EntityCard } from './EntityCard';

interface Props {
  summary: ArticleSummary;
  records: Records;
  query: string;
  onShowMention: (ref: string, index: number) => Promise<{ index: number; total: number } | undefined>;
}

/** People first, then countries, each by prominence; the filter matches names and descriptors. */
export function CastList({ summary, records, query, onShowMention }: Props) {
  const needle = query.trim().toLowerCase();
  const matches = (m: CastMember) => !needle || `${m.name} ${m.descriptor ?? ''}`.toLowerCase().includes(needle);
  const cast = [...summary.people, ...summary.countries].filter(matches);
  if (cast.length === 0) return <p class="popup-note">{needle ? 'Nobody in this article matches.' : 'No people or countries found.'}</p>;
  return (
    <ul class="cast-list">
      {cast.map((member) => (
        <CastItem key={member.ref} member={member} summary={summary} records={records} onShowMention={onShowMention} />
      ))}
    </ul>
  );
}

function CastItem({ member, summary, records, onShowMention }: { member: CastMember } & Omit<Props, 'query'>) {
  const [position, setPosition] = useState<number | undefined>(undefined);
  const view = cardViewFor({ kind: member.kind, text: member.name, entity: member.entity, ref: member.ref }, summary, records);
  if (!view) return null;
  const go = async (index: number) => {
    const shown = await onShowMention(member.ref, index);
    if (shown) setPosition(shown.index);
  };
  return (
    <li data-ref={member.ref} class="cast-item">
      <EntityCard view={view} compact />
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
