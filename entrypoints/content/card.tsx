import { render } from 'preact';
import cardCss from '@/components/card.css?inline';
import { cardViewFor, linkedViewFor, recordsOf, type CardLink, type CardView, type Highlight } from '@/components/card-view';
import type { MentionNav } from '@/components/CardFrame';
import { EntityCard } from '@/components/EntityCard';
import type { ArticleSummary } from '@/lib/summary';
import { HEDGE_CATEGORIES, KINDS, type HedgeCategory, type Kind } from '@/lib/types';
import { ATTR, CARD_HOST_TAG, MARK_SELECTOR } from '@/utils/dom-contract';
import { sendToBackground } from '@/utils/messaging';

const CARD_WIDTH = 352;
const MARGIN = 8;

/**
 * The card beside a clicked highlight. It lives in a shadow root on a host appended to <body>,
 * outside the article, so page CSS can't restyle it and it never enters the text Backstory reads.
 * Escape, a click elsewhere, or the close button closes it; focus moves into it on open. A link
 * in it (a person's organisation, an organisation's leader) opens that card in its place, with a
 * way back: the cards opened so far are a stack.
 */
export class CardController {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;
  private anchor: Element | undefined;
  private stack: CardView[] = [];
  private nav: MentionNav | undefined;

  constructor(
    private readonly doc: Document,
    private readonly summary: () => ArticleSummary | undefined,
    private readonly theme: () => 'dark' | 'light',
  ) {}

  get openFor(): Element | undefined {
    return this.anchor;
  }

  async open(mark: Element): Promise<void> {
    this.anchor = mark;
    const highlight = readHighlight(mark);
    // Dataset text lives in the background; the card asks for the one record it shows.
    const found = highlight.entity ? await sendToBackground('get-records', { ids: [highlight.entity] }).catch(() => undefined) : undefined;
    if (this.anchor !== mark) return; // another highlight was clicked meanwhile
    const view = cardViewFor(highlight, this.summary(), recordsOf(found?.people ?? [], found?.countries ?? [], found?.organisations ?? []));
    if (!view) return;
    const mount = this.ensureHost();
    mount.setAttribute('aria-label', `Backstory: ${highlight.text}`);
    this.anchor = mark;
    this.stack = [view];
    this.nav = this.mentionNav(mark, highlight.ref);
    this.renderTop();
    this.place(mark);
  }

  /** Opens the card a link names in place of the current one; Back returns to it. */
  private async follow(link: CardLink): Promise<void> {
    const anchor = this.anchor;
    const found = await sendToBackground('get-records', { ids: [link.id] }).catch(() => undefined);
    if (!found || this.anchor !== anchor || !this.mount) return;
    const view = linkedViewFor(link, this.summary(), recordsOf(found.people, found.countries, found.organisations));
    if (!view) return;
    this.stack.push(view);
    this.renderTop();
  }

  private back(): void {
    if (this.stack.length < 2) return;
    this.stack.pop();
    this.renderTop();
  }

  /** Renders the top of the stack; only the highlight's own card steps through its mentions. */
  private renderTop(): void {
    const view = this.stack.at(-1);
    if (!view || !this.mount) return;
    const nested = this.stack.length > 1;
    render(
      <EntityCard
        view={view}
        onClose={() => this.close()}
        mentionNav={nested ? undefined : this.nav}
        onOpen={(link) => void this.follow(link)}
        onBack={nested ? () => this.back() : undefined}
      />,
      this.mount,
    );
    const card = this.mount.querySelector<HTMLElement>('.card');
    card?.setAttribute('tabindex', '-1');
    card?.focus({ preventScroll: true });
  }

  /** The other mentions of the same person or country: stepping moves the card to the next one. */
  private mentionNav(mark: Element, ref: string | undefined): MentionNav | undefined {
    if (!ref) return undefined;
    const mentions = [...this.doc.querySelectorAll(`${MARK_SELECTOR}[${ATTR.start}][${ATTR.ref}="${CSS.escape(ref)}"]`)];
    const index = mentions.findIndex((m) => m === mark || m.contains(mark));
    if (mentions.length < 2 || index < 0) return undefined;
    return {
      index,
      total: mentions.length,
      onStep: (delta) => {
        const next = mentions[(index + delta + mentions.length) % mentions.length]!;
        next.scrollIntoView({ block: 'center' });
        void this.open(next);
      },
    };
  }

  close(): void {
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = undefined;
    this.mount = undefined;
    this.anchor = undefined;
    this.stack = [];
    this.nav = undefined;
  }

  contains(target: EventTarget | null): boolean {
    return !!this.host && target instanceof Node && this.host.contains(target);
  }

  private ensureHost(): HTMLElement {
    if (this.host && this.mount && this.host.isConnected) return this.mount;
    const host = this.doc.createElement(CARD_HOST_TAG);
    host.setAttribute('data-theme', this.theme());
    host.style.cssText = `position:absolute;z-index:2147483647;width:${CARD_WIDTH}px;max-width:calc(100vw - ${2 * MARGIN}px);top:0;left:0;`;
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = cardCss;
    const mount = this.doc.createElement('div');
    mount.setAttribute('role', 'dialog');
    mount.setAttribute('aria-modal', 'false');
    shadow.append(style, mount);
    this.doc.body.append(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  private place(mark: Element): void {
    if (!this.host) return;
    const rect = mark.getBoundingClientRect();
    const view = this.doc.defaultView;
    const scrollX = view?.scrollX ?? 0;
    const scrollY = view?.scrollY ?? 0;
    const width = view?.innerWidth ?? CARD_WIDTH;
    const left = Math.max(MARGIN, Math.min(rect.left, width - CARD_WIDTH - MARGIN));
    this.host.style.left = `${left + scrollX}px`;
    this.host.style.top = `${rect.bottom + scrollY + 6}px`;
    this.mount?.querySelector('.card')?.setAttribute('tabindex', '-1');
  }
}

/** Reads the DOM contract's attributes back from a highlight element. */
export function readHighlight(mark: Element): Highlight {
  const kind = mark.getAttribute(ATTR.kind) as Kind;
  const highlight: Highlight = { kind: KINDS.includes(kind) ? kind : 'hedge', text: mark.textContent ?? '' };
  const entity = mark.getAttribute(ATTR.entity);
  const ref = mark.getAttribute(ATTR.ref);
  const hedge = mark.getAttribute(ATTR.hedge) as HedgeCategory | null;
  if (entity) highlight.entity = entity;
  if (ref) highlight.ref = ref;
  if (hedge && HEDGE_CATEGORIES.includes(hedge)) highlight.hedge = hedge;
  return highlight;
}
