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
