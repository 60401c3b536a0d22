import { parseLogLine, type LogRecord, type Reason } from '../core/index.ts';
import { providerOf } from '../core/extract/provider.ts';
import type { KnowledgeEntry } from '../knowledge/types.ts';
import { LineClassifier, type Verdict } from './classify-line.ts';
import { detach } from './detach.ts';
import { TimeReader } from './timestamp.ts';
import type { Counts, DomainSummary, LogSummary, ReasonSummary } from './types.ts';

export interface SummariserOptions {
  /** Knowledge entries for the advice of each domain and reason; none gives no advice. */
  entries?: readonly KnowledgeEntry[];
  /** Year of syslog times, which state none. */
  year?: number;
  /** Leave out lines before this time (ms since the epoch), and lines with no time. */
  since?: number | null;
  /** Keep only this recipient domain and its subdomains, or a provider id such as `au`. */
  domain?: string | null;
  limits?: Partial<Limits>;
}

/**
 * Caps on what the summary holds, so that its memory depends on these and not on the log's size:
 * a log of a million distinct domains or addresses keeps this much and counts the rest.
 */
export interface Limits {
  domains: number;
  hostsPerDomain: number;
  statusesPerReason: number;
  bounced: number;
  sampleLength: number;
  /** Distinct failure texts whose verdict is remembered. */
  cache: number;
}

export const DEFAULT_LIMITS: Limits = {
  domains: 10_000,
  hostsPerDomain: 16,
  statusesPerReason: 8,
  bounced: 100_000,
  sampleLength: 1000,
  cache: 4096,
};

/** A log record about a recipient, not about a host. */
type Delivery = LogRecord & { status: keyof Counts };

interface ReasonState {
  count: number;
  deferred: number;
  bounced: number;
  first: Verdict;
  statuses: Map<string, number>;
  diagnostic: string;
}

interface DomainState {
  provider: string | null;
  counts: Counts;
  reasons: Map<Reason, ReasonState>;
  hosts: Map<string, number>;
  hostsOther: number;
  first: number | null;
  last: number | null;
  samples: Array<{ line: string; reason: Reason | null }>;
}

/**
 * Folds log lines, one at a time, into counts per recipient domain and reason. Lines that are
 * not a delivery attempt to a recipient (arrivals, queue removals, Postfix's separate lines
 * about a host, which repeat what the recipient's line says) only count as lines read.
 */
export class LogSummariser {
  private readonly classifier: LineClassifier;
  private readonly times: TimeReader;
  private readonly limits: Limits;
  private readonly domains = new Map<string, DomainState>();
  private readonly bounced = new Set<string>();
  private readonly totals = counts();
  private lines = 0;
  private deliveries = 0;
  private filtered = 0;
  private domainsOther = 0;
  private bouncedOther = 0;
  private first: number | null = null;
  private last: number | null = null;

  constructor(private readonly options: SummariserOptions = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.classifier = new LineClassifier(options.entries ?? [], this.limits.cache);
    this.times = new TimeReader(options.year ?? new Date().getFullYear());
  }

  /** One line, without its line end. */
  add(line: string): void {
    this.lines += 1;
    if (!mayBeDelivery(line)) return;
    const record = parseLogLine(line);
    if (!record || record.status === 'connection') return;

    const time = this.times.read(line);
    const domain = domainOf(record.recipient);
    if (!this.keeps(time, domain)) {
      this.filtered += 1;
      return;
    }
    this.deliveries += 1;
    this.totals[record.status] += 1;
    this.first = min(this.first, time);
    this.last = max(this.last, time);

    const state = this.domain(domain, record);
    if (state) this.fold(state, record as Delivery, line, time);
  }

  private keeps(time: number | null, domain: string): boolean {
    const since = this.options.since;
    if (since != null && (time === null || time < since)) return false;
    const wanted = this.options.domain?.toLowerCase();
    if (!wanted) return true;
    if (domain === wanted || domain.endsWith(`.${wanted}`)) return true;
    return !wanted.includes('.') && providerOf(domain) === wanted;
  }

  private domain(domain: string, record: LogRecord): DomainState | null {
    const known = this.domains.get(domain);
    if (known) return known;
    if (this.domains.size >= this.limits.domains) {
      this.domainsOther += 1;
      return null;
    }
    const state: DomainState = {
      provider: providerOf(domain) ?? providerOf(record.host),
      counts: counts(),
      reasons: new Map(),
      hosts: new Map(),
      hostsOther: 0,
      first: null,
      last: null,
      samples: [],
    };
    this.domains.set(detach(domain), state);
    return state;
  }

  private fold(state: DomainState, record: Delivery, line: string, time: number | null): void {
    state.counts[record.status] += 1;
    state.first = min(state.first, time);
    state.last = max(state.last, time);
    if (record.host) this.countHost(state, record.host);

    if (record.status === 'sent') {
      if (state.samples.length === 0) state.samples.push({ line: this.cut(line), reason: null });
      return;
    }
    const verdict = this.classifier.verdict(record);
    this.countReason(state, record, verdict);
    this.sample(state, line, verdict.reason);
    if (verdict.permanence === 'permanent' && record.recipient) this.addBounced(record.recipient);
  }

