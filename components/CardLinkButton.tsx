/**
 * A link from one card to another (a person's organisation, an organisation's leader). A button,
 * not an anchor: it opens a card, not a page, and is reached and pressed by keyboard like any other.
 */
export function CardLinkButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" class="card-step card-link" onClick={onClick}>
      {label}
    </button>
  );
}
