import { expect, test } from './fixtures.ts';
import { AU_OVER_QUOTA, HOSTILE, POSTFIX_RESET_AU } from './samples.ts';

test.describe('the network', () => {
  test('is never used, by any page, through every feature', async ({
    openPage,
    outsideRequests,
  }) => {
    const popup = await openPage('popup.html');
    for (const text of [AU_OVER_QUOTA, POSTFIX_RESET_AU, HOSTILE, 'au 容量オーバー']) {
      await popup.getByRole('textbox').fill(text);
      await expect(popup.locator('.output section').first()).toBeVisible();
    }
    await popup.locator('.more-answers summary').first().click();
    const reference = await openPage('reference.html');
    await reference.getByRole('searchbox').fill('au');
    await openPage('options.html');
    await openPage(`explain.html#text=${encodeURIComponent(HOSTILE)}`);

    expect(outsideRequests).toEqual([]);
  });

  test('would be noticed: a request from a page is recorded', async ({
    openPage,
    outsideRequests,
  }) => {
    const page = await openPage('popup.html');
    const before = outsideRequests.length;

    await page.evaluate(() => fetch('http://192.0.2.1/').catch(() => undefined));

    await expect.poll(() => outsideRequests.length).toBe(before + 1);
    outsideRequests.splice(before);
  });
});
