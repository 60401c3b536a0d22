import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useWords } from './i18n.ts';

/**
 * Each pasted line's own explanation, closed under the grouped view. A pasted log can give the
 * decoder a thousand recipients: their cards are built only once the person opens the list.
 */
export function LogLines({ count, render }: { count: number; render: () => ComponentChildren }) {
  const { t } = useWords();
  const [open, setOpen] = useState(false);

  return (
    <details class="log-lines" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('log.eachLine', { count })}</summary>
      {open && render()}
    </details>
  );
}
