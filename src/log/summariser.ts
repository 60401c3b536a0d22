import { isHardBounce, parseLogLine, type LogRecord } from '../core/index.ts';
import { providerOf } from '../core/extract/provider.ts';
import type { KnowledgeEntry } from '../knowledge/types.ts';
import { LineClassifier } from './classify-line.ts';
import { detach } from './detach.ts';
import { DomainTally, counts, iso, max, min, type Delivery } from './domain-tally.ts';
import { TimeReader } from './timestamp.ts';
import type { DomainSummary, LogSummary } from './types.ts';

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

/**
 * Folds log lines, one at a time, into counts per recipient domain and reason. Lines that are
 * not a delivery attempt to a recipient (arrivals, queue removals, Postfix's separate lines
 * about a host, which repeat what the recipient's line says) only count as lines read.
 */
export class LogSummariser {
  private readonly classifier: LineClassifier;
  private readonly times: TimeReader;
  private readonly limits: Limits;
  private readonly domains = new Map<string, DomainTally>();
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
    if (!record || !isDelivery(record)) return;

    const time = this.times.read(line);
    // Sendmail names several recipients on one line: each counts as a delivery of its own
    if (record.recipients.length <= 1) this.addRecord(record, line, time);
    else
      for (const recipient of record.recipients)
        this.addRecord({ ...record, recipient }, line, time);
  }

  private addRecord(record: Delivery, line: string, time: number | null): void {
    const domain = domainOf(record.recipient);
    if (!this.keeps(time, domain)) {
      this.filtered += 1;
      return;
    }
    this.deliveries += 1;
    this.totals[record.status] += 1;
    this.first = min(this.first, time);
    this.last = max(this.last, time);

    const tally = this.domain(domain, record);
    if (!tally) return;
    if (record.status === 'sent') {
      tally.add(record, line, time, null);
      return;
    }
    const verdict = this.classifier.verdict(record);
    tally.add(record, line, time, verdict);
    // For list cleaning: the addresses that are wrong, not every 5xx (a full mailbox answered
    // 552 is worth trying again later).
    const wrongAddress = verdict.permanence === 'permanent' && isHardBounce(verdict.reason);
    if (wrongAddress && record.recipient) this.addBounced(record.recipient);
  }

  private keeps(time: number | null, domain: string): boolean {
    const since = this.options.since;
    if (since != null && (time === null || time < since)) return false;
    const wanted = this.options.domain?.toLowerCase();
    if (!wanted) return true;
    if (domain === wanted || domain.endsWith(`.${wanted}`)) return true;
    return !wanted.includes('.') && providerOf(domain) === wanted;
  }

  private domain(domain: string, record: LogRecord): DomainTally | null {
    const known = this.domains.get(domain);
    if (known) return known;
    if (this.domains.size >= this.limits.domains) {
      this.domainsOther += 1;
      return null;
    }
    const tally = new DomainTally(providerOf(domain) ?? providerOf(record.host), this.limits);
    this.domains.set(detach(domain), tally);
    return tally;
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

  /** Entries held now, for checking that memory stays bounded. */
  stateSize() {
    let reasons = 0;
    let hosts = 0;
    for (const tally of this.domains.values()) {
      reasons += tally.size.reasons;
      hosts += tally.size.hosts;
    }
    const { size: cache, hits, misses } = this.classifier;
    const bounced = this.bounced.size;
    return { domains: this.domains.size, reasons, hosts, bounced, cache, hits, misses };
  }

  summary(): LogSummary {
    const domains = [...this.domains].map(([name, tally]) => tally.summary(name));
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

/** A line about one delivery attempt, not about a host. */
function isDelivery(record: LogRecord): record is Delivery {
  return record.status !== 'connection';
}
