import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { EntryKind } from '../src/knowledge/types.ts';
import { useWords } from './i18n.ts';
import { REFERENCE_ENTRIES } from './reference-entries.ts';
import { ReferenceEntry } from './reference-entry.tsx';
import { createFilter } from './reference-filter.ts';

const KINDS: readonly EntryKind[] = ['faq', 'reason', 'code'];

function targetOf(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * The entry named in the address. The list renders after the settings load, too late for the
 * browser's own jump to `#id` and for `:target`, so both are done here.
 */
function useHashTarget(): string {
  const [target, setTarget] = useState(() => targetOf(location.hash));

  useEffect(() => {
    const onChange = () => setTarget(targetOf(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  useEffect(() => {
    if (target !== '') document.getElementById(target)?.scrollIntoView();
  }, [target]);

  return target;
}

/** Every FAQ entry, reason guide and code meaning, filterable and printable. */
export function ReferencePage() {
  const { t } = useWords();
  const id = useId();
  const filter = useMemo(() => createFilter(REFERENCE_ENTRIES), []);
  const [query, setQuery] = useState('');
  const target = useHashTarget();
  const shown = filter(query);

  return (
    <div class="reference">
      <div class="ref-tools">
        <label for={id}>{t('reference.filter')}</label>
        <input
          id={id}
          type="search"
          value={query}
          placeholder={t('reference.filterHint')}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <span role="status" class="ref-count">
          {t('reference.shown', { shown: shown.length, total: REFERENCE_ENTRIES.length })}
        </span>
        <button type="button" onClick={() => window.print()}>
          {t('reference.print')}
        </button>
      </div>
      {shown.length === 0 && <p class="note">{t('reference.none')}</p>}
      {KINDS.map((kind) => {
        const entries = shown.filter((e) => e.kind === kind);
        if (entries.length === 0) return null;
        return (
          <section key={kind} class="ref-section">
            <h2>{t(`kind.${kind}`)}</h2>
            {entries.map((e) => (
              <ReferenceEntry key={e.id} entry={e} highlighted={e.id === target} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
