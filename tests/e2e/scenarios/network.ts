import type { Driver } from '../driver';
import { assert, sleep, waitFor } from './check';
import type { Scenario } from './index';

/**
 * The control request this scenario makes on purpose to prove the recorder works. TEST-NET-1
 * (192.0.2.0/24) is reserved for documentation: nothing answers there, and the trap catches it.
 */
export const CONTROL_REQUEST_MARK = '192.0.2.1/backstory-e2e-control';

const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'data:']);

/** A request is allowed if it goes to the fixture server or stays inside the extension. */
function allowed(url: string, siteURL: string): boolean {
  try {
    const parsed = new URL(url);
    return EXTENSION_SCHEMES.has(parsed.protocol) || parsed.origin === new URL(siteURL).origin;
  } catch {
    return false;
  }
}

export const networkScenario: Scenario = {
  name: 'no network: annotating an article, opening a card and the popup request nothing beyond the fixture server',
  async run(driver: Driver) {
    const log = await driver.recordRequests();

    const tab = await driver.openFixture('wire-article.html');
    await tab.click('article [data-backstory-entity="abbas-araghchi"]');
    await waitFor('the person card', () =>
      tab.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card-title') !== null),
    );
    const popup = await driver.openPopup(tab);
    await waitFor('the popup’s cast list', () => popup.evaluate(() => document.querySelector('.cast-list .card') !== null));
    // Anything deferred (a timer, an idle callback) gets a moment to fire.
    await sleep(500);

    const urls = log.urls();
    assert.ok(
      urls.some((url) => url.startsWith(`${driver.siteURL}/wire-article.html`)),
      `the recorder saw the article itself (it saw: ${urls.join(', ') || 'nothing'})`,
    );
    assert.deepEqual(
      urls.filter((url) => !allowed(url, driver.siteURL)),
      [],
      'requests to anything but the fixture server or the extension',
    );
    assert.deepEqual(log.leaked(), [], 'requests that tried to leave the machine (from any process of the browser)');

    // Control: a request from the page to a non-local address is caught, so silence above means
    // there was nothing to catch.
    await tab.evaluate((mark) => {
      void fetch(`http://${mark}`, { mode: 'no-cors' }).catch(() => undefined);
    }, CONTROL_REQUEST_MARK);
    await waitFor('the trap to catch the control request', async () => log.leaked().some((hit) => hit.includes(CONTROL_REQUEST_MARK)));
  },
};
