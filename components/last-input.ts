import { browser } from 'wxt/browser';
import { loadSettings } from './settings.ts';

/**
 * The popup closes as soon as the person clicks back into the page they are reading, taking the
 * pasted text with it. The last input is kept in session storage, which lives in memory and is
 * gone when the browser closes, and only while the history is on.
 */

const KEY = 'lastInput';
const LIMIT = 100_000;

export async function loadLastInput(): Promise<string> {
  const got = await browser.storage.session.get(KEY);
  const text = got[KEY];
  return typeof text === 'string' ? text : '';
}

export async function saveLastInput(text: string) {
  const { history } = await loadSettings();
  if (!history || text === '') await browser.storage.session.remove(KEY);
  else await browser.storage.session.set({ [KEY]: text.slice(0, LIMIT) });
}
