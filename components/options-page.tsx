import { useState } from 'preact/hooks';
import { ChoiceGroup } from './choice-group.tsx';
import { HistoryList } from './history-list.tsx';
import { useWords } from './i18n.ts';
import { useCurrentSettings } from './settings-context.ts';
import {
  clearHistory,
  HISTORY_LIMIT,
  saveSettings,
  type LangChoice,
  type Settings,
  type ThemeChoice,
} from './settings.ts';

const LANGS: readonly LangChoice[] = ['browser', 'ja', 'en'];
const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** Each change is saved at once; every open page of the extension follows it. */
export function OptionsPage() {
  const { t } = useWords();
  const settings = useCurrentSettings();
  const [saved, setSaved] = useState(false);
  const save = (change: Partial<Omit<Settings, 'version'>>) =>
    void saveSettings(change).then(() => setSaved(true));

  return (
    <form class="options" onSubmit={(e) => e.preventDefault()}>
      <ChoiceGroup
        legend={t('app.language')}
        name="lang"
        value={settings.lang}
        options={LANGS.map((v) => ({ value: v, label: t(`lang.${v}`) }))}
        onChange={(lang) => save({ lang })}
      />
      <ChoiceGroup
        legend={t('options.theme')}
        name="theme"
        value={settings.theme}
        options={THEMES.map((v) => ({ value: v, label: t(`theme.${v}`) }))}
        onChange={(theme) => save({ theme })}
      />
      <fieldset class="choice-group">
        <legend>{t('options.history')}</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.history}
            onChange={(e) => save({ history: e.currentTarget.checked })}
          />
          {t('options.historyOn', { count: HISTORY_LIMIT })}
        </label>
        <p class="hint">{t('options.historyNote')}</p>
        <HistoryList />
        <button type="button" onClick={() => void clearHistory()}>
          {t('options.clear')}
        </button>
      </fieldset>
      <p role="status" class="hint">
        {saved ? t('options.saved') : ''}
      </p>
    </form>
  );
}
