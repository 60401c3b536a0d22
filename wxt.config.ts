import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ manifestVersion }) => ({
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
    browser_specific_settings: {
      gecko: { id: 'bounce-explainer@example.org' },
    },
  }),
});
