import { readFileSync } from 'node:fs';
import { expect, highlights, test, type Expected } from './fixtures';

const wireExpected = JSON.parse(readFileSync('tests/fixtures/pages/wire-article.expected.json', 'utf8')) as Expected;

test.describe('on a news article', () => {
  test('highlights people, countries and hedges inside the article, with the DOM contract', async ({ openFixture }) => {
    const page = await openFixture('wire-article.html');
    const found = await highlights(page);

    for (const person of wireExpected.people) {
      expect(found, `person "${person.text}"`).toContainEqual(
        expect.objectContaining({ kind: 'person', text: person.text, entity: person.entity }),
      );
    }
    for (const country of wireExpected.countries) {
      expect(found, `country "${country.text}"`).toContainEqual(
        expect.objectContaining({ kind: 'country', text: country.text, entity: country.entity }),
      );
    }
    for (const hedge of wireExpected.hedges) {
      const match = found.find((h) => h.kind === 'hedge' && h.hedge === hedge.hedge && h.text.includes(hedge.text));
      expect(match, `hedge "${hedge.text}" (${hedge.hedge})`).toBeTruthy();
    }
    expect(
      found.filter((h) => !h.inArticle),
      'nothing outside the article',
    ).toEqual([]);
    for (const text of wireExpected.outside) expect(found.map((h) => h.text)).not.toContain(text);

    const stats = JSON.parse((await page.locator('html').getAttribute('data-backstory-stats')) ?? '{}') as Record<string, number>;
    expect(stats.people).toBe(found.filter((h) => h.kind === 'person').length);
    expect(stats.countries).toBe(found.filter((h) => h.kind === 'country').length);
    expect(stats.hedges).toBe(found.filter((h) => h.kind === 'hedge').length);
    expect(typeof stats.ms).toBe('number');
  });

  test('leaves the text of the page unchanged', async ({ context, openFixture }) => {
    const page = await openFixture('wire-article.html');
    // The same HTML in a page Backstory does not run on (about:blank) is the reference.
    const plain = await context.newPage();
    await plain.setContent(readFileSync('tests/fixtures/pages/wire-article.html', 'utf8'));
    await expect(plain.locator('[data-backstory-kind]')).toHaveCount(0);
    expect(await page.locator('body').innerText()).toBe(await plain.locator('body').innerText());
    expect(await page.locator('body').evaluate((b) => b.textContent)).toBe(await plain.locator('body').evaluate((b) => b.textContent));
  });

  test('clicking a highlight opens its card; Escape and a click elsewhere close it', async ({ openFixture }) => {
    const page = await openFixture('wire-article.html');
    const card = page.locator('backstory-card');

    await page.locator('article [data-backstory-entity="abbas-araghchi"]').first().click();
    await expect(card.locator('.card-person .card-title')).toHaveText('Abbas Araghchi');
    await expect(card.locator('.card-description')).not.toBeEmpty();
    await expect(card.locator('.card-mentions')).toContainText('mentions in this article');
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);

    await page.locator('article [data-backstory-entity="oman"]').first().click();
    await expect(card.locator('.card-country .card-title')).toContainText('Oman');
    await expect(card.locator('.card-facts')).toContainText('Muscat');
    await page.locator('h1').click();
    await expect(card).toHaveCount(0);

    await page.locator('article [data-backstory-hedge="anonymous"]').first().click();
    await expect(card.locator('.card-hedge .card-title')).toHaveText('Anonymous source');

    await page.locator('article [data-backstory-kind="person"]:not([data-backstory-entity])').first().click();
    await expect(card.locator('.card-missing')).toContainText('Not in Backstory’s dataset');
  });

  test('the popup lists the article’s people and countries', async ({ openFixture, openPopup }) => {
    const page = await openFixture('wire-article.html');
    const popup = await openPopup(page);
    const cast = popup.locator('.cast-list');
    await expect(cast.locator('.card-person .card-title').first()).toBeVisible();
    const people = await cast.locator('.card-person .card-title').allTextContents();
    const countries = await cast.locator('.card-country .card-title').allTextContents();
    for (const name of [
      'Abbas Araghchi',
      'Steve Witkoff',
      'Marco Rubio',
      'Donald Trump',
      'Benjamin Netanyahu',
      'Rafael Grossi',
      'Dina Farouk',
    ]) {
      expect(people).toContain(name);
    }
    for (const name of ['Iran', 'United States', 'Oman', 'Israel']) expect(countries.some((c) => c.includes(name))).toBe(true);
  });

  for (const [label, kind] of [
    ['People', 'person'],
    ['Countries', 'country'],
    ['Hedges', 'hedge'],
  ] as const) {
    test(`the ${label} switch hides and shows ${kind} highlights live, and is remembered`, async ({ openFixture, openPopup }) => {
      const page = await openFixture('wire-article.html');
      const popup = await openPopup(page);
      const toggle = popup.getByRole('switch', { name: label });
      const mark = page.locator(`article [data-backstory-kind="${kind}"]`).first();
      const decoration = () => mark.evaluate((el) => getComputedStyle(el).textDecorationLine);

      await expect(toggle).toBeChecked();
      expect(await decoration()).toBe('underline');
      await toggle.click();
      await expect(toggle).not.toBeChecked();
      await expect(page.locator('html')).toHaveAttribute('data-backstory-off', new RegExp(`\\b${kind}\\b`));
      expect(await decoration()).toBe('none');
      // The other kinds stay visible.
      const other = kind === 'hedge' ? 'person' : 'hedge';
      expect(
        await page
          .locator(`article [data-backstory-kind="${other}"]`)
          .first()
          .evaluate((el) => getComputedStyle(el).textDecorationLine),
      ).toBe('underline');

      await page.reload();
      await expect(page.locator('html[data-backstory-state="ready"]')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('data-backstory-off', new RegExp(`\\b${kind}\\b`));
      expect(await decoration()).toBe('none');

      const popupAgain = await openPopup(page);
      const toggleAgain = popupAgain.getByRole('switch', { name: label });
      await expect(toggleAgain).not.toBeChecked();
      await toggleAgain.click();
      await expect(page.locator('html')).not.toHaveAttribute('data-backstory-off', /./);
      expect(await decoration()).toBe('underline');
    });
  }
});

test('a non-article page gets no highlights', async ({ openFixture, openPopup }) => {
  const page = await openFixture('search-results.html');
  await expect(page.locator('[data-backstory-kind]')).toHaveCount(0);
  const stats = JSON.parse((await page.locator('html').getAttribute('data-backstory-stats')) ?? '{}') as Record<string, number>;
  expect(stats).toMatchObject({ people: 0, countries: 0, hedges: 0 });
  const popup = await openPopup(page);
  await expect(popup.locator('.popup-note')).toContainText('doesn’t look like a news article');
});
