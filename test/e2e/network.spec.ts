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

  test('would be noticed: a request from a tab is recorded', async ({
    extContext,
    outsideRequests,
  }) => {
    const before = outsideRequests.length;
    const tab = await extContext.newPage();
    // Loopback's discard port: refused at once, and no traffic leaves the machine.

    await tab.goto('http://127.0.0.1:9/', { timeout: 2000 }).catch(() => undefined);

    await expect.poll(() => outsideRequests.length).toBeGreaterThan(before);
    outsideRequests.splice(before);
    await tab.close();
  });

  test('is refused to the pages themselves by their content security policy', async ({
    openPage,
    outsideRequests,
  }) => {
    const page = await openPage('popup.html');
    const before = outsideRequests.length;

    const outcome = await page.evaluate(() =>
      fetch('http://127.0.0.1:9/').then(
        () => 'sent',
        () => 'refused',
      ),
    );

    expect(outcome).toBe('refused');
    expect(outsideRequests.length).toBe(before);
  });
});
