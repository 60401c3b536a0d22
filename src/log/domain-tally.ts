import type { LogRecord, Reason } from '../core/index.ts';
import type { Verdict } from './classify-line.ts';
import { detach } from './detach.ts';
import type { Counts, DomainSummary, ReasonSummary } from './types.ts';

/** Caps on one domain's tally; see `Limits` in summariser.ts. */
export interface DomainLimits {
  hostsPerDomain: number;
  statusesPerReason: number;
  sampleLength: number;
}

/** A log record about a recipient, not about a host. */
export type Delivery = LogRecord & { status: keyof Counts };

interface ReasonTally {
  count: number;
  deferred: number;
  bounced: number;
  first: Verdict;
  statuses: Map<string, number>;
  diagnostic: string;
}

/** What one recipient domain's lines add up to, in memory bounded by the limits. */
export class DomainTally {
  readonly counts = counts();
  private readonly reasons = new Map<Reason, ReasonTally>();
  private readonly hosts = new Map<string, number>();
  private hostsOther = 0;
  private first: number | null = null;
  private last: number | null = null;
  private readonly samples: Array<{ line: string; reason: Reason | null }> = [];

  constructor(
    private readonly provider: string | null,
    private readonly limits: DomainLimits,
  ) {}

  /** One delivery line; `verdict` is null for a delivery that did not fail. */
  add(record: Delivery, line: string, time: number | null, verdict: Verdict | null): void {
    this.counts[record.status] += 1;
    this.first = min(this.first, time);
    this.last = max(this.last, time);
    if (record.host) this.countHost(record.host);

    if (verdict === null) {
      if (this.samples.length === 0) this.samples.push({ line: this.cut(line), reason: null });
      return;
    }
    this.countReason(record, verdict);
    this.sample(line, verdict.reason);
  }

  get size(): { reasons: number; hosts: number } {
    return { reasons: this.reasons.size, hosts: this.hosts.size };
  }

  private countHost(host: string): void {
    const seen = this.hosts.get(host);
    if (seen !== undefined) this.hosts.set(host, seen + 1);
    else if (this.hosts.size < this.limits.hostsPerDomain) this.hosts.set(detach(host), 1);
    else this.hostsOther += 1;
  }

  private countReason(record: Delivery, verdict: Verdict): void {
    let reason = this.reasons.get(verdict.reason);
    if (!reason) {
      const diagnostic = detach(record.diagnostic.slice(0, this.limits.sampleLength));
      reason = {
        count: 0,
        deferred: 0,
        bounced: 0,
        first: verdict,
        statuses: new Map(),
        diagnostic,
      };
      this.reasons.set(verdict.reason, reason);
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
  private sample(line: string, reason: Reason): void {
    if (this.samples.some((s) => s.reason === reason)) return;
    const delivered = this.samples.findIndex((s) => s.reason === null);
    if (delivered >= 0) this.samples.splice(delivered, 1);
    if (this.samples.length < 2) this.samples.push({ line: this.cut(line), reason });
  }

  private cut(line: string): string {
    return detach(line.slice(0, this.limits.sampleLength));
  }

  summary(domain: string): DomainSummary {
    const reasons: ReasonSummary[] = [...this.reasons].map(([reason, r]) => ({
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
      provider: this.provider,
      counts: { ...this.counts },
      reasons,
      hosts: ranked(this.hosts).map(([host, count]) => ({ host, count })),
      hostsOther: this.hostsOther,
      first: iso(this.first),
      last: iso(this.last),
      samples: this.samples.map((s) => s.line),
    };
  }
}

function ranked(map: Map<string, number>): Array<[string, number]> {
  return [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function counts(): Counts {
  return { sent: 0, deferred: 0, bounced: 0, expired: 0 };
}

export function min(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

export function max(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

export function iso(time: number | null): string | null {
  return time === null ? null : new Date(time).toISOString();
}
