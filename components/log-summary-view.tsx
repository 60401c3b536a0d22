import { useId } from 'preact/hooks';
import type { LogSummary } from '../src/log/index.ts';
import { BouncedList } from './bounced-list.tsx';
import { useWords } from './i18n.ts';
import { LogDomain } from './log-domain.tsx';
import { DOMAINS_SHOWN, timeSpan } from './log-view.ts';

/** Pasted log lines grouped by recipient domain, busiest failing first, then the bounced list. */
export function LogSummaryView({ summary }: { summary: LogSummary }) {
  const { t } = useWords();
  const id = useId();
  const { sent, deferred, bounced, expired } = summary.totals;
  const span = timeSpan(summary.first, summary.last);
  const shown = summary.domains.slice(0, DOMAINS_SHOWN);
  const more = summary.domains.length - shown.length;

  return (
    <section class="log-summary" aria-labelledby={id}>
      <h2 id={id}>{t('log.heading')}</h2>
      <p class="log-totals">
        {t('log.totals', {
          deliveries: summary.deliveries,
          sent,
          deferred,
          bounced: bounced + expired,
        })}
      </p>
      {span !== null && (
        <p class="log-totals log-span">
          {t('log.period')}: {span}
        </p>
      )}
      {shown.map((d) => (
        <LogDomain key={d.domain} domain={d} />
      ))}
      {more > 0 && <p class="note">{t('log.moreDomains', { count: more })}</p>}
      <BouncedList addresses={summary.bounced} other={summary.bouncedOther} />
    </section>
  );
}
