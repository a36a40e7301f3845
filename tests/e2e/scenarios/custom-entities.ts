import type { Driver, Popup, Tab } from '../driver';
import { assert, waitFor } from './check';
import type { Scenario } from './index';

const WIRE = 'wire-article.html';
/** Dina Farouk is a person the wire article names and the bundled dataset does not know. */
const FAROUK = 'article mark[data-backstory-kind="person"]';
/** The options page's list of the reader's saved entities (the site list is another .site-list). */
const SAVED = 'section[aria-labelledby="custom-heading"] .site-list';
const DESCRIPTION = 'Analyst added by a reader for this end-to-end test.';
/** The wire article names this research group; the bundled dataset lacks it. */
const INSTITUTE = 'Harwell Institute for Regional Affairs';
const OMAN_TEXT = 'A reader’s own summary of Oman, replacing the bundled one.';
const FILE = JSON.stringify([
  { id: 'dina-farouk', name: 'Dina Farouk', aliases: ['Farouk'], description: DESCRIPTION, roles: [{ title: 'Analyst' }] },
  {
    kind: 'organisation',
    id: 'harwell-institute',
    name: INSTITUTE,
    type: 'research',
    country: 'united-kingdom',
    headquarters: 'London',
    description: 'Research group added by a reader for this end-to-end test.',
  },
  { kind: 'country', id: 'oman', description: OMAN_TEXT },
]);
/** The remove buttons of the entries above, as the options page labels them. */
const REMOVE = ['Remove Dina Farouk', `Remove ${INSTITUTE}`, 'Remove oman'];

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
 * A reader's own entities, imported in the options page, are used on pages opened afterwards: a
 * person is highlighted and an organisation counted, and their cards (and a bundled country's,
 * whose description the reader replaced) show the reader's text in the popup; a malformed file is
 * refused with the entry and field named and loses nothing; removing the entities undoes it.
 */
export const customEntitiesScenario: Scenario = {
  name: 'options: an imported entity (person, organisation, country text) is used on new pages and shown on its cards; a bad file changes nothing',
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

      const saved = (await textOf(options, SAVED)) ?? '';
      assert.match(saved, /Dina Farouk \(person/, 'listed with its kind');
      assert.match(saved, /Harwell Institute for Regional Affairs \(organisation/);
      assert.match(saved, /oman \(country, replaces description\)/);

      // A malformed file names the entry and field that are wrong and keeps what was saved.
      await importFile(
        options,
        JSON.stringify([
          { id: 'x', name: 42 },
          { kind: 'country', id: 'oman', name: 'Muscat' },
        ]),
      );
      const alert = await waitFor('the import error', () => textOf(options, '[role="alert"]'));
      assert.match(alert, /Entry 1 \("x"\), field "name"/, 'the error names the entry and field');
      assert.match(alert, /Entry 2 \("oman"\), field "name": a country's names/, 'a country’s name cannot be changed');
      assert.match((await textOf(options, SAVED)) ?? '', /Dina Farouk[\s\S]*Harwell[\s\S]*oman/, 'the saved entities are still listed');

      const after = await driver.openFixture(WIRE);
      assert.deepEqual(await faroukEntities(after), ['dina-farouk'], 'recognised with the reader’s id');
      const popup = await driver.openPopup(after);
      const card = await waitFor('her card in the popup', () => textOf(popup, '[data-ref="dina-farouk"]'));
      assert.match(card, /Analyst added by a reader/);
      // The reader's organisation is found in the article and shown with their text.
      const institute = await waitFor('the reader’s organisation in the popup', () =>
        textOf(popup, '[data-organisation="harwell-institute"]'),
      );
      assert.match(institute, /Research group added by a reader/);
      // Oman keeps its name and detection; its card shows the reader's description.
      const oman = await waitFor('Oman’s card in the popup', () => textOf(popup, '[data-ref="oman"]'));
      assert.match(oman, /Oman/);
      assert.ok(oman.includes(OMAN_TEXT), 'Oman’s card shows the reader’s description');
      await popup.close();
      await after.close();
    } finally {
      // One at a time: each removal saves and re-renders the list.
      for (const label of REMOVE) {
        await options
          .evaluate((l) => document.querySelector<HTMLButtonElement>(`button[aria-label="${l}"]`)?.click(), label)
          .catch(() => undefined);
        await waitFor(`"${label}" to be done`, () =>
          options.evaluate((l) => document.querySelector(`button[aria-label="${l}"]`) === null || undefined, label),
        );
      }
    }
    await waitFor('the entities to be removed', async () => ((await textOf(options, SAVED)) ?? '').trim() === '' || undefined);
    const again = await driver.openFixture(WIRE);
    assert.deepEqual(await faroukEntities(again), [null], 'back to unknown after removal');
    const popupAgain = await driver.openPopup(again);
    const omanAgain = await waitFor('Oman’s card in the popup', () => textOf(popupAgain, '[data-ref="oman"]'));
    assert.ok(!omanAgain.includes(OMAN_TEXT), 'Oman’s bundled description is back');
    assert.equal(await textOf(popupAgain, '[data-organisation="harwell-institute"]'), undefined, 'the organisation is gone');
    await popupAgain.close();
    await options.close();
    await again.close();
    await before.close();
  },
};
