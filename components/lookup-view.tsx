import type { LookupResult } from '../src/knowledge/explain.ts';
import { useWords } from './i18n.ts';
import { Notices } from './notices.tsx';
import { RecipientCard } from './recipient-card.tsx';
import { SearchResults } from './search-results.tsx';

/** A decoded error per recipient; anything else, or an error without recipients, as a search. */
export function LookupView({ result }: { result: LookupResult }) {
  const { t } = useWords();
  const decoded = result.decoded;
  const recipients = decoded?.recipients ?? [];

  if (decoded === null || recipients.length === 0) {
    return (
      <>
        {decoded !== null && decoded.kind !== 'none' && (
          <p class="note">{t('result.noRecipients')}</p>
        )}
        <SearchResults hits={result.hits} />
      </>
    );
  }
  return (
    <div class="lookup">
      <Notices notices={decoded.notices} />
      {recipients.length > 1 && (
        <p class="note">{t('result.recipientCount', { count: recipients.length })}</p>
      )}
      {recipients.map((r, i) => (
        <RecipientCard key={`${i}:${r.recipient ?? ''}`} report={r} text={decoded.text} />
      ))}
    </div>
  );
}
