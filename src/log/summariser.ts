import { isHardBounce, parseLogLine, parseQueueEnd, type LogRecord } from '../core/index.ts';
import { providerOf } from '../core/extract/provider.ts';
import type { KnowledgeEntry } from '../knowledge/types.ts';
import { LineClassifier, type Verdict } from './classify-line.ts';
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
  /**
   * Messages whose deferred recipients are remembered until Postfix delivers, bounces or gives
   * them up; past this the oldest is forgotten and its expiry, should it come, is not counted.
   */
  pending: number;
}

export const DEFAULT_LIMITS: Limits = {
  domains: 10_000,
  hostsPerDomain: 16,
  statusesPerReason: 8,
  bounced: 100_000,
  sampleLength: 1000,
  cache: 4096,
  pending: 10_000,
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
  /** Deferred recipients by queue id, with their last deferral's verdict, for Postfix's expiries. */
  private readonly pending = new Map<string, Map<string, Verdict>>();
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
    if (!mayBeDelivery(line)) {
      // with nothing deferred, a message leaving the queue changes nothing
      if (this.pending.size > 0 && mayEndQueue(line)) this.endQueue(line);
      return;
    }
    const record = parseLogLine(line);
    if (!record || !isDelivery(record)) return;

    const time = this.times.read(line);
    // Sendmail names several recipients on one line: each counts as a delivery of its own
    if (record.recipients.length <= 1) {
      const verdict = this.addRecord(record, line, time);
      if (record.mta === 'postfix') this.track(record, verdict);
    } else
      for (const recipient of record.recipients)
        this.addRecord({ ...record, recipient }, line, time);
  }

  /**
   * Keeps the verdict on each deferred recipient's last deferral until its message leaves the
   * queue. Only the recipient is copied: the verdict is the classifier's own.
   */
  private track(record: Delivery, verdict: Verdict | null): void {
    if (!record.queue || !record.recipient) return;
    if (record.status !== 'deferred') {
      if (this.pending.size === 0) return;
      const recipients = this.pending.get(record.queue);
      recipients?.delete(record.recipient);
      if (recipients?.size === 0) this.pending.delete(record.queue);
      return;
    }
    // left out by --since or --domain
    if (!verdict) return;
    let recipients = this.pending.get(record.queue);
    if (!recipients) {
      if (this.pending.size >= this.limits.pending) {
        this.pending.delete(this.pending.keys().next().value!);
      }
      recipients = new Map();
      this.pending.set(detach(record.queue), recipients);
    }
    if (recipients.has(record.recipient)) recipients.set(record.recipient, verdict);
    else recipients.set(detach(record.recipient), verdict);
  }

  /** Postfix gave a message up: its recipients still deferred count as expired. */
  private endQueue(line: string): void {
    const end = parseQueueEnd(line);
    if (!end) return;
    const recipients = this.pending.get(end.queue);
    this.pending.delete(end.queue);
    if (!end.expired || !recipients) return;
    const time = this.times.read(line);
    for (const [recipient, verdict] of recipients) {
      const record: Delivery = {
        ...EXPIRED,
        recipient,
        recipients: [recipient],
        queue: end.queue,
      };
      this.addRecord(record, line, time, verdict);
    }
  }

  /** Counts one recipient's line; the verdict on it, or null for a delivery or a line left out. */
  private addRecord(
    record: Delivery,
    line: string,
    time: number | null,
    known?: Verdict,
  ): Verdict | null {
    const domain = domainOf(record.recipient);
    if (!this.keeps(time, domain)) {
      this.filtered += 1;
      return null;
    }
    this.deliveries += 1;
    this.totals[record.status] += 1;
    this.first = min(this.first, time);
    this.last = max(this.last, time);

    const tally = this.domain(domain, record);
    if (!tally) return null;
    if (record.status === 'sent') {
      tally.add(record, line, time, null);
      return null;
    }
    const verdict = known ?? this.classifier.verdict(record);
    tally.add(record, line, time, verdict);
    // For list cleaning: the addresses that are wrong, not every 5xx (a full mailbox answered
    // 552 is worth trying again later).
    const wrongAddress = verdict.permanence === 'permanent' && isHardBounce(verdict.reason);
    if (wrongAddress && record.recipient) this.addBounced(record.recipient);
    return verdict;
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
    const pending = this.pending.size;
    return { domains: this.domains.size, reasons, hosts, bounced, cache, hits, misses, pending };
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

/** Postfix's lines for a message given up or removed, told by their end; see parseQueueEnd. */
function mayEndQueue(line: string): boolean {
  return line.endsWith(': removed') || line.endsWith(', returned to sender');
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

/** A recipient of a message Postfix gave up: the words were on its last deferral. */
const EXPIRED = {
  mta: 'postfix',
  status: 'expired',
  host: null,
  dsn: null,
  diagnostic: '',
  offset: 0,
} as const;

/** A line about one delivery attempt, not about a host. */
function isDelivery(record: LogRecord): record is Delivery {
  return record.status !== 'connection';
}
