import { expect, screenshot, test } from './fixtures.ts';
import { AU_OVER_QUOTA } from './samples.ts';

test.describe('the options page', () => {
  test('remembers the language and theme across reopening', async ({ openPage }) => {
    const options = await openPage('options.html');

    await options.getByRole('radio', { name: '日本語' }).check();
    await expect(options.locator('html')).toHaveAttribute('lang', 'ja');
    await options.getByRole('radio', { name: 'ダーク' }).check();
    await expect(options.locator('html')).toHaveAttribute('data-theme', 'dark');
    await options.close();

    const popup = await openPage('popup.html');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(popup.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(popup.locator('label').first()).toContainText('エラー');
  });

  test('follows the system colour scheme until a theme is chosen', async ({ openPage }) => {
    const page = await openPage('popup.html');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();

    expect(dark).not.toBe(light);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  });

  test('switches the language of an open page at once from the popup', async ({ openPage }) => {
    const reference = await openPage('reference.html');
    const popup = await openPage('popup.html');
    const before = await reference.locator('html').getAttribute('lang');

    await popup.locator('.lang-switch').click();

    await expect(reference.locator('html')).not.toHaveAttribute('lang', before ?? '');
    await expect(popup.locator('html')).not.toHaveAttribute('lang', before ?? '');
  });

  test('keeps a history of decodes that can be cleared', async ({ openPage }) => {
    const popup = await openPage('popup.html');
    await popup.getByRole('textbox').fill(AU_OVER_QUOTA);
    await expect(popup.locator('.recipient')).toBeVisible();
    const options = await openPage('options.html');

    await expect(options.locator('.history li')).toHaveCount(1, { timeout: 5000 });
    await expect(options.locator('.history-text')).toContainText('over quota');
    await options.getByRole('button', { name: /clear|消去/i }).click();

    await expect(options.locator('.history li')).toHaveCount(0);
  });

  test('keeps no history when it is turned off', async ({ openPage }) => {
    const options = await openPage('options.html');
    await options.getByRole('checkbox').uncheck();
    await expect(options.getByRole('checkbox')).not.toBeChecked();

    const popup = await openPage('popup.html');
    await popup.getByRole('textbox').fill(AU_OVER_QUOTA);
    await expect(popup.locator('.recipient')).toBeVisible();
    await popup.waitForTimeout(1200);

    await options.reload();
    await expect(options.locator('.history li')).toHaveCount(0);
  });

  for (const lang of ['ja', 'en'] as const) {
    test(`renders in ${lang}`, async ({ openPage }) => {
      const page = await openPage('options.html');

      await page.getByRole('radio', { name: lang === 'ja' ? '日本語' : 'English' }).check();

      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await screenshot(page, `options-${lang}`);
    });
  }
});
