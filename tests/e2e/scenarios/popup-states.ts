import { badgeText } from '../../../utils/badge';
import type { PassStats } from '../../../utils/messaging';
import type { Driver, Popup } from '../driver';
import { assert, waitFor } from './check';
import type { Scenario } from './index';

/** The popup's text once it has stopped saying it is reading the page. */
function settledText(popup: Popup): Promise<string> {
  return waitFor('the popup to show a state', async () => {
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    return /Reading the page|Still reading/.test(text) ? undefined : text;
  });
}

/** Runs in the popup: the toolbar badge's text for the popup's tab (MV3 action, MV2 browserAction). */
function badgeInPopup(): Promise<string> {
  type Action = { getBadgeText(details: { tabId: number }): Promise<string> | void };
  type Api = { action?: Action; browserAction?: Action };
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  const action = (api.action ?? api.browserAction)!;
  const tabId = Number(new URL(location.href).searchParams.get('tab'));
  return Promise.resolve(action.getBadgeText({ tabId })).then((text) => text ?? '');
}

/** Runs in the popup: sends the page what the keyboard shortcut's command sends (toggle-page). */
function togglePageFromPopup(): Promise<{ hidden: boolean }> {
  type Tabs = { sendMessage(tabId: number, message: unknown): Promise<{ hidden: boolean }> };
  const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
  const tabId = Number(new URL(location.href).searchParams.get('tab'));
  return (g.browser ?? g.chrome).tabs.sendMessage(tabId, { backstory: 'toggle-page', data: {} });
}

/**
 * The popup's states (issue 6): a page that is not an article, a page Backstory cannot run on,
 * an article where nothing is found; and, on an article, the toolbar badge's count and the page
 * toggle the keyboard shortcut sends.
 */
export const popupStateScenarios: Scenario[] = [
  {
    name: 'popup states: not an article, a page Backstory cannot run on, and an article with nothing found',
    async run(driver: Driver) {
      const results = await driver.openFixture('search-results.html');
      const notArticle = await driver.openPopup(results);
      assert.match(await settledText(notArticle), /doesn’t look like a news article/);

      // about:blank: no content script answers, so the popup says it cannot run there.
      const blank = await driver.openHtml('<p>A page where extensions do not run.</p>');
      const unavailable = await driver.openPopup(blank);
      assert.match(await settledText(unavailable), /can’t run on this page/);

      const quiet = await driver.openFixture('quiet-article.html');
      const nothing = await driver.openPopup(quiet);
      const text = await settledText(nothing);
      assert.match(text, /No people, countries, organisations or hedged phrases found in this article/);
      assert.match(text, /Town library reopens/, 'the article’s title is shown');
      for (const page of [notArticle, unavailable, nothing, results, blank, quiet]) await page.close();
    },
  },
  {
    name: 'toolbar badge counts the article’s highlights; the shortcut’s page toggle hides and shows them all',
    async run(driver: Driver) {
      const tab = await driver.openFixture('wire-article.html');
      const stats = JSON.parse((await tab.attribute('html', 'data-backstory-stats')) ?? '{}') as PassStats;
      const popup = await driver.openPopup(tab);
      const expected = badgeText(stats);
      assert.ok(expected !== '', 'the wire article has highlights');
      await waitFor('the badge to show the count', async () => ((await popup.evaluate(badgeInPopup)) === expected ? true : undefined));

      assert.deepEqual(await popup.evaluate(togglePageFromPopup), { hidden: true });
      assert.equal(await tab.attribute('html', 'data-backstory-off'), 'person country hedge');
      assert.deepEqual(await popup.evaluate(togglePageFromPopup), { hidden: false });
      assert.equal(await tab.attribute('html', 'data-backstory-off'), null);
      await popup.close();
      await tab.close();
    },
  },
];
