import { readFileSync } from 'node:fs';
import type { Driver, Tab } from '../driver';
import { assert, squash, waitFor } from './check';
import type { Scenario } from './index';

const WIRE = 'wire-article.html';

/** Text of the open in-page card's title (the card lives in the open shadow root of backstory-card), or null. */
function cardTitle(tab: Tab): Promise<string | null> {
  return tab.evaluate(
    () => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card-title')?.textContent?.trim() ?? null,
  );
}

/** Presses Tab in the page until the focused control inside the card matches `label`; fails after a few presses. */
async function tabTo(tab: Tab, label: string): Promise<void> {
  for (let presses = 0; presses < 6; presses++) {
    await tab.press('Tab');
    const focused = await tab.evaluate(() => {
      const active = document.querySelector('backstory-card')?.shadowRoot?.activeElement;
      return active ? (active.getAttribute('aria-label') ?? active.textContent ?? '').trim() : '';
    });
    if (focused === label) return;
  }
  assert.fail(`Tab never reached “${label}” in the card`);
}

/** The popup's own features, against the page: jumping to mentions and hedges, filtering, site controls. */
export const popupScenarios: Scenario[] = [
  {
    name: 'popup: jumps to a person’s mentions and to a hedged sentence, and filters the cast',
    async run(driver: Driver) {
      const tab = await driver.openFixture(WIRE);
      const popup = await driver.openPopup(tab);
      await waitFor('the cast', () => popup.evaluate(() => document.querySelector('[data-ref="abbas-araghchi"]') !== null || undefined));

      await popup.click('[data-ref="abbas-araghchi"] .mention-nav button');
      await waitFor('the first mention to flash', () =>
        tab.evaluate(() => document.querySelector('mark.backstory-flash')?.getAttribute('data-backstory-ref') ?? undefined),
      );
      await popup.click('[data-ref="abbas-araghchi"] [aria-label="Next mention"]');
      const position = await waitFor('the mention counter', () =>
        popup.evaluate(() => {
          const text = document.querySelector('[data-ref="abbas-araghchi"] .mention-nav span')?.textContent ?? '';
          return /^2 of \d+$/.test(text) ? text : undefined;
        }),
      );
      assert.match(position, /^2 of \d+$/);

      await popup.evaluate(() => {
        for (const details of document.querySelectorAll('.hedge-line')) (details as HTMLDetailsElement).open = true;
      });
      await popup.click('.hedge-sentences .link-button');
      await waitFor('a hedge to flash', () =>
        tab.evaluate(() => document.querySelector('mark.backstory-flash')?.getAttribute('data-backstory-kind') === 'hedge' || undefined),
      );

      await popup.evaluate(() => {
        const box = document.querySelector<HTMLInputElement>('.cast-search')!;
        box.value = 'Oman';
        box.dispatchEvent(new Event('input', { bubbles: true }));
      });
      const titles = await waitFor('the filtered cast', () =>
        popup.evaluate(() => {
          const names = [...document.querySelectorAll('.cast-list .card-title')].map((t) => t.textContent?.trim() ?? '');
          return names.length === 1 ? names : undefined;
        }),
      );
      assert.ok(titles[0]!.includes('Oman'), `filtered to ${titles.join(', ')}`);
    },
  },
  {
    name: 'popup: lists the organisations the article names; the in-page card opens one from a person’s card by keyboard, and goes back',
    async run(driver: Driver) {
      const tab = await driver.openFixture(WIRE);
      const popup = await driver.openPopup(tab);
      const organisations = await waitFor('the organisations section', () =>
        popup.evaluate(() => {
          const titles = [...document.querySelectorAll('.popup-organisations .card-title')].map((t) => t.textContent?.trim() ?? '');
          return titles.length ? titles : undefined;
        }),
      );
      for (const name of ['International Atomic Energy Agency', 'United Nations', 'White House']) {
        assert.ok(organisations.includes(name), `${name} in ${organisations.join(', ')}`);
      }
      assert.equal(organisations[0], 'White House', 'the most named first');
      await popup.evaluate(() => {
        const box = document.querySelector<HTMLInputElement>('.cast-search')!;
        box.value = 'atomic';
        box.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await waitFor('the filtered organisations', () =>
        popup.evaluate(() => {
          const titles = [...document.querySelectorAll('.popup-organisations .card-title')].map((t) => t.textContent?.trim());
          return titles.length === 1 && titles[0] === 'International Atomic Energy Agency';
        }),
      );

      await tab.click('[data-backstory-entity="rafael-grossi"]');
      await waitFor('Rafael Grossi’s card', async () => (await cardTitle(tab)) === 'Rafael Grossi');
      await tabTo(tab, 'International Atomic Energy Agency');
      await tab.press('Enter');
      await waitFor('the IAEA’s card in its place', async () => (await cardTitle(tab)) === 'International Atomic Energy Agency');
      const facts = squash(
        await tab.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card-facts')?.textContent ?? ''),
      );
      assert.match(facts, /Vienna/);
      await tabTo(tab, 'Back to the previous card');
      await tab.press('Enter');
      await waitFor('Rafael Grossi’s card again', async () => (await cardTitle(tab)) === 'Rafael Grossi');
      await tab.press('Escape');
      await waitFor('Escape to close the card', async () => (await cardTitle(tab)) === null);
    },
  },
  {
    name: 'popup: "Off on this site" restores the page exactly, and turning it back on annotates again',
    async run(driver: Driver) {
      const tab = await driver.openFixture(WIRE);
      const reference = await driver.openHtml(readFileSync(`tests/fixtures/pages/${WIRE}`, 'utf8'));
      const original = await reference.evaluate(() => document.querySelector('article')!.innerHTML);
      const popup = await driver.openPopup(tab);
      await waitFor('the site switch', () => popup.evaluate(() => document.querySelector('.site-controls input') !== null || undefined));

      await popup.click('.site-controls input');
      await waitFor('every mark to go', () =>
        tab.evaluate(() => document.querySelectorAll('[data-backstory-kind]').length === 0 || undefined),
      );
      assert.equal(await tab.evaluate(() => document.querySelector('article')!.innerHTML), original);
      await tab.reload();
      assert.equal((await tab.highlights()).length, 0, 'still off after a reload');

      const popupAgain = await driver.openPopup(tab);
      await waitFor('the site switch', () =>
        popupAgain.evaluate(() => document.querySelector('.site-controls input') !== null || undefined),
      );
      await popupAgain.click('.site-controls input');
      await waitFor('highlights to come back', () =>
        tab.evaluate(() => document.querySelectorAll('[data-backstory-kind]').length > 20 || undefined),
      );
    },
  },
];
