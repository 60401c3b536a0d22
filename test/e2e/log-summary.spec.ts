import AxeBuilder from '@axe-core/playwright';
import { loadContent } from '../../src/knowledge/load-content.ts';
import { expect, screenshot, setLang, setSettings, test } from './fixtures.ts';

const RESET =
  'lost connection with mx.ezweb.ne.jp[192.0.2.1] while receiving the initial server greeting';

function deferred(time: string, id: string, to: string): string {
  return (
    `Dec  3 ${time} mx1 postfix/smtp[2201]: ${id}: to=<${to}>, relay=none, delay=30, ` +
    `delays=0.01/0/30/0, dsn=4.4.2, status=deferred (${RESET})`
  );
}

/** Four deferrals toward au, one unknown user at docomo and one delivery to Gmail. */
const LOG = [
  deferred('09:00:01', '4A1B2C3D4E', 'taro@ezweb.ne.jp'),
  deferred('09:05:12', '5B2C3D4E5F', 'hanako@ezweb.ne.jp'),
  deferred('09:20:40', '6C3D4E5F60', 'jiro@ezweb.ne.jp'),
  'Dec  3 09:21:03 mx1 postfix/smtp[2204]: 7D4E5F6071: to=<saburo@docomo.ne.jp>, ' +
    'relay=mfsmax.docomo.ne.jp[198.51.100.7]:25, delay=1.2, delays=0.01/0/0.6/0.6, dsn=5.1.1, ' +
    'status=bounced (host mfsmax.docomo.ne.jp[198.51.100.7] said: 550 5.1.1 ' +
    '<saburo@docomo.ne.jp>: Recipient address rejected: User unknown (in reply to RCPT TO command))',
  'Dec  3 09:22:15 mx1 postfix/smtp[2205]: 8E5F607182: to=<alice@gmail.com>, ' +
    'relay=gmail-smtp-in.l.google.com[203.0.113.26]:25, delay=0.9, delays=0.01/0/0.3/0.6, ' +
    'dsn=2.0.0, status=sent (250 2.0.0 OK 1733217735 x1si123456pla.42 - gsmtp)',
  deferred('09:40:58', '9F607182A3', 'taro@ezweb.ne.jp'),
].join('\n');

const CONGESTION = loadContent('content').entries.find((e) => e.id === 'au-congestion-block');

test.describe('pasted mail-log lines', () => {
  for (const lang of ['ja', 'en'] as const) {
    test(`are grouped by domain with au's congestion answer in ${lang}`, async ({
      openPage,
      serviceWorker,
    }) => {
      await setLang(serviceWorker, lang);
      const page = await openPage('popup.html');

      await page.getByRole('textbox').fill(LOG);

      const au = page.locator('.log-domain[data-domain="ezweb.ne.jp"]');
      await expect(au.locator('.log-carrier')).toContainText('au');
      await expect(au.locator('.log-carrier')).toContainText('KDDI');
      await expect(au.locator('.log-count-deferred dd')).toHaveText('4');
      await expect(au.locator('.log-count-bounced dd')).toHaveText('0');
      const answer = au.locator('.log-reason[data-reason="networkerror"] details.log-answer');
      await expect(answer).toHaveAttribute('data-entry', 'au-congestion-block');
      await expect(answer.locator('summary')).toHaveText(CONGESTION![lang].title);
      const domains = await page
        .locator('.log-domain')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-domain')));
      expect(domains).toEqual(['ezweb.ne.jp', 'docomo.ne.jp', 'gmail.com']);
      await expect(page.locator('.log-bounced-list li')).toHaveText(['saburo@docomo.ne.jp']);

      const docomo = page.locator('.log-domain[data-domain="docomo.ne.jp"]');
      await docomo.locator('.log-samples summary').click();
      await expect(docomo.locator('.log-sample')).toContainText('User unknown');
      await answer.locator('summary').focus();
      await page.keyboard.press('Enter');
      await expect(answer).toHaveAttribute('open', '');
      await expect(answer.locator('.checklist li').first()).toBeVisible();
      await screenshot(page, `popup-log-summary-${lang}`);
    });
  }

  test('copy the permanently bounced addresses one a line, by keyboard', async ({
    openPage,
    serviceWorker,
  }) => {
    await setLang(serviceWorker, 'en');
    const page = await openPage('popup.html');
    // Headless Chromium grants no clipboard to extension pages, so the write is caught instead.
    await page.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      navigator.clipboard.writeText = async (text) => void w.copied.push(text);
    });
    await page.getByRole('textbox').fill(LOG);

    const button = page.getByRole('button', { name: 'Copy addresses' });
    await button.focus();
    await page.keyboard.press('Enter');

    const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(copied).toEqual(['saburo@docomo.ne.jp\n']);
    await expect(page.locator('.log-bounced .copy-status')).toHaveText('Copied');
  });

  test('are grouped on the explain page too, with each line one click away', async ({
    openPage,
    serviceWorker,
  }) => {
    await setLang(serviceWorker, 'en');
    const page = await openPage(`explain.html#text=${encodeURIComponent(LOG)}`);

    await expect(page.locator('.log-domain')).toHaveCount(3);
    const lines = page.locator('details.log-lines');
    await expect(lines.locator('.recipient')).toHaveCount(0);
    await lines.locator(':scope > summary').click();
    await expect(lines.locator('.recipient')).toHaveCount(5);
    await expect(lines.locator('.recipient').first()).toBeVisible();
  });

  test('leave a single line to the per-line explanation', async ({ openPage, serviceWorker }) => {
    await setLang(serviceWorker, 'en');
    const page = await openPage('popup.html');

    await page.getByRole('textbox').fill(deferred('09:00:01', '4A1B2C3D4E', 'taro@ezweb.ne.jp'));

    await expect(page.locator('.recipient')).toHaveCount(1);
    await expect(page.locator('.log-summary')).toHaveCount(0);
  });

  test('has no serious accessibility violation in the dark theme', async ({
    openPage,
    serviceWorker,
  }) => {
    test.slow();
    await setLang(serviceWorker, 'ja');
    await setSettings(serviceWorker, { theme: 'dark' });
    const page = await openPage('popup.html');
    await page.getByRole('textbox').fill(LOG);
    await page.locator('.log-domain').first().waitFor();
    await page.locator('.log-answer summary').first().click();

    const { violations } = await new AxeBuilder({ page }).analyze();

    await screenshot(page, 'popup-log-summary-dark-ja');
    const serious = violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''));
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
});
