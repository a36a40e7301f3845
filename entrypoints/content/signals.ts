/** An AbortSignal that aborts when any of `signals` does (AbortSignal.any, which Firefox 115 lacks). */
export function anySignal(...signals: AbortSignal[]): AbortSignal {
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort();
      break;
    }
    signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
  }
  return controller.signal;
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/**
 * Resolves in a task of its own, at once: the page runs its input and rendering in between.
 * Not setTimeout(0), which the HTML standard clamps to 4 ms after five nested calls and Chromium
 * delays by a second or more in a background tab (a page the reader opened behind the current one,
 * or the tab behind an open popup window), so a pass there could take many seconds.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
