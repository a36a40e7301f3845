import type { Driver } from '../driver';
import { assert, waitFor } from './check';
import type { Scenario } from './index';

/**
 * A page that adds and removes paragraphs every 20 ms for ten seconds (restless.html). Backstory
 * must keep its work bounded (live-updates.ts allows ten passes per ten-second window), must not
 * loop on its own marks, and the page must stay responsive.
 */
export const restlessScenario: Scenario = {
  name: 'a page that mutates its DOM for 10 seconds: bounded passes, no loop, page responsive',
  async run(driver: Driver) {
    const tab = await driver.openFixture('restless.html');
    await waitFor(
      'the page to stop changing',
      () => tab.evaluate(() => document.documentElement.hasAttribute('data-restless-done') || undefined),
      {
        timeout: 14_000,
      },
    );
    const updates = Number(await tab.attribute('html', 'data-restless-done'));
    const stats = JSON.parse((await tab.attribute('html', 'data-backstory-stats')) ?? '{}') as { passes?: number };
    assert.ok(updates > 100, `the page changed ${updates} times`);
    assert.ok(typeof stats.passes === 'number' && stats.passes >= 2, `Backstory annotated added content (${stats.passes} passes)`);
    assert.ok(stats.passes <= 13, `at most ten passes per ten seconds, plus the first (${stats.passes} for ${updates} changes)`);
    // Marks are only ever inside the article, and each mark holds text.
    const empty = await tab.evaluate(() => [...document.querySelectorAll('[data-backstory-kind]')].filter((m) => !m.textContent).length);
    assert.equal(empty, 0);
  },
};
