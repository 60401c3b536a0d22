import { useMemo } from 'preact/hooks';
import type { LookupResult } from '../src/knowledge/explain.ts';
import { useWords } from './i18n.ts';
import { ENTRIES } from './knowledge.ts';
import { LogLines } from './log-lines.tsx';
import { LogSummaryView } from './log-summary-view.tsx';
import { logSummaryOf } from './log-view.ts';
import { Notices } from './notices.tsx';
import { RecipientCard } from './recipient-card.tsx';
import { SearchResults } from './search-results.tsx';

/**
 * A decoded error per recipient; several log lines grouped by domain first; anything else, or an
 * error without recipients, as a search.
 */
export function LookupView({ result }: { result: LookupResult }) {
  const { t } = useWords();
  const decoded = result.decoded;
  const recipients = decoded?.recipients ?? [];
  const text = decoded?.kind === 'log' ? decoded.text : '';
  const summary = useMemo(() => (text === '' ? null : logSummaryOf(text, ENTRIES)), [text]);

  if (decoded === null || (recipients.length === 0 && summary === null)) {
    return (
      <>
        {decoded !== null && decoded.kind !== 'none' && (
          <p class="note">{t('result.noRecipients')}</p>
        )}
        <SearchResults hits={result.hits} />
      </>
    );
  }
  const cards = () =>
    recipients.map((r, i) => (
      <RecipientCard key={`${i}:${r.recipient ?? ''}`} report={r} text={decoded.text} />
    ));
  return (
    <div class="lookup">
      <Notices notices={decoded.notices} />
      {summary !== null ? (
        // Several log lines read best grouped; each line's own explanation stays one click away.
        <>
          <LogSummaryView summary={summary} />
          {recipients.length > 0 && <LogLines count={recipients.length} render={cards} />}
        </>
      ) : (
        <>
          {recipients.length > 1 && (
            <p class="note">{t('result.recipientCount', { count: recipients.length })}</p>
          )}
          {cards()}
        </>
      )}
    </div>
  );
}
