import { saveSettings } from './settings.ts';
import { useWords } from './i18n.ts';
import type { Lang } from '../src/knowledge/types.ts';

/** One button that switches to the other language; the choice is remembered at once. */
export function LangSwitch({ current }: { current: Lang }) {
  const { t } = useWords();
  const other: Lang = current === 'ja' ? 'en' : 'ja';

  return (
    <button
      type="button"
      class="lang-switch"
      lang={other}
      aria-label={`${t('app.language')}: ${t(`lang.${other}`)}`}
      onClick={() => void saveSettings({ lang: other })}
    >
      {t(`lang.${other}`)}
    </button>
  );
}
