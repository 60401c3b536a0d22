import type { JSX } from 'preact';
import type { LookupResult } from '../src/knowledge/explain.ts';
import type { LogSummary } from '../src/log/index.ts';
import { useWords } from './i18n.ts';
import { LogLines } from './log-lines.tsx';
import { Notices } from './notices.tsx';
import { RecipientCard } from './recipient-card.tsx';
import { SearchResults } from './search-results.tsx';

/** Several pasted log lines grouped by domain, with the view that shows them (a lazy chunk). */
export interface LogPanel {
  summary: LogSummary;
  View: (props: { summary: LogSummary }) => JSX.Element;
}

interface Props {
  result: LookupResult;
  /** The grouped view of a pasted log, when the paste holds one. */
  log?: LogPanel | null;
}

/**
 * A decoded error per recipient; several log lines grouped by domain first; anything else, or an
 * error without recipients, as a search.
 */
export function LookupView({ result, log = null }: Props) {
  const { t } = useWords();
  const decoded = result.decoded;
  const recipients = decoded?.recipients ?? [];
  const panel = decoded?.kind === 'log' ? log : null;

  if (decoded === null || (recipients.length === 0 && panel === null)) {
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
      {panel !== null ? (
        // Several log lines read best grouped; each line's own explanation stays one click away.
        <>
          <panel.View summary={panel.summary} />
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
