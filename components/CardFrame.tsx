import type { ComponentChildren } from 'preact';

interface Props {
  kind: 'person' | 'country' | 'organisation' | 'hedge';
  title: string;
  badge?: string;
  subtitle?: string;
  onClose?: () => void;
  /** Back to the card this one was opened from (a person's organisation, an organisation's leader). */
  onBack?: () => void;
  /** In a list (the popup): the body folds away under "Background". */
  compact?: boolean;
  children: ComponentChildren;
}

/** The shell every card shares: title, kind badge, close button, and the body. */
export function CardFrame({ kind, title, badge, subtitle, onClose, onBack, compact, children }: Props) {
  return (
    <section class={`card card-${kind}`} aria-label={title}>
      <header class="card-head">
        {onBack ? (
          <button type="button" class="card-close card-back" aria-label="Back to the previous card" onClick={onBack}>
            ‹
          </button>
        ) : null}
        <div class="card-heading">
          <h2 class="card-title">
            {badge ? (
              <span class="card-flag" aria-hidden="true">
                {badge}{' '}
              </span>
            ) : null}
            {title}
          </h2>
          {subtitle ? <p class="card-subtitle">{subtitle}</p> : null}
        </div>
        {onClose ? (
          <button type="button" class="card-close" aria-label="Close card" onClick={onClose}>
            ×
          </button>
        ) : null}
      </header>
      {compact ? (
        <details class="card-more">
          <summary>Background</summary>
          <div class="card-body">{children}</div>
        </details>
      ) : (
        <div class="card-body">{children}</div>
      )}
    </section>
  );
}

/** "3 mentions in this article", or nothing when the article summary is not at hand. */
/** Where a card in the page stands among the mentions, and how to move: the card follows. */
export interface MentionNav {
  index: number;
  total: number;
  onStep: (delta: number) => void;
}

export function Mentions({ count, nav }: { count?: number; nav?: MentionNav }) {
  if (!count) return null;
  const label = count === 1 ? '1 mention in this article' : `${count} mentions in this article`;
  if (!nav || nav.total < 2) return <p class="card-mentions">{label}</p>;
  return (
    <p class="card-mentions" role="group" aria-label={label}>
      <button type="button" class="card-step" aria-label="Previous mention" onClick={() => nav.onStep(-1)}>
        ‹
      </button>{' '}
      {nav.index + 1} of {nav.total} mentions in this article{' '}
      <button type="button" class="card-step" aria-label="Next mention" onClick={() => nav.onStep(1)}>
        ›
      </button>
    </p>
  );
}

/** "Facts as of June 2025": every dataset card says how fresh it is. */
export function AsOf({ date }: { date: string }) {
  return <p class="card-asof">Backstory dataset, as of {formatMonth(date)}</p>;
}

export function formatMonth(date: string): string {
  const [year, month] = date.split('-');
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const name = month ? names[Number(month) - 1] : undefined;
  return name ? `${name} ${year}` : (year ?? date);
}
