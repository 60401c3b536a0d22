import type { Permanence, Reason } from '../core/index.ts';

/** Delivery lines by what the MTA logged; `expired` is a message given up after its retries. */
export interface Counts {
  sent: number;
  deferred: number;
  bounced: number;
  expired: number;
}

export interface HostCount {
  host: string;
  count: number;
}

export interface CodeCount {
  code: string;
  count: number;
}

/** One reason within one recipient domain. */
export interface ReasonSummary {
  reason: Reason;
  /** Failed lines given this reason. */
  count: number;
  deferred: number;
  bounced: number;
  /** Permanence of the first line seen with this reason: the same reason can be either. */
  permanence: Permanence;
  /** Enhanced status codes logged or inferred, most frequent first. */
  statuses: CodeCount[];
  /** The first diagnostic seen with this reason, as the server or MTA wrote it. */
  diagnostic: string;
  /** Knowledge-entry ids for the first line seen, best first (empty without a knowledge base). */
  faq: string[];
}

export interface DomainSummary {
  domain: string;
  /** Provider id (`au`, `docomo`, …) of the domain or of its remote hosts. */
  provider: string | null;
  counts: Counts;
  /** Failed lines, most frequent reason first. */
  reasons: ReasonSummary[];
  /** Remote hosts named in the lines, most frequent first; `hostsOther` counts those past the cap. */
  hosts: HostCount[];
  hostsOther: number;
  /** First and last time seen, ISO 8601 in UTC; null when no line had a time. */
  first: string | null;
  last: string | null;
  /** Up to two lines as logged, failures first. */
  samples: string[];
}

export interface LogSummary {
  /** Lines read, and those that recorded a delivery attempt to a recipient. */
  lines: number;
  deliveries: number;
  /** Delivery lines left out by the time or domain filter. */
  filtered: number;
  totals: Counts;
  first: string | null;
  last: string | null;
  /** Busiest failing domains first. */
  domains: DomainSummary[];
  /** Delivery lines to domains past the cap on domains: they are counted in `totals` only. */
  domainsOther: number;
  /** Addresses that bounced permanently because they are wrong (hard bounces), sorted. */
  bounced: string[];
  /** Permanently bounced addresses left out of `bounced` once it reached its cap. */
  bouncedOther: number;
}
