import { useState } from 'preact/hooks';
import { useWords } from './i18n.ts';

type State = 'idle' | 'done' | 'failed';

/** Copies plain text; the outcome is announced to screen readers through a live region. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useWords();
  const [state, setState] = useState<State>('idle');

  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setState('done'),
      () => setState('failed'),
    );
  };

  return (
    <span class="copy">
      <button type="button" class="copy-button" onClick={copy}>
        {label}
      </button>
      <span class="copy-status" role="status">
        {state === 'idle' ? '' : t(`copy.${state}`)}
      </span>
    </span>
  );
}
