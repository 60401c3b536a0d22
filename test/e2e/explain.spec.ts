import { expect, screenshot, setLang, test } from './fixtures.ts';
import { AU_OVER_QUOTA, HOSTILE } from './samples.ts';

test.describe('the explain page', () => {
  test('opens from the context menu with the selection and explains it', async ({
    extContext,
    serviceWorker,
  }) => {
    const opened = extContext.waitForEvent('page');

    await serviceWorker.evaluate(
      (text) =>
        (
          globalThis as unknown as { explainSelection: (info: object) => Promise<void> }
        ).explainSelection({ menuItemId: 'explain-selection', selectionText: text }),
      AU_OVER_QUOTA,
    );

    const page = await opened;
    await page.waitForLoadState();
    expect(page.url()).toContain('/explain.html#text=');
    await expect(page.getByRole('textbox')).toHaveValue(AU_OVER_QUOTA);
    await expect(page.locator('.recipient article.answer').first()).toHaveAttribute(
      'data-entry',
      'au-over-quota',
    );
    await page.close();
  });

  test('ignores a click on another menu item', async ({ extContext, serviceWorker }) => {
    const before = extContext.pages().length;

    await serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { explainSelection: (info: object) => Promise<void> }
      ).explainSelection({ menuItemId: 'something-else', selectionText: 'x' }),
    );

    expect(extContext.pages().length).toBe(before);
  });

  test('shows script in its address as inert text', async ({ openPage }) => {
    const page = await openPage(`explain.html#text=${encodeURIComponent(HOSTILE)}`);

    await expect(page.getByRole('textbox')).toHaveValue(HOSTILE);
    await expect(page.locator('.evidence-text').first()).toContainText('<script>');
    await expect(page.locator('main img, main script')).toHaveCount(0);
    expect(await page.title()).not.toBe('pwned');
  });

  test('says what to do when its address cannot be read', async ({ openPage }) => {
    const page = await openPage('explain.html#text=%E0%A4%A');

    await expect(page.getByRole('alert')).toBeVisible();
  });

  for (const lang of ['ja', 'en'] as const) {
    test(`renders in ${lang}`, async ({ openPage, serviceWorker }) => {
      await setLang(serviceWorker, lang);

      const page = await openPage(`explain.html#text=${encodeURIComponent(AU_OVER_QUOTA)}`);

      await expect(page.locator('.recipient')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await screenshot(page, `explain-${lang}`);
    });
  }
});
