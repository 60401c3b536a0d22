import type { SearchHit } from '../src/knowledge/search.ts';
import { useWords } from './i18n.ts';
import { MoreAnswers } from './more-answers.tsx';

/** Answers found by words; the best one is open, the others show their titles. */
export function SearchResults({ hits }: { hits: readonly SearchHit[] }) {
  const { t } = useWords();

  return (
    <section class="search-results" aria-live="polite">
      <h2>{t('search.heading')}</h2>
      {hits.length === 0 ? (
        <p class="empty">{t('search.none')}</p>
      ) : (
        <MoreAnswers entries={hits.map((h) => h.entry)} open />
      )}
    </section>
  );
}
