import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { explainHash } from '../components/explain-url.ts';

const MENU_ID = 'explain-selection';

/**
 * Opens the explain page with the selection in its address; nothing leaves the browser.
 * Chrome replaces the line breaks of `selectionText` with spaces, so a multi-line selection
 * arrives as one line (https://bugs.chromium.org/p/chromium/issues/detail?id=116429); reading
 * the page's own selection would need a host permission, which we do not ask.
 */
async function onMenuClick(info: Browser.contextMenus.OnClickData) {
  if (info.menuItemId !== MENU_ID || info.selectionText === undefined) return;
  const page = browser.runtime.getURL('/explain.html');
  await browser.tabs.create({ url: page + explainHash(info.selectionText) });
}

/**
 * Chrome keeps the menu across restarts but Firefox's MV2 background page does not, so it is made
 * again at each browser start; removing it first avoids Chrome's duplicate-id error.
 */
async function createMenu() {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: browser.i18n.getMessage('menuExplain'),
    contexts: ['selection'],
  });
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup.addListener(() => void createMenu());
  browser.contextMenus.onClicked.addListener((info) => void onMenuClick(info));

  // A real right-click cannot be scripted, so the browser tests call the handler from here.
  (globalThis as { explainSelection?: typeof onMenuClick }).explainSelection = onMenuClick;
});
