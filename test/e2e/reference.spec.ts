import { expect, screenshot, setLang, test } from './fixtures.ts';

test.describe('the quick reference', () => {
  test('lists FAQ entries, reason guides and code meanings in both languages', async ({
    openPage,
  }) => {
    const page = await openPage('reference.html');

    for (const kind of ['faq', 'reason', 'code'])
      expect(await page.locator(`.ref-entry[data-kind=${kind}]`).count()).toBeGreaterThan(0);
    const entry = page.locator('#au-over-quota');
    await expect(entry.locator('[lang=ja] h3')).toContainText('au');
    await expect(entry.locator('[lang=en] h3')).toContainText('au');
  });

  test('keeps a stable anchor for each entry and scrolls to it', async ({ openPage }) => {
    const page = await openPage('reference.html#au-over-quota');

    await expect(page.locator('#au-over-quota')).toBeInViewport();
    await expect(page.locator('#au-over-quota')).toHaveClass(/is-target/);
    await page.locator('#reason-mailboxfull .ref-id a').click();
    await expect(page.locator('#reason-mailboxfull')).toHaveClass(/is-target/);
    await expect(page.locator('#au-over-quota .ref-id a')).toHaveAttribute(
      'href',
      '#au-over-quota',
    );
  });

  test('filters by a word in either language', async ({ openPage }) => {
    const page = await openPage('reference.html');
    const all = await page.locator('.ref-entry').count();

    await page.getByRole('searchbox').fill('容量');

    await expect(page.locator('#au-over-quota')).toBeVisible();
    const shown = await page.locator('.ref-entry').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
  });

  test('hides the tools when printed', async ({ openPage }) => {
    const page = await openPage('reference.html');

    await page.emulateMedia({ media: 'print' });

    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.locator('#au-over-quota')).toBeVisible();
  });

  for (const lang of ['ja', 'en'] as const) {
    test(`renders in ${lang}`, async ({ openPage, serviceWorker }) => {
      await setLang(serviceWorker, lang);

      const page = await openPage('reference.html');
      await page.getByRole('searchbox').fill('quota');

      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await screenshot(page, `reference-${lang}`);
    });
  }
});
