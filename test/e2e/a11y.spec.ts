import AxeBuilder from '@axe-core/playwright';
import { expect, screenshot, setLang, setSettings, test } from './fixtures.ts';
import { AU_OVER_QUOTA } from './samples.ts';

const PAGES = [
  'popup.html',
  `explain.html#text=${encodeURIComponent(AU_OVER_QUOTA)}`,
  'reference.html#au-over-quota',
  'options.html',
];

test.describe('accessibility', () => {
  for (const path of PAGES) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${path.split(/[#.]/)[0]} has no serious violation in the ${theme} theme`, async ({
        openPage,
        serviceWorker,
      }) => {
        // axe takes seconds on the reference page, which lists every entry.
        test.slow();
        await setLang(serviceWorker, 'ja');
        await setSettings(serviceWorker, { theme });
        const page = await openPage(path);
        if (path === 'popup.html') await page.getByRole('textbox').fill(AU_OVER_QUOTA);
        await page.locator('main *').first().waitFor();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

        const { violations } = await new AxeBuilder({ page }).analyze();

        const serious = violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''));
        if (theme === 'dark') await screenshot(page, `${path.split(/[#.]/)[0]}-dark-ja`);
        expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
          [],
        );
      });
    }
  }
});
