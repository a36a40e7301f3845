import assert from 'node:assert/strict';

/**
 * Assertions for scenarios: plain Node `assert` (the scenarios don't depend on a test runner)
 * and a polling wait, since everything in a browser settles a little later.
 */
export { assert };

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until it returns a truthy value and returns that value; on timeout, fails
 * saying what it waited for and what it saw last.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T>, { timeout = 5_000, interval = 50 } = {}): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const seen = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (last seen: ${seen})`);
    }
    await sleep(interval);
  }
}

/** Collapses runs of whitespace, as a reader sees text. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
