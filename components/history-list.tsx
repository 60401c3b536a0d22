import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { explainHash } from './explain-url.ts';
import { useWords } from './i18n.ts';
import { entryById } from './knowledge.ts';
import { HISTORY_KEY, loadHistory, type HistoryItem } from './settings.ts';

/** First line of a decoded text, short enough for one row. */
function preview(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 100 ? `${line.slice(0, 100)}…` : line;
}

/** The last decodes, each a link that explains it again in a tab. */
export function HistoryList() {
  const { lang, t } = useWords();
  const [items, setItems] = useState<HistoryItem[]>([]);

  useEffect(() => {
    void loadHistory().then(setItems);
    const listener = (changes: Record<string, unknown>) => {
      if (HISTORY_KEY in changes) void loadHistory().then(setItems);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  if (items.length === 0) return <p class="note">{t('options.empty')}</p>;
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <ol class="history">
      {items.map((item) => (
        <li key={item.at}>
          <time dateTime={new Date(item.at).toISOString()}>{when.format(item.at)}</time>{' '}
          <strong>{entryById(`reason-${item.reason ?? ''}`)?.[lang].title ?? item.reason}</strong>
          <code class="history-text">{preview(item.text)}</code>
          <a href={`/explain.html${explainHash(item.text)}`} target="_blank" rel="noreferrer">
            {t('options.open')}
          </a>
        </li>
      ))}
    </ol>
  );
}
