import { summariseLines, type LogSummary, type ReasonSummary } from '../src/log/index.ts';
import type { KnowledgeEntry, Lang } from '../src/knowledge/types.ts';
import type { T } from './i18n.ts';

/** Domains shown as groups; a paste of a whole day's log names many more, counted in a line. */
export const DOMAINS_SHOWN = 30;
/** Addresses listed on the page; the copy button copies every one the summary holds. */
export const BOUNCED_SHOWN = 100;
/** Remote hosts named per domain. */
export const HOSTS_SHOWN = 3;
/** Characters of a server's reply shown; the summary keeps up to 1,000. */
export const DIAGNOSTIC_SHOWN = 300;
/** Characters of a sample line shown: its time, queue id and address come before the reply. */
export const SAMPLE_SHOWN = 600;

/**
 * The per-domain summary of a paste that holds log lines, or null when it does not hold at least
 * two delivery attempts: one line, or a bounce message, reads better explained on its own.
 */
export function logSummaryOf(
  text: string,
  entries: readonly KnowledgeEntry[],
  year?: number,
): LogSummary | null {
  const summary = summariseLines(text, entries, year === undefined ? {} : { year });
  return summary.deliveries > 1 ? summary : null;
}

export interface ReasonAnswer {
  /** The reason in plain words (`reason-<id>`). */
  guide: KnowledgeEntry | undefined;
  /** The first FAQ entry advised, else the reason guide. */
  best: KnowledgeEntry | undefined;
}

/** The answer shown for one reason of one domain, as the recipient card picks it for one line. */
export function reasonAnswer(
  reason: ReasonSummary,
  byId: (id: string) => KnowledgeEntry | undefined,
): ReasonAnswer {
  const guide = byId(`reason-${reason.reason}`);
  const faq = reason.faq.map(byId).find((e) => e?.kind === 'faq');
  return { guide, best: faq ?? guide };
}

/** The answer's own checklist, else the reason guide's: FAQ entries seldom have one. */
export function stepsOf(answer: ReasonAnswer, lang: Lang): string[] {
  return answer.best?.[lang].checklist ?? answer.guide?.[lang].checklist ?? [];
}

/** The carrier's name in the page's language; a provider with no name yet shows its id. */
export function carrierName(t: T, provider: string | null): string | null {
  if (provider === null) return null;
  const key = `log.carrier.${provider}`;
  const name = t(key);
  return name === key ? provider : name;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function day(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function clock(d: Date): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * First and last time in the browser's zone. Syslog lines state no zone and are read in that
 * same zone, so their times come back as logged; the day is not repeated within one day.
 */
export function timeSpan(first: string | null, last: string | null): string | null {
  if (first === null || last === null) return null;
  const [a, b] = [new Date(first), new Date(last)];
  const start = `${day(a)} ${clock(a)}`;
  if (first === last) return start;
  return day(a) === day(b) ? `${start} – ${clock(b)}` : `${start} – ${day(b)} ${clock(b)}`;
}

/** Addresses one a line, as a mailing-list tool imports them. */
export function addressList(addresses: readonly string[]): string {
  return addresses.map((a) => `${a}\n`).join('');
}

/** A long reply cut to what a popup can show, marked as cut. */
export function shortText(text: string, max = DIAGNOSTIC_SHOWN): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
