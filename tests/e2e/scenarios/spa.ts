import type { Driver } from '../driver';
import { assert, waitFor } from './check';
import type { Scenario } from './index';

/** A single-page app swaps its article and pushes a new address: Backstory reads the new one and forgets the old. */
export const spaScenario: Scenario = {
  name: 'single-page app: navigating to a new article annotates it and resets the summary',
  async run(driver: Driver) {
    const tab = await driver.openFixture('spa.html');
    assert.ok((await tab.highlights()).some((h) => h.entity === 'abbas-araghchi'));
    await tab.click('#next');
    const found = await waitFor(
      'the new article’s highlights',
      async () => {
        const highlights = await tab.highlights();
        return highlights.some((h) => h.entity === 'kaja-kallas') && highlights.some((h) => h.entity === 'hungary')
          ? highlights
          : undefined;
      },
      { timeout: 5_000 },
    );
    assert.ok(!found.some((h) => h.entity === 'abbas-araghchi'), 'the old article’s highlights are gone with it');
    const popup = await driver.openPopup(tab);
    const names = await waitFor('the popup’s cast', () =>
      popup.evaluate(() => {
        const titles = [...document.querySelectorAll('.cast-list .card-title')].map((t) => t.textContent ?? '');
        return titles.length ? titles : undefined;
      }),
    );
    assert.ok(names.includes('Kaja Kallas'), `cast: ${names.join(', ')}`);
    assert.ok(!names.includes('Abbas Araghchi'), `the old article’s cast is reset: ${names.join(', ')}`);
  },
};
