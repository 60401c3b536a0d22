import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addToHistory,
  clearHistory,
  DEFAULT_SETTINGS,
  HISTORY_LIMIT,
  HISTORY_TEXT_LIMIT,
  loadHistory,
  loadSettings,
  parseSettings,
  saveSettings,
} from '../../components/settings.ts';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('fall back to the defaults for anything that is not the current schema', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ lang: 'ja' })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ version: 2, lang: 'ja' })).toEqual(DEFAULT_SETTINGS);
  });

  it('keep the valid fields of a stored object and replace the invalid ones', () => {
    const parsed = parseSettings({ version: 1, lang: 'ja', theme: 'neon', history: 'yes' });

    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, lang: 'ja' });
  });

  it('are saved with their schema version and read back', async () => {
    await saveSettings({ lang: 'en', theme: 'dark' });

    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toMatchObject({ version: 1, lang: 'en', theme: 'dark' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, lang: 'en', theme: 'dark' });
  });
});

describe('the history', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('puts the latest decode first and does not repeat a text', async () => {
    await addToHistory('550 a', 'userunknown', 1);
    await addToHistory('552 b', 'mailboxfull', 2);
    await addToHistory('550 a', 'userunknown', 3);

    const items = await loadHistory();

    expect(items.map((i) => [i.text, i.at])).toEqual([
      ['550 a', 3],
      ['552 b', 2],
    ]);
  });

  it(`keeps only the last ${HISTORY_LIMIT} decodes, each cut to its beginning`, async () => {
    for (let i = 0; i < HISTORY_LIMIT + 5; i++)
      await addToHistory(`${i} ${'x'.repeat(5000)}`, null, i);

    const items = await loadHistory();

    expect(items).toHaveLength(HISTORY_LIMIT);
    expect(items[0]?.at).toBe(HISTORY_LIMIT + 4);
    expect(items.every((i) => i.text.length <= HISTORY_TEXT_LIMIT)).toBe(true);
  });

  it('records nothing while it is turned off', async () => {
    await saveSettings({ history: false });

    await addToHistory('550 a', 'userunknown');

    expect(await loadHistory()).toEqual([]);
  });

  it('can be cleared', async () => {
    await addToHistory('550 a', 'userunknown');

    await clearHistory();

    expect(await loadHistory()).toEqual([]);
  });
});
