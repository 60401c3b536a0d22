import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the built extension (`npx wxt build` first): Debian's Chromium, headless, with
 * .output/chrome-mv3 loaded. One browser per worker; the extension's storage is cleared per test.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  timeout: 30_000,
  reporter: [['list']],
  use: { trace: 'off' },
});
