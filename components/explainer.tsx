import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LookupResult } from '../src/knowledge/explain.ts';
import type { LogPanel } from './lookup-view.tsx';
import { useWords } from './i18n.ts';
import { loadLastInput, saveLastInput } from './last-input.ts';
import { addToHistory } from './settings.ts';
import { MEASURES, measureSince } from './timing.ts';

/** A decode is saved to the history once the text has stopped changing for this long. */
const HISTORY_DELAY_MS = 800;

type Engine = typeof import('./engine.ts');
let engine: Promise<Engine> | undefined;

/** Starts loading the decoder and knowledge base; the first call starts it, later ones wait. */
function loadEngine(): Promise<Engine> {
  engine ??= import('./engine.ts');
  return engine;
}

interface Props {
  initialText?: string;
  autoFocus?: boolean;
  /** Brings back the last input when the page opens again: for the popup. */
  remember?: boolean;
}

interface Shown {
  /** The input the result belongs to, so that a test can tell when the output is current. */
  text: string;
  result: LookupResult | null;
  view: Engine['LookupView'] | null;
  log?: LogPanel | null;
  failed?: boolean;
}

/** The one input box and what it shows: used by the popup and the explain page alike. */
export function Explainer({ initialText = '', autoFocus = false, remember = false }: Props) {
  const { t } = useWords();
  const id = useId();
  const [text, setText] = useState(initialText);
  const [shown, setShown] = useState<Shown>({ text: '', result: null, view: null });
  const latest = useRef(0);

  useEffect(() => {
    if (remember) void loadLastInput().then((last) => setText((now) => (now === '' ? last : now)));
  }, [remember]);

  useEffect(() => {
    // Warm up while the person reads or pastes: load the code, then build the search index.
    void loadEngine().then((e) => requestIdleCallback(() => e.getSearch()));
  }, []);

  // A layout effect starts the lookup at once; a passive one waits for the next frame, about
  // 10 ms, several times what the search itself takes.
  useLayoutEffect(() => {
    const seq = ++latest.current;
    if (text.trim() === '') {
      // The first run is the page opening, not the person clearing the box.
      if (remember && seq > 1) void saveLastInput('');
      setShown({ text, result: null, view: null });
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    loadEngine()
      .then(async (e) => {
        const start = performance.now();
        const panel = e.logPanelFor(text);
        const result = await e.lookup(text, e.ENTRIES, e.getSearch());
        const log = await panel(result.decoded);
        measureSince(MEASURES.lookup, start);
        // A slower decode of an older text must not replace the newer one's answer.
        if (seq !== latest.current) return;
        setShown({ text, result, view: e.LookupView, log });
        if (remember) void saveLastInput(text);
        const first = result.decoded?.recipients[0];
        if (first !== undefined)
          timer = setTimeout(() => void addToHistory(text, first.reason), HISTORY_DELAY_MS);
      })
      .catch(() => {
        // The decoder returns results for any text; this is a bug or a broken install.
        if (seq === latest.current) setShown({ text, result: null, view: null, failed: true });
      });
    return () => clearTimeout(timer);
  }, [text]);

  const View = shown.view;
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
      <div class="output" data-chars={shown.text.length}>
        {shown.failed === true ? (
          <p class="note" role="alert">
            {t('result.failed')}
          </p>
        ) : shown.result === null || View === null ? (
          <p class="hint">{t('search.empty')}</p>
        ) : (
          <View result={shown.result} log={shown.log} />
        )}
      </div>
    </div>
  );
}
