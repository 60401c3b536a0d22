import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createI18n, resolveLang, type Words } from './i18n.ts';
import { loadSettings, parseSettings, SETTINGS_KEY, type Settings } from './settings.ts';

export interface SettingsState {
  /** Null until storage has answered, so that a page never flashes the wrong language. */
  settings: Settings | null;
  words: Words;
}

/**
 * The settings, kept current: a change made on the options page or in another open page applies
 * at once, through `storage.onChanged`.
 */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);

  // A layout effect asks storage at once; a passive one would first wait for a frame to paint.
  useLayoutEffect(() => {
    void loadSettings().then(setSettings);
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[SETTINGS_KEY];
      if (area === 'local' && change !== undefined) setSettings(parseSettings(change.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  const lang = resolveLang(settings?.lang ?? 'browser', navigator.language);
  const words = useMemo(() => {
    const i18n = createI18n(lang);
    return { lang, t: i18n.t.bind(i18n) as Words['t'] };
  }, [lang]);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    if (settings?.theme === 'light' || settings?.theme === 'dark')
      root.dataset.theme = settings.theme;
    else delete root.dataset.theme;
  }, [lang, settings?.theme]);

  return { settings, words };
}