  private countHost(state: DomainState, host: string): void {
    const seen = state.hosts.get(host);
    if (seen !== undefined) state.hosts.set(host, seen + 1);
    else if (state.hosts.size < this.limits.hostsPerDomain) state.hosts.set(detach(host), 1);
    else state.hostsOther += 1;
  }

  private countReason(state: DomainState, record: LogRecord, verdict: Verdict): void {
    let reason = state.reasons.get(verdict.reason);
    if (!reason) {
      reason = {
        count: 0,
        deferred: 0,
        bounced: 0,
        first: verdict,
        statuses: new Map(),
        diagnostic: detach(record.diagnostic.slice(0, this.limits.sampleLength)),
      };
      state.reasons.set(verdict.reason, reason);
    }
    reason.count += 1;
    if (record.status === 'deferred') reason.deferred += 1;
    else reason.bounced += 1;
    const code = verdict.status;
    if (code === null) return;
    const seen = reason.statuses.get(code);
    if (seen !== undefined) reason.statuses.set(code, seen + 1);
    else if (reason.statuses.size < this.limits.statusesPerReason) {
      reason.statuses.set(detach(code), 1);
    }
  }

  /** Failures make better samples than deliveries, and two reasons better than one twice. */
  private sample(state: DomainState, line: string, reason: Reason): void {
    const samples = state.samples;
    if (samples.some((s) => s.reason === reason)) return;
    const delivered = samples.findIndex((s) => s.reason === null);
    if (delivered >= 0) samples.splice(delivered, 1);
    if (samples.length < 2) samples.push({ line: this.cut(line), reason });
  }

  private addBounced(address: string): void {
    const lower = address.toLowerCase();
    if (this.bounced.has(lower)) return;
    if (this.bounced.size >= this.limits.bounced) {
      this.bouncedOther += 1;
      return;
    }
    this.bounced.add(detach(lower));
  }

  private cut(line: string): string {
    return detach(line.slice(0, this.limits.sampleLength));
  }

  /** Entries held now, for checking that memory stays bounded. */
  stateSize() {
    let reasons = 0;
    let hosts = 0;
    for (const state of this.domains.values()) {
      reasons += state.reasons.size;
      hosts += state.hosts.size;
    }
    const { size: cache, hits, misses } = this.classifier;
    const bounced = this.bounced.size;
    return { domains: this.domains.size, reasons, hosts, bounced, cache, hits, misses };
  }

  summary(): LogSummary {
    const domains = [...this.domains].map(([name, state]) => domainSummary(name, state));
    domains.sort((a, b) => failures(b) - failures(a) || total(b) - total(a));
    return {
      lines: this.lines,
      deliveries: this.deliveries,
      filtered: this.filtered,
      totals: { ...this.totals },
      first: iso(this.first),
      last: iso(this.last),
      domains,
      domainsOther: this.domainsOther,
      bounced: [...this.bounced].sort(),
      bouncedOther: this.bouncedOther,
    };
  }
}

/**
 * Whether a line can be a delivery attempt at all: each MTA's recipient line has `: to=`
 * (Postfix, Sendmail) or a delivery flag between spaces (Exim). Most lines of a busy log are
 * neither, and this is much cheaper than the parser's expressions.
 */
function mayBeDelivery(line: string): boolean {
  return (
    line.includes(': to=') ||
    line.includes(' ** ') ||
    line.includes(' == ') ||
    line.includes(' => ') ||
    line.includes(' -> ')
  );
}

function domainSummary(domain: string, state: DomainState): DomainSummary {
  const reasons: ReasonSummary[] = [...state.reasons].map(([reason, r]) => ({
    reason,
    count: r.count,
    deferred: r.deferred,
    bounced: r.bounced,
    permanence: r.first.permanence,
    statuses: ranked(r.statuses).map(([code, count]) => ({ code, count })),
    diagnostic: r.diagnostic,
    faq: r.first.faq,
  }));
  reasons.sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return {
    domain,
    provider: state.provider,
    counts: { ...state.counts },
    reasons,
    hosts: ranked(state.hosts).map(([host, count]) => ({ host, count })),
    hostsOther: state.hostsOther,
    first: iso(state.first),
    last: iso(state.last),
    samples: state.samples.map((s) => s.line),
  };
}

function ranked(map: Map<string, number>): Array<[string, number]> {
  return [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function failures(d: DomainSummary): number {
  return d.counts.deferred + d.counts.bounced + d.counts.expired;
}

function total(d: DomainSummary): number {
  return failures(d) + d.counts.sent;
}

/** The part after the last `@`, lowercased; lines that name no recipient group together. */
function domainOf(recipient: string | null): string {
  const at = recipient?.lastIndexOf('@') ?? -1;
  if (!recipient || at < 0) return '(none)';
  return recipient
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '');
}

function counts(): Counts {
  return { sent: 0, deferred: 0, bounced: 0, expired: 0 };
}

function min(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function max(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function iso(time: number | null): string | null {
  return time === null ? null : new Date(time).toISOString();
}
