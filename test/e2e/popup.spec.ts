import { expect, screenshot, setLang, setSettings, test } from './fixtures.ts';
import { AU_DSN_MESSAGE, AU_OVER_QUOTA, HOSTILE, POSTFIX_RESET_AU } from './samples.ts';

test.describe('the popup', () => {
  for (const lang of ['ja', 'en'] as const) {
    test(`explains an au over-quota bounce with the au-over-quota answer in ${lang}`, async ({
      openPage,
      serviceWorker,
    }) => {
      await setLang(serviceWorker, lang);
      const page = await openPage('popup.html');

      await page.getByRole('textbox').fill(AU_OVER_QUOTA);

      const card = page.locator('.recipient');
      await expect(card).toHaveAttribute('data-reason', 'mailboxfull');
      await expect(card.locator('article.answer').first()).toHaveAttribute(
        'data-entry',
        'au-over-quota',
      );
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const title = card.locator('.answer-title').first();
      await expect(title).toContainText(lang === 'ja' ? 'auあて' : 'Mail to au');
      await expect(card.locator('mark').first()).toBeVisible();
      await screenshot(page, `popup-over-quota-${lang}`);
    });
  }

  test('shows the congestion answer and a checklist for a connection reset toward au', async ({
    openPage,
    serviceWorker,
  }) => {
    await setLang(serviceWorker, 'en');
    const page = await openPage('popup.html');

    await page.getByRole('textbox').fill(POSTFIX_RESET_AU);

    const card = page.locator('.recipient');
    await expect(card.locator('article.answer').first()).toHaveAttribute(
      'data-entry',
      'au-congestion-block',
    );
    const steps = card.locator('.checklist li input[type=checkbox]');
    expect(await steps.count()).toBeGreaterThan(2);
    await steps.first().check();
    await expect(steps.first()).toBeChecked();
    await expect(card.locator('mark', { hasText: 'Connection reset by peer' })).toBeVisible();
    await screenshot(page, 'popup-reset-en');
  });

  test('finds the over-quota entry for a question typed in Japanese', async ({
    openPage,
    serviceWorker,
  }) => {
    await setLang(serviceWorker, 'ja');
    const page = await openPage('popup.html');

    await page.getByRole('textbox').pressSequentially('auへのメールが容量オーバーで戻ってくる');

    const first = page.locator('.search-results details').first();
    await expect(first).toHaveAttribute('data-entry', 'au-over-quota');
    await expect(first).toHaveAttribute('open', '');
    await screenshot(page, 'popup-question-ja');
  });

  test('explains each recipient of a whole bounce message, around its own evidence', async ({
    openPage,
    serviceWorker,
  }) => {
    await setLang(serviceWorker, 'en');
    const page = await openPage('popup.html');

    await page.getByRole('textbox').fill(AU_DSN_MESSAGE);

    const cards = page.locator('.recipient');
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0)).toHaveAttribute('data-reason', 'mailboxfull');
    await expect(cards.nth(1)).toHaveAttribute('data-reason', 'userunknown');
    const shown = await cards.nth(0).locator('.evidence-text').allTextContents();
    expect(shown.join('')).toContain('over quota');
    expect(shown.join('')).not.toContain('Filler line 10');
    await screenshot(page, 'popup-message-en');
  });

  test('brings back the last input when reopened, unless the history is off', async ({
    openPage,
    serviceWorker,
  }) => {
    const first = await openPage('popup.html');
    await first.getByRole('textbox').fill(AU_OVER_QUOTA);
    await expect(first.locator('.recipient')).toBeVisible();
    await first.close();

    const again = await openPage('popup.html');
    await expect(again.getByRole('textbox')).toHaveValue(AU_OVER_QUOTA);
    await expect(again.locator('.recipient')).toBeVisible();
    await again.close();

    await setSettings(serviceWorker, { history: false });
    const off = await openPage('popup.html');
    await off.getByRole('textbox').fill(POSTFIX_RESET_AU);
    await expect(off.locator('.recipient')).toBeVisible();
    await off.close();
    const last = await openPage('popup.html');
    // Restoring is asynchronous: give it the time it took above before checking it did not happen.
    await last.waitForTimeout(500);
    await expect(last.getByRole('textbox')).toHaveValue('');
  });

  test('shows pasted HTML and script as inert text', async ({ openPage }) => {
    const page = await openPage('popup.html');
    const titleBefore = await page.title();

    await page.getByRole('textbox').fill(HOSTILE);

    const evidence = page.locator('.evidence-text').first();
    await expect(evidence).toContainText('<script>document.title="pwned"</script>');
    await expect(page.locator('.output img, .output script, .output b')).toHaveCount(0);
    expect(await page.title()).toBe(titleBefore);
  });

  test('copies the checklist as plain numbered text', async ({ openPage }) => {
    const page = await openPage('popup.html');
    // Headless Chromium grants no clipboard to extension pages, so the write is caught instead.
    await page.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      navigator.clipboard.writeText = async (text) => void w.copied.push(text);
    });
    await page.getByRole('textbox').fill(AU_OVER_QUOTA);

    await page.locator('.checklist .copy-button').first().click();

    const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/^1\. .+\n2\. /);
    expect(copied[0]).not.toContain('<');
    await expect(page.locator('.checklist .copy-status').first()).not.toBeEmpty();
  });

  test('reaches the answer and its copy button by keyboard alone', async ({ openPage }) => {
    const page = await openPage('popup.html');
    await expect(page.getByRole('textbox')).toBeFocused();
    await page.keyboard.insertText(AU_OVER_QUOTA);
    await expect(page.locator('.recipient')).toBeVisible();

    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.classList.contains('copy-button') ?? false,
      );
    }

    expect(reached).toBe(true);
  });
});
