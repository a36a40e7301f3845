import type { AxeViolation, Driver } from '../driver';
import { assert, waitFor } from './check';
import type { Scenario } from './index';

/** Serious and critical axe-core findings fail the check; minor and moderate ones are reported. */
const BLOCKING = new Set(['serious', 'critical']);

function blocking(violations: AxeViolation[]): string[] {
  return violations.filter((v) => BLOCKING.has(v.impact ?? '')).map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).join(', ')}`);
}

export const accessibilityScenario: Scenario = {
  name: 'accessibility: axe-core finds no serious violations in the popup or an open card',
  async run(driver: Driver) {
    const tab = await driver.openFixture('wire-article.html');
    const popup = await driver.openPopup(tab);
    await waitFor('the cast', () => popup.evaluate(() => document.querySelector('.cast-list .card') !== null || undefined));
    await popup.evaluate(() => {
      for (const details of document.querySelectorAll('details')) (details as HTMLDetailsElement).open = true;
    });
    assert.deepEqual(blocking(await popup.accessibilityViolations()), [], 'popup');

    // The card lives in a shadow root on the page; axe checks the page, card included.
    await tab.click('article [data-backstory-entity="abbas-araghchi"]');
    await waitFor('the card', () =>
      tab.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card') !== null || undefined),
    );
    const onPage = await tab.accessibilityViolations();
    // The fixture page's own markup is not ours: keep only findings inside Backstory's elements.
    const ours = onPage.map((v) => ({ ...v, nodes: v.nodes.filter((n) => /backstory/i.test(n)) })).filter((v) => v.nodes.length);
    assert.deepEqual(blocking(ours), [], 'card and highlights');
  },
};
