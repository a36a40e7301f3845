import { parseHex } from '../../../lib/colour-vision';
import { PALETTES } from '../../../lib/palettes';
import type { Driver, Popup, Tab } from '../driver';
import { assert, waitFor } from './check';
import type { Scenario } from './index';

const WIRE = 'wire-article.html';
const STYLE = 'data-backstory-style';
const PERSON_MARK = 'article mark[data-backstory-kind="person"][data-backstory-start]';

/** How getComputedStyle writes a #rrggbb colour. */
function rgb(hex: string): string {
  return `rgb(${parseHex(hex).join(', ')})`;
}

/** The computed underline colour and background of the first person highlight. */
function personMark(tab: Tab): Promise<{ line: string; background: string }> {
  return tab.evaluate((selector) => {
    const mark = document.querySelector(selector);
    if (!mark) return { line: 'no highlight', background: '' };
    const style = getComputedStyle(mark);
    return { line: style.textDecorationColor, background: style.backgroundColor };
  }, PERSON_MARK);
}

/** Turns the popup's tab into the options page (the drivers open extension pages only as the popup). */
async function openOptions(popup: Popup): Promise<Popup> {
  await popup.evaluate(() => void location.assign('/options.html')).catch(() => undefined);
  await waitFor('the options page’s colour presets', () =>
    popup.evaluate(() => document.querySelector('input[name="preset"]:checked') !== null || undefined),
  );
  return popup;
}

/**
 * The options page's colour presets apply live to an open article: one attribute on <html>
 * changes, and with it the highlights' colours, the in-page card's accent and the popup's swatches.
 */
export const presetsScenario: Scenario = {
  name: 'options: choosing a colour preset and "underline only" repaints an open article live, by mouse and keyboard',
  async run(driver: Driver) {
    const tab = await driver.openFixture(WIRE);
    await waitFor('the standard preset on the page', async () => (await tab.attribute('html', STYLE)) === 'standard');
    assert.equal((await personMark(tab)).line, rgb(PALETTES.standard.light.person.line));

    const options = await openOptions(await driver.openPopup(tab));
    // The same bar as the popup's check (accessibility.ts): no serious or critical axe findings.
    const serious = (await options.accessibilityViolations()).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious, [], 'options page');
    try {
      await options.click('input[name="preset"][value="colour-blind"]');
      await waitFor('the colour-blind preset on the page', async () => (await tab.attribute('html', STYLE)) === 'colour-blind');
      const safe = PALETTES['colour-blind'].light.person;
      await waitFor('the person underline to take the colour-blind colour', async () => (await personMark(tab)).line === rgb(safe.line));

      // The in-page card's accent follows the page's preset through its shadow boundary.
      await tab.click(PERSON_MARK);
      const accent = await waitFor('the card’s accent', () =>
        tab.evaluate(() => {
          const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card');
          return card ? getComputedStyle(card).borderTopColor : undefined;
        }),
      );
      assert.equal(accent, rgb(safe.line), 'the card follows the preset');
      await tab.press('Escape');

      // The radio group works from the keyboard: the arrow key moves to the next preset.
      await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="preset"]:checked')?.focus());
      await options.press('ArrowDown');
      await waitFor('the high-contrast preset on the page', async () => (await tab.attribute('html', STYLE)) === 'high-contrast');

      await options.click('input[name="tint"][value="underline-only"]');
      await waitFor('underline only on the page', async () => (await tab.attribute('html', STYLE)) === 'high-contrast underline-only');
      const plain = await personMark(tab);
      assert.equal(plain.line, rgb(PALETTES['high-contrast'].light.person.line));
      assert.match(plain.background, /^rgba\(0, 0, 0, 0\)$|^transparent$/, 'no tint behind the text');

      // The popup's swatches follow the preset too.
      const popup = await driver.openPopup(tab);
      const swatch = await waitFor('the popup to take the preset', async () =>
        (await popup.attribute('html', STYLE)) === 'high-contrast underline-only'
          ? popup.evaluate(() => {
              const el = document.querySelector('.switch-country .switch-swatch');
              return el ? getComputedStyle(el).backgroundColor : undefined;
            })
          : undefined,
      );
      assert.equal(
        swatch,
        rgb(
          PALETTES['high-contrast'][(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)) ? 'dark' : 'light']
            .country.line,
        ),
      );
    } finally {
      // Later scenarios expect the standard look.
      await options.click('input[name="preset"][value="standard"]').catch(() => undefined);
      await options.click('input[name="tint"][value="tint"]').catch(() => undefined);
    }
    await waitFor('the standard preset back on the page', async () => (await tab.attribute('html', STYLE)) === 'standard');
  },
};
