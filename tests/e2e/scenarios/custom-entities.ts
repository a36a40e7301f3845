import type { Driver, Popup, Tab } from '../driver';
import { assert, waitFor } from './check';
import type { Scenario } from './index';

const WIRE = 'wire-article.html';
/** Dina Farouk is a person the wire article names and the bundled dataset does not know. */
const FAROUK = 'article mark[data-backstory-kind="person"]';
/** The options page's list of the reader's saved entities (the site list is another .site-list). */
const SAVED = 'section[aria-labelledby="custom-heading"] .site-list';
const DESCRIPTION = 'Analyst added by a reader for this end-to-end test.';
const FILE = JSON.stringify([
  { id: 'dina-farouk', name: 'Dina Farouk', aliases: ['Farouk'], description: DESCRIPTION, roles: [{ title: 'Analyst' }] },
]);

/** Picks a JSON file with this text in the options page's import control, as a reader would. */
function importFile(options: Popup, text: string): Promise<void> {
  return options.evaluate((json) => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no import control');
    const transfer = new DataTransfer();
    transfer.items.add(new File([json], 'entities.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
}

/** The text of the first element matching `selector` in a page, or undefined while there is none. */
function textOf(tab: Tab, selector: string): Promise<string | undefined> {
  return tab.evaluate((s) => document.querySelector(s)?.textContent ?? undefined, selector);
}

/** The entity ids of the highlights of Dina Farouk's full name on the page (null: unknown person). */
function faroukEntities(tab: Tab) {
  return tab.evaluate(
    (selector) =>
      Array.from(document.querySelectorAll(selector))
        .filter((el) => el.textContent === 'Dina Farouk')
        .map((el) => el.getAttribute('data-backstory-entity')),
    FAROUK,
  );
}

/**
 * A reader's own entity, imported in the options page, is recognised on pages opened afterwards
 * and its card (in the page and in the popup) shows the reader's description; a malformed file is
 * refused with the entry and field named and loses nothing; removing the entity undoes it.
 */
export const customEntitiesScenario: Scenario = {
  name: 'options: an imported entity is recognised on new pages and shown on its cards; a bad file changes nothing',
  async run(driver: Driver) {
    const before = await driver.openFixture(WIRE);
    assert.deepEqual(await faroukEntities(before), [null], 'unknown to the bundled dataset');
    // The popup asks the background for records first, so a stale copy there would show below.
    const options = await driver.openPopup(before);
    await waitFor('the popup’s cast', () => textOf(options, '.cast-item'));
    await options.evaluate(() => void location.assign('/options.html')).catch(() => undefined);
    await waitFor('the options page’s import control', () =>
      options.evaluate(() => document.querySelector('input[type="file"]') !== null || undefined),
    );
    try {
      await importFile(options, FILE);
      await waitFor(
        'the import to be saved',
        async () => ((await textOf(options, '[role="status"]')) ?? '').includes('Imported') || undefined,
      );

      // A malformed file names what is wrong and keeps what was saved.
      await importFile(options, JSON.stringify([{ id: 'x', name: 42 }]));
      const alert = await waitFor('the import error', () => textOf(options, '[role="alert"]'));
      assert.match(alert, /name/, 'the error names the field');
      assert.match((await textOf(options, SAVED)) ?? '', /Dina Farouk/, 'the saved entity is still listed');

      const after = await driver.openFixture(WIRE);
      assert.deepEqual(await faroukEntities(after), ['dina-farouk'], 'recognised with the reader’s id');
      const popup = await driver.openPopup(after);
      const card = await waitFor('her card in the popup', () => textOf(popup, '[data-ref="dina-farouk"]'));
      assert.match(card, /Analyst added by a reader/);
      await popup.close();
      await after.close();
    } finally {
      await options
        .evaluate(() => document.querySelector<HTMLButtonElement>('button[aria-label="Remove Dina Farouk"]')?.click())
        .catch(() => undefined);
    }
    await waitFor('the entity to be removed', async () => !/Dina Farouk/.test((await textOf(options, SAVED)) ?? '') || undefined);
    const again = await driver.openFixture(WIRE);
    assert.deepEqual(await faroukEntities(again), [null], 'back to unknown after removal');
    await options.close();
    await again.close();
    await before.close();
  },
};
