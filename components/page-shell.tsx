import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { WordsContext } from './i18n.ts';
import { LangSwitch } from './lang-switch.tsx';
import { NavLinks } from './nav-links.tsx';
import { SettingsContext } from './settings-context.ts';
import { useSettings } from './use-settings.ts';

interface Props {
  /** Key of the page's title in the `ui` namespace; the popup has none besides the name. */
  titleKey?: string;
  /** The class on <body>, for the layout of each page. */
  page: 'popup' | 'explain' | 'reference' | 'options';
  children: ComponentChildren;
}

/** Header, language and theme for every page; the page's content renders once settings load. */
export function PageShell({ titleKey, page, children }: Props) {
  const { settings, words } = useSettings();
  const title = titleKey === undefined ? words.t('app.name') : words.t(titleKey);

  useEffect(() => {
    document.body.className = page;
    document.title = titleKey === undefined ? title : `${title} – ${words.t('app.name')}`;
  }, [page, title, titleKey, words]);

  if (settings === null) return null;
  return (
    <WordsContext.Provider value={words}>
      <SettingsContext.Provider value={settings}>
        <header class="shell-header">
          <h1>{title}</h1>
          <div class="shell-tools">
            <LangSwitch current={words.lang} />
            <NavLinks page={page} />
          </div>
        </header>
        <main>{children}</main>
      </SettingsContext.Provider>
    </WordsContext.Provider>
  );
}
