import { readFileSync } from 'node:fs';
import type { Driver, Popup, Tab } from '../driver';
import { assert, squash, waitFor } from './check';
import type { Scenario } from './index';

const WIRE = 'wire-article.html';
/** The card's host element (DOM contract: the card lives in its open shadow root). */
const CARD = 'backstory-card';

/** Text of the first element matching `selector` inside the open card, or null. */
function cardText(tab: Tab, selector: string): Promise<string | null> {
  return tab.evaluate(([host, sel]) => document.querySelector(host)?.shadowRoot?.querySelector(sel)?.textContent ?? null, [
    CARD,
    selector,
  ] as [string, string]);
}

function cardIsOpen(tab: Tab): Promise<boolean> {
  return tab.evaluate((host) => document.querySelector(host) !== null, CARD);
}

async function waitForCard(tab: Tab, selector: string, matches: (text: string) => boolean, what: string): Promise<void> {
  await waitFor(what, async () => {
    const text = await cardText(tab, selector);
    return text !== null && matches(squash(text));
  });
}

/** The text-decoration-line of the first highlight of this kind in the article. */
function decoration(tab: Tab, kind: string): Promise<string> {
  return tab.evaluate((k) => {
    const mark = document.querySelector(`article [data-backstory-kind="${k}"]`);
    return mark ? getComputedStyle(mark).textDecorationLine : 'no such highlight';
  }, kind);
}

async function statsOf(tab: Tab): Promise<Record<string, number>> {
  return JSON.parse((await tab.attribute('html', 'data-backstory-stats')) ?? '{}') as Record<string, number>;
}

async function waitForCast(popup: Popup): Promise<void> {
  await waitFor('the popup’s cast list', () =>
    popup.evaluate(() => document.querySelector('.cast-list .card-person .card-title') !== null),
  );
}

const textUnchanged: Scenario = {
  name: 'wire article: the text of the page is unchanged',
  async run(driver: Driver) {
    const tab = await driver.openFixture(WIRE);
    // The same HTML in a page Backstory does not run on (about:blank) is the reference.
    const plain = await driver.openHtml(readFileSync(`tests/fixtures/pages/${WIRE}`, 'utf8'));
    assert.equal((await plain.highlights()).length, 0, 'the reference page has no highlights');
    const read = (t: Tab) => t.evaluate(() => ({ innerText: document.body.innerText, textContent: document.body.textContent }));
    const [annotated, reference] = [await read(tab), await read(plain)];
    assert.equal(annotated.textContent, reference.textContent, 'body.textContent');
    assert.equal(annotated.innerText, reference.innerText, 'body.innerText');
  },
};

const cards: Scenario = {
  name: 'wire article: clicking a highlight opens its card; Escape and a click elsewhere close it',
  async run(driver: Driver) {
    const tab = await driver.openFixture(WIRE);

    await tab.click('article [data-backstory-entity="abbas-araghchi"]');
    await waitForCard(tab, '.card-person .card-title', (t) => t === 'Abbas Araghchi', 'the person card for Abbas Araghchi');
    assert.notEqual(squash(await cardText(tab, '.card-description')), '', 'the card has a description');
    assert.match(squash(await cardText(tab, '.card-mentions')), /^‹ 1 of \d+ mentions in this article ›$/);
    // The card steps to the next mention and follows it.
    await tab.evaluate(() =>
      document.querySelector('backstory-card')?.shadowRoot?.querySelector<HTMLElement>('[aria-label="Next mention"]')?.click(),
    );
    await waitFor('the card to show the second mention', async () => /^‹ 2 of \d+/.test(squash(await cardText(tab, '.card-mentions'))));
    await tab.press('Escape');
    await waitFor('Escape to close the card', async () => !(await cardIsOpen(tab)));

    await tab.click('article [data-backstory-entity="oman"]');
    await waitForCard(tab, '.card-country .card-title', (t) => t.includes('Oman'), 'the country card for Oman');
    assert.match(squash(await cardText(tab, '.card-facts')), /Muscat/);
    await tab.click('h1');
    await waitFor('a click elsewhere to close the card', async () => !(await cardIsOpen(tab)));

    await tab.click('article [data-backstory-hedge="anonymous"]');
    await waitForCard(tab, '.card-hedge .card-title', (t) => t === 'Anonymous source', 'the hedge card for an anonymous source');

    await tab.click('article [data-backstory-kind="person"]:not([data-backstory-entity])');
    await waitForCard(tab, '.card-missing', (t) => t.includes('Not in Backstory’s dataset'), 'the card for a person not in the dataset');
  },
};

