import {
  test as base,
  chromium,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import path from 'node:path';

/** The part of the extension API these tests call inside the service worker. */
declare const chrome: {
  storage: {
    session: { clear(): Promise<void> };
    local: {
      clear(): Promise<void>;
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

/** Addresses the extension's own pages may load; anything else is a network request. */
const INSIDE = /^(?:chrome-extension|data|blob|about):/;

interface WorkerFixtures {
  extContext: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Every request to an address outside the extension, from any page, for the whole run. */
  outsideRequests: string[];
}

interface TestFixtures {
  /** Opens an extension page (`popup.html`, `explain.html#text=…`) in a new tab. */
  openPage: (pathAndHash: string) => Promise<Page>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  outsideRequests: [[], { scope: 'worker' }],

  extContext: [
    async ({ outsideRequests }, use) => {
      const context = await chromium.launchPersistentContext('', {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        viewport: { width: 1000, height: 800 },
        args: [
          `--disable-extensions-except=${EXTENSION_DIR}`,
          `--load-extension=${EXTENSION_DIR}`,
          '--no-sandbox',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      context.on('request', (request) => {
        if (!INSIDE.test(request.url())) outsideRequests.push(request.url());
      });
      await use(context);
      await context.close();
      // Checked once more after the last test, so that a request made late still fails the run.
      if (outsideRequests.length > 0)
        throw new Error(`requests left the extension: ${outsideRequests.join(', ')}`);
    },
    { scope: 'worker' },
  ],

  serviceWorker: [
    async ({ extContext }, use) => {
      const worker =
        extContext.serviceWorkers()[0] ?? (await extContext.waitForEvent('serviceworker'));
      await use(worker);
    },
    { scope: 'worker' },
  ],

  extensionId: [
    async ({ serviceWorker }, use) => {
      await use(new URL(serviceWorker.url()).host);
    },
    { scope: 'worker' },
  ],

  openPage: async ({ extContext, extensionId, serviceWorker }, use) => {
    await serviceWorker.evaluate(() =>
      Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear()]),
    );
    const pages: Page[] = [];
    await use(async (pathAndHash) => {
      const page = await extContext.newPage();
      pages.push(page);
      await page.goto(`chrome-extension://${extensionId}/${pathAndHash}`);
      await page.locator('main').waitFor();
      return page;
    });
    for (const page of pages) await page.close();
  },
});

export { expect } from '@playwright/test';

/** Stores settings as the options page does; the pages follow through `storage.onChanged`. */
export async function setSettings(serviceWorker: Worker, change: Record<string, unknown>) {
  await serviceWorker.evaluate(async (c) => {
    const got = await chrome.storage.local.get('settings');
    const old = (got.settings ?? { version: 1, theme: 'system', history: true }) as object;
    await chrome.storage.local.set({ settings: { ...old, ...c, version: 1 } });
  }, change);
}

export async function setLang(serviceWorker: Worker, lang: 'ja' | 'en') {
  await setSettings(serviceWorker, { lang });
}

/** Full-page screenshot; the popup's at the popup's own width, as the browser shows it. */
export async function screenshot(page: Page, name: string) {
  if (page.url().includes('/popup.html')) await page.setViewportSize({ width: 460, height: 600 });
  // A page listing every entry is tens of thousands of pixels tall: its first screen tells enough.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const fullPage = height < 4000;
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}
