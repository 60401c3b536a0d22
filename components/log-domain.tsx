import type { DomainSummary } from '../src/log/index.ts';
import { useWords } from './i18n.ts';
import { carrierName, HOSTS_SHOWN, SAMPLE_SHOWN, shortText, timeSpan } from './log-view.ts';
import { LogReason } from './log-reason.tsx';

/** One recipient domain: its carrier, counts, time span, remote hosts and reasons. */
export function LogDomain({ domain }: { domain: DomainSummary }) {
  const { t } = useWords();
  const carrier = carrierName(t, domain.provider);
  const span = timeSpan(domain.first, domain.last);
  const { sent, deferred, bounced, expired } = domain.counts;
  const hosts = domain.hosts.slice(0, HOSTS_SHOWN).map((h) => `${h.host} (${h.count})`);
  const moreHosts = domain.hosts.length - hosts.length + domain.hostsOther;

  return (
    <section class="log-domain" data-domain={domain.domain} aria-label={domain.domain}>
      <h3 class="log-domain-name">
        {domain.domain}
        {carrier !== null && <span class="log-carrier"> — {carrier}</span>}
      </h3>
      <dl class="log-counts">
        <div class="log-count-sent">
          <dt>{t('log.sent')}</dt>
          <dd>{sent}</dd>
        </div>
        <div class="log-count-deferred">
          <dt>{t('log.deferred')}</dt>
          <dd>{deferred}</dd>
        </div>
        <div class="log-count-bounced">
          <dt>{t('log.bounced')}</dt>
          <dd>{bounced + expired}</dd>
        </div>
      </dl>
      <dl class="facts">
        {span !== null && (
          <div>
            <dt>{t('log.period')}</dt>
            <dd>{span}</dd>
          </div>
        )}
        {hosts.length > 0 && (
          <div>
            <dt>{t('log.hosts')}</dt>
            <dd>
              {hosts.join(', ')}
              {moreHosts > 0 && ` ${t('log.moreHosts', { count: moreHosts })}`}
            </dd>
          </div>
        )}
      </dl>
      {domain.reasons.length > 0 && (
        <ul class="log-reasons">
          {domain.reasons.map((r) => (
            <LogReason key={r.reason} reason={r} />
          ))}
        </ul>
      )}
      {domain.samples.length > 0 && (
        <details class="log-samples">
          <summary>{t('log.samples')}</summary>
          {domain.samples.map((line, i) => (
            <p key={i} class="log-sample">
              {shortText(line, SAMPLE_SHOWN)}
            </p>
          ))}
        </details>
      )}
    </section>
  );
}
