import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  start: number;
  end: number;
}

/**
 * After Playwright's own list, one plain line per browser:
 *   e2e chromium: 19 passed, 0 failed (38.2 s)
 * (.ci/run adds these up with Vitest's counts for its closing line.)
 */
export default class SummaryReporter implements Reporter {
  private readonly tallies = new Map<string, Tally>();

  private tally(test: TestCase): Tally {
    const project = test.parent.project()?.name ?? 'unknown';
    let tally = this.tallies.get(project);
    if (!tally) {
      tally = { passed: 0, failed: 0, skipped: 0, start: Date.now(), end: Date.now() };
      this.tallies.set(project, tally);
    }
    return tally;
  }

  onTestBegin(test: TestCase): void {
    this.tally(test);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const tally = this.tally(test);
    tally.end = Date.now();
    if (result.status === 'passed') tally.passed++;
    else if (result.status === 'skipped') tally.skipped++;
    else tally.failed++;
  }

  onEnd(result: FullResult): void {
    for (const [project, t] of this.tallies) {
      const skipped = t.skipped ? `, ${t.skipped} skipped` : '';
      console.log(`e2e ${project}: ${t.passed} passed, ${t.failed} failed${skipped} (${((t.end - t.start) / 1000).toFixed(1)} s)`);
    }
    if (this.tallies.size === 0) console.log(`e2e: no tests ran (${result.status})`);
  }
}
