import type { DomainSummary, LogSummary, ReasonSummary } from '../log/index.ts';
import { reasonGuideId, topAnswer, type KnowledgeIndex } from './knowledge.ts';
import { t, type Lang } from './messages.ts';
import { printable } from './printable.ts';

export interface LogTextOptions {
  lang: Lang;
  knowledge: KnowledgeIndex;
  /** Where --bounced-out wrote the addresses, if it did. */
  bouncedOut: string | null;
}

/** Checklist steps shown per reason; the whole entry is one `search` away. */
const CHECKLIST_STEPS = 5;
/** Hosts named per domain. */
const HOSTS = 3;
/** Characters of a sample line or diagnostic shown. */
const LINE_CHARS = 300;
/** Domains shown in full, busiest failing first; the rest get one line each. */
const DETAILED = 20;

/** The summary as text: totals, then a block per domain, then the bounced addresses. */
export function formatLogText(summary: LogSummary, options: LogTextOptions): string {
  const { lang } = options;
  const lines = [heading(summary, lang)];
  if (summary.deliveries === 0) lines.push('', t(lang, 'cli.log.empty'));
  const [detailed, brief] = [summary.domains.slice(0, DETAILED), summary.domains.slice(DETAILED)];
  for (const domain of detailed) lines.push('', ...formatDomain(domain, options));
  if (brief.length > 0) lines.push('', t(lang, 'cli.log.moreDomains', { count: brief.length }));
  for (const domain of brief)
    lines.push(`  ${printable(domain.domain)}: ${countsOf(domain, lang)}`);
  if (summary.domainsOther > 0) {
    lines.push('', t(lang, 'cli.log.domainsOther', { count: num(summary.domainsOther, lang) }));
  }
  lines.push('', ...formatBounced(summary, options));
  return lines.map((line) => `${line}\n`).join('');
}

function heading(summary: LogSummary, lang: Lang): string {
  const counts = t(lang, 'cli.log.counts', {
    sent: num(summary.totals.sent, lang),
    deferred: num(summary.totals.deferred, lang),
    bounced: num(summary.totals.bounced + summary.totals.expired, lang),
  });
  const head = t(lang, 'cli.log.heading', {
    lines: num(summary.lines, lang),
    deliveries: num(summary.deliveries, lang),
    counts,
  });
  const span = period(summary.first, summary.last, lang);
  const filtered =
    summary.filtered > 0
      ? [t(lang, 'cli.log.filtered', { count: num(summary.filtered, lang) })]
      : [];
  return [`== ${head}`, ...(span ? [span] : []), ...filtered].join('\n');
}

function formatDomain(domain: DomainSummary, options: LogTextOptions): string[] {
  const { lang } = options;
  const name = printable(domain.domain);
  const carrier = domain.provider ? ` — ${t(lang, `cli.log.carrier.${domain.provider}`)}` : '';
  const lines = [`## ${name}${carrier}`, `  ${countsOf(domain, lang)}`];
  const span = period(domain.first, domain.last, lang);
  if (span) lines.push(`  ${span}`);
  if (domain.hosts.length > 0) {
    const hosts = domain.hosts
      .slice(0, HOSTS)
      .map((h) => `${printable(h.host)} (${num(h.count, lang)})`);
    const more = domain.hosts.length - HOSTS + (domain.hostsOther > 0 ? 1 : 0);
    const rest = more > 0 ? ` ${t(lang, 'cli.log.moreHosts')}` : '';
    lines.push(`  ${t(lang, 'cli.log.hosts')} ${hosts.join(', ')}${rest}`);
  }
  for (const reason of domain.reasons) lines.push(...formatReason(reason, options));
  if (domain.samples.length > 0) {
    lines.push(`  ${t(lang, 'cli.log.samples')}`);
    for (const sample of domain.samples) lines.push(`    ${cut(printable(sample))}`);
  }
  return lines;
}

function countsOf(domain: DomainSummary, lang: Lang): string {
  const c = domain.counts;
  return t(lang, 'cli.log.counts', {
    sent: num(c.sent, lang),
    deferred: num(c.deferred, lang),
    bounced: num(c.bounced + c.expired, lang),
  });
}

function formatReason(reason: ReasonSummary, options: LogTextOptions): string[] {
  const { lang, knowledge } = options;
  const guide = knowledge.get(reasonGuideId(reason.reason))?.text[lang];
  const title = guide ? `${guide.title} (${reason.reason})` : reason.reason;
  const codes = reason.statuses.map((s) => s.code).slice(0, 3);
  const counts = t(lang, 'cli.log.reasonCounts', {
    count: num(reason.count, lang),
    deferred: num(reason.deferred, lang),
    bounced: num(reason.bounced, lang),
  });
  const permanence = t(lang, `cli.log.permanence.${reason.permanence}`);
  const lines = [
    '',
    `  * ${title}: ${counts}${codes.length > 0 ? ` [${codes.join(', ')}]` : ''} — ${permanence}`,
    `    ${t(lang, 'cli.log.example')} ${cut(printable(reason.diagnostic))}`,
  ];

  // A code's meaning is already in the status shown: only a FAQ answer is named here.
  const faqs = reason.faq.filter((id) => knowledge.get(id)?.kind === 'faq');
  const answer = topAnswer(faqs, reason.reason, knowledge);
  const entry = answer ?? knowledge.get(reasonGuideId(reason.reason));
  if (!entry) return lines;
  const text = entry.text[lang];
  if (answer)
    lines.push(`    ${t(lang, 'cli.report.topAnswer', { title: text.title })} [${entry.id}]`);
  const steps = text.checklist.length > 0 ? text.checklist : (guide?.checklist ?? []);
  if (steps.length > 0) {
    lines.push(`    ${t(lang, 'cli.report.checklist')}`);
    steps.slice(0, CHECKLIST_STEPS).forEach((step, i) => lines.push(`      ${i + 1}. ${step}`));
  }
  return lines;
}

function formatBounced(summary: LogSummary, options: LogTextOptions): string[] {
  const { lang, bouncedOut } = options;
  const count = summary.bounced.length + summary.bouncedOther;
  if (count === 0) return [t(lang, 'cli.log.noBounced')];
  const lines = [t(lang, 'cli.log.bounced', { count: num(count, lang) })];
  if (bouncedOut !== null)
    lines.push(t(lang, 'cli.log.bouncedWritten', { file: printable(bouncedOut) }));
  else lines.push(t(lang, 'cli.log.bouncedHint'));
  if (summary.bouncedOther > 0) {
    lines.push(t(lang, 'cli.log.bouncedOther', { count: num(summary.bouncedOther, lang) }));
  }
  return lines;
}

function period(first: string | null, last: string | null, lang: Lang): string | null {
  if (first === null || last === null) return null;
  return t(lang, 'cli.log.period', { first: shortTime(first), last: shortTime(last) });
}

/** `2026-12-03T09:00:01.000Z` as `2026-12-03 09:00:01 UTC`. */
function shortTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

function num(value: number, lang: Lang): string {
  return value.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US');
}

function cut(text: string): string {
  return text.length > LINE_CHARS ? `${text.slice(0, LINE_CHARS)}…` : text;
}