const popupCast: Scenario = {
  name: 'wire article: the popup lists the article’s people and countries',
  async run(driver: Driver) {
    const tab = await driver.openFixture(WIRE);
    const popup = await driver.openPopup(tab);
    await waitForCast(popup);
    const titles = (selector: string) =>
      popup.evaluate((sel) => Array.from(document.querySelectorAll(sel)).map((el) => (el.textContent ?? '').trim()), selector);
    const people = await titles('.cast-list .card-person .card-title');
    const countries = await titles('.cast-list .card-country .card-title');
    for (const name of [
      'Abbas Araghchi',
      'Steve Witkoff',
      'Marco Rubio',
      'Donald Trump',
      'Benjamin Netanyahu',
      'Rafael Grossi',
      'Dina Farouk',
    ]) {
      assert.ok(people.includes(name), `popup lists ${name} (people: ${people.join(', ')})`);
    }
    for (const name of ['Iran', 'United States', 'Oman', 'Israel']) {
      assert.ok(
        countries.some((c) => c.includes(name)),
        `popup lists ${name} (countries: ${countries.join(', ')})`,
      );
    }
  },
};

function switchScenario(label: string, kind: 'person' | 'country' | 'hedge'): Scenario {
  const offHas = (value: string | null) => new RegExp(`\\b${kind}\\b`).test(value ?? '');
  return {
    name: `wire article: the ${label} switch hides and shows ${kind} highlights live, and is remembered`,
    async run(driver: Driver) {
      const tab = await driver.openFixture(WIRE);
      const popup = await driver.openPopup(tab);
      await waitForCast(popup);

      assert.equal(await popup.switchChecked(label), true, `${label} starts on`);
      assert.equal(await decoration(tab, kind), 'underline');
      await popup.toggleSwitch(label);
      await waitFor(`the ${label} switch to turn off`, async () => !(await popup.switchChecked(label)));
      await waitFor(`data-backstory-off to include ${kind}`, async () => offHas(await tab.attribute('html', 'data-backstory-off')));
      assert.equal(await decoration(tab, kind), 'none', `${kind} highlights are hidden`);
      // The other kinds stay visible.
      const other = kind === 'hedge' ? 'person' : 'hedge';
      assert.equal(await decoration(tab, other), 'underline', `${other} highlights stay visible`);

      await tab.reload();
      await waitFor(`${kind} to be still off after a reload`, async () => offHas(await tab.attribute('html', 'data-backstory-off')));
      assert.equal(await decoration(tab, kind), 'none');

      const popupAgain = await driver.openPopup(tab);
      await waitFor(`the reopened popup to show ${label} off`, async () => !(await popupAgain.switchChecked(label)));
      await popupAgain.toggleSwitch(label);
      await waitFor('data-backstory-off to be cleared', async () => !(await tab.attribute('html', 'data-backstory-off')));
      assert.equal(await decoration(tab, kind), 'underline', `${kind} highlights are back`);
    },
  };
}

const nonArticle: Scenario = {
  name: 'a non-article page (search results) gets no highlights',
  async run(driver: Driver) {
    const tab = await driver.openFixture('search-results.html');
    assert.deepEqual(await tab.highlights(), []);
    const stats = await statsOf(tab);
    assert.deepEqual({ people: stats.people, countries: stats.countries, hedges: stats.hedges }, { people: 0, countries: 0, hedges: 0 });
    const popup = await driver.openPopup(tab);
    await waitFor('the popup to say this is not an article', async () =>
      squash(await popup.evaluate(() => document.querySelector('.popup-note')?.textContent ?? null)).includes(
        'doesn’t look like a news article',
      ),
    );
  },
};

export const articleScenarios: Scenario[] = [
  textUnchanged,
  cards,
  popupCast,
  switchScenario('People', 'person'),
  switchScenario('Countries', 'country'),
  switchScenario('Hedges', 'hedge'),
  nonArticle,
];

export { statsOf };
