import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { lookup, type LookupResult } from '../src/knowledge/explain.ts';
import { useWords } from './i18n.ts';
import { ENTRIES, getSearch } from './knowledge.ts';
import { LookupView } from './lookup-view.tsx';
import { addToHistory } from './settings.ts';

/** A decode is saved to the history once the text has stopped changing for this long. */
const HISTORY_DELAY_MS = 800;

interface Props {
  initialText?: string;
  autoFocus?: boolean;
}

/** The one input box and what it shows: used by the popup and the explain page alike. */
export function Explainer({ initialText = '', autoFocus = false }: Props) {
  const { t } = useWords();
  const id = useId();
  const [text, setText] = useState(initialText);
  const [result, setResult] = useState<LookupResult | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const seq = ++latest.current;
    if (text.trim() === '') {
      setResult(null);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    void lookup(text, ENTRIES, getSearch()).then((r) => {
      // A slower decode of an older text must not replace the newer one's answer.
      if (seq !== latest.current) return;
      setResult(r);
      const first = r.decoded?.recipients[0];
      if (first !== undefined)
        timer = setTimeout(() => void addToHistory(text, first.reason), HISTORY_DELAY_MS);
    });
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <div class="explainer">
      <label for={id} class="input-label">
        {t('input.label')}
      </label>
      <p id={`${id}-hint`} class="hint">
        {t('input.hint')}
      </p>
      <textarea
        id={id}
        class="input"
        aria-describedby={`${id}-hint`}
        placeholder={t('input.placeholder')}
        value={text}
        autoFocus={autoFocus}
        spellcheck={false}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      {text !== '' && (
        <button type="button" class="clear" onClick={() => setText('')}>
          {t('input.clear')}
        </button>
      )}
      <div class="output">
        {result === null ? <p class="hint">{t('search.empty')}</p> : <LookupView result={result} />}
      </div>
    </div>
  );
}
