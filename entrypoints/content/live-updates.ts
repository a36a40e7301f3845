/**
 * Watches a subtree for content added later (live blogs, "load more", infinite scroll) and calls
 * back in batches: at most DEBOUNCE_MS after the first change of a burst, so new paragraphs are
 * annotated within half a second, and at most MAX_PASSES times per window, so a page that mutates
 * without end cannot make Backstory loop. Mutations for which `ignore` is true (Backstory's own
 * marks and splits, blocks already annotated, the card) never schedule anything.
 */
export interface LiveUpdateOptions {
  ignore: (node: Node) => boolean;
  onChange: () => Promise<void> | void;
  signal: AbortSignal;
}

export const DEBOUNCE_MS = 250;
const MAX_PASSES = 10;
const WINDOW_MS = 10_000;

export function watchForNewContent(target: Node, { ignore, onChange, signal }: LiveUpdateOptions): MutationObserver {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let pending = false;
  const recent: number[] = [];

  const run = async () => {
    timer = undefined;
    if (signal.aborted) return;
    const now = Date.now();
    while (recent.length && now - recent[0]! > WINDOW_MS) recent.shift();
    if (recent.length >= MAX_PASSES) {
      // Over budget: try once more when the window frees up.
      timer = setTimeout(run, WINDOW_MS - (now - recent[0]!));
      return;
    }
    recent.push(now);
    running = true;
    try {
      await onChange();
    } finally {
      running = false;
      observer.takeRecords(); // records of our own marks, made while the pass ran
      if (pending && !signal.aborted) {
        pending = false;
        timer ??= setTimeout(run, DEBOUNCE_MS);
      }
    }
  };

  const observer = new MutationObserver((records) => {
    const relevant = records.some((r) => [...r.addedNodes].some((n) => !ignore(n) && hasText(n)));
    if (!relevant || signal.aborted) return;
    if (running) pending = true;
    else timer ??= setTimeout(run, DEBOUNCE_MS);
  });
  observer.observe(target, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer) clearTimeout(timer);
  });
  return observer;
}

function hasText(node: Node): boolean {
  return !!node.textContent?.trim();
}

/** How many times a page without an article is re-checked as it changes (single-page apps load late). */
const MAX_ARTICLE_CHECKS = 20;

/**
 * A page with no article yet may become one (client-side rendering, or a single-page app moving
 * to an article, which always changes the page): look again as it changes, at most
 * MAX_ARTICLE_CHECKS times, and call `onArticle` once when `isArticle` says so. After the last
 * check it stops watching and calls `onGiveUp`.
 */
export function watchForArticle(
  doc: Document,
  {
    isArticle,
    onArticle,
    onGiveUp,
    ignore,
    signal,
  }: {
    isArticle: () => boolean;
    onArticle: () => void | Promise<void>;
    onGiveUp?: () => void;
    ignore: (node: Node) => boolean;
    signal: AbortSignal;
  },
): void {
  if (!doc.body) return;
  const done = new AbortController();
  const stop = () => done.abort();
  signal.addEventListener('abort', stop, { once: true });
  let checks = 0;
  watchForNewContent(doc.body, {
    ignore,
    onChange: async () => {
      if (++checks > MAX_ARTICLE_CHECKS) {
        stop();
        return onGiveUp?.();
      }
      if (!isArticle()) return;
      stop();
      await onArticle();
    },
    signal: done.signal,
  });
}
