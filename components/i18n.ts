import i18next, { type i18n } from 'i18next';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ui as en } from '../locales/en.json';
import { ui as ja } from '../locales/ja.json';
import type { Lang } from '../src/knowledge/types.ts';
import type { LangChoice } from './settings.ts';

/**
 * UI words come from the `ui` namespace of locales/, the files the CLI also reads; only that key
 * is imported, so the CLI's strings stay out of the extension's pages.
 */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    ns: ['ui'],
    defaultNS: 'ui',
    resources: { en: { ui: en }, ja: { ui: ja } },
    initAsync: false,
    // Preact escapes every string it renders; escaping here too would show `&lt;` to people.
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** `browser` follows the browser's UI language: Japanese for any `ja…`, English otherwise. */
export function resolveLang(choice: LangChoice, uiLanguage: string): Lang {
  if (choice !== 'browser') return choice;
  return uiLanguage.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export type T = (key: string, vars?: Record<string, string | number>) => string;

export interface Words {
  lang: Lang;
  t: T;
}

export const WordsContext = createContext<Words>({ lang: 'en', t: (key) => key });

export function useWords(): Words {
  return useContext(WordsContext);
}
