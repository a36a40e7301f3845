/**
 * Where the content scripts' main-thread time goes on a page: `npm run bench:page -- --breakdown`
 * loads each page a few more times under the DevTools CPU profiler and prints the extension's
 * call tree with inclusive times, then the functions with the most self time. Only frames under a function of the extension count (its
 * scripts' top level, WXT's runtime, the gate, the annotator, and the browser's own functions
 * they call); script compilation and style work are not in a CPU profile. The profiler's own
 * overhead makes these times somewhat larger than the unprofiled figures in the table.
 */
import type { BrowserContext, Page } from '@playwright/test';

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const isExtension = (url: string) => /^(chrome|moz)-extension:\/\//.test(url);
/** Frames within `MAX_DEPTH` of the extension's outermost frame are told apart; deeper ones add to their ancestor. */
const MAX_DEPTH = 10;

function label(frame: CallFrame): string {
  const name = frame.functionName || '(top level)';
  return isExtension(frame.url) ? `${frame.url.split('/').pop()} ${name}` : `${name} (browser)`;
}

/** Milliseconds per call path (labels joined by " > "), each path counting its callees. */
export function extensionTimes(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const times = new Map<string, number>();
  for (const [id, ms] of self) {
    const chain: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) chain.unshift(byId.get(at)!);
    const outer = chain.findIndex((n) => isExtension(n.callFrame.url));
    if (outer < 0) continue;
    const path = chain.slice(outer, outer + MAX_DEPTH).map((n) => label(n.callFrame));
    for (let depth = 1; depth <= path.length; depth++) {
      const key = path.slice(0, depth).join(' > ');
      times.set(key, (times.get(key) ?? 0) + ms);
    }
  }
  return times;
}

/** Milliseconds spent in each function itself (not its callees), for frames under the extension's. */
export function selfTimes(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const underExtension = (id: number) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (isExtension(byId.get(at)!.callFrame.url)) return true;
    return false;
  };
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    if (!underExtension(id)) return;
    const key = label(byId.get(id)!.callFrame);
    times.set(key, (times.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return times;
}

/** The functions with the most self time over several runs: mean ms per run, the `top` largest. */
export function formatSelfTimes(title: string, runs: Map<string, number>[], top = 30): string[] {
  const mean = new Map<string, number>();
  for (const run of runs) for (const [key, ms] of run) mean.set(key, (mean.get(key) ?? 0) + ms / runs.length);
  const rows = [...mean].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `${title}: self time by function (mean of ${runs.length})`,
    ...rows.map(([key, ms]) => `${ms.toFixed(2).padStart(9)} ms  ${key}`),
  ];
}

/** Loads `url` in a new page under the CPU profiler (50 µs samples) and returns the profile once `ready` resolves. */
export async function profileLoad(context: BrowserContext, url: string, ready: (page: Page) => Promise<void>): Promise<CpuProfile> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await ready(page);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  return profile as unknown as CpuProfile;
}

/** The call tree of several runs as indented lines: mean ms per run, paths of at least `minMs`. */
export function formatBreakdown(title: string, runs: Map<string, number>[], minMs = 0.05): string[] {
  const mean = new Map<string, number>();
  for (const run of runs) for (const [key, ms] of run) mean.set(key, (mean.get(key) ?? 0) + ms / runs.length);
  const roots = [...mean].filter(([key]) => !key.includes(' > ')).reduce((sum, [, ms]) => sum + ms, 0);
  const lines = [`${title}: content scripts' JavaScript, ${roots.toFixed(1)} ms per load (CPU profile, mean of ${runs.length})`];
  const walk = (prefix: string, depth: number) => {
    const children = [...mean]
      .filter(([key, ms]) => ms >= minMs && key.startsWith(prefix) && !key.slice(prefix.length).includes(' > '))
      .sort((a, b) => b[1] - a[1]);
    for (const [key, ms] of children) {
      lines.push(`${'  '.repeat(depth)}${ms.toFixed(2).padStart(7)} ms  ${key.slice(prefix.length)}`);
      walk(`${key} > `, depth + 1);
    }
  };
  walk('', 1);
  return lines;
}
