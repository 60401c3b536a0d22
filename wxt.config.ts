import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { phraseNotesPlugin } from './scripts/strip-phrase-notes.ts';

/** Firefox only: Chrome reports the key as unrecognised. The id stays fixed across releases. */
const GECKO = {
  gecko: {
    id: 'bounce-explainer@example.org',
    // Nothing is collected or sent: everything stays in the browser.
    data_collection_permissions: { required: ['none'] },
  },
};

/**
 * The pages run only the extension's own scripts and fetch nothing: no remote or inline code, no
 * plugins, no forms, no connections, no framing. Pasted bounces are shown as text; this is the
 * second line of defence should that ever slip.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "connect-src 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// https://wxt.dev/api/config.html
export default defineConfig({
  // Every file imports what it uses, so a name's origin is always visible in the file.
  imports: false,
  // The store's reviewers rebuild from sources; outputs, test results and scratch files stay out.
  zip: {
    excludeSources: ['dist/**', 'generated/**', 'test-results/**', 'playwright-report/**', 'tmp-*'],
  },
  vite: () => ({
    plugins: [preact(), phraseNotesPlugin()],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No host permissions: the extension reads only what the person pastes or selects.
    permissions: ['contextMenus', 'storage'],
    commands: {
      // Firefox builds MV2, where the popup's command has the older name.
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandOpen__',
      },
    },
    content_security_policy: manifestVersion === 3 ? { extension_pages: CSP } : CSP,
    ...(browser === 'firefox' ? { browser_specific_settings: GECKO } : {}),
  }),
});
