import { classify } from '../core/classify/classify.ts';
import { providerFor } from '../core/extract/provider.ts';
import { completeFacts } from '../core/facts.ts';
import type { LogRecord, RecipientReport } from '../core/index.ts';
import { toReport } from '../core/report.ts';
import { advise } from '../knowledge/advise.ts';
import type { KnowledgeEntry } from '../knowledge/types.ts';
import { detach } from './detach.ts';
import { maskDiagnostic } from './mask.ts';

/** What a failed line is classified as: the same for every line of the same masked text. */
export type Verdict = Pick<
  RecipientReport,
  'reason' | 'permanence' | 'status' | 'reply' | 'provider' | 'faq'
>;

/**
 * Classifies failed log lines with the core's classifier, remembering the verdict per masked
 * diagnostic, logged code, provider and host. A log repeats the same few texts thousands of
 * times; the cache is bounded so that a log of all-different texts cannot grow it without end.
 */
export class LineClassifier {
  private readonly cache = new Map<string, Verdict>();
  hits = 0;
  misses = 0;

  constructor(
    private readonly entries: readonly KnowledgeEntry[],
    private readonly capacity = 4096,
  ) {}

  get size(): number {
    return this.cache.size;
  }

  verdict(record: LogRecord): Verdict {
    const provider = providerFor(record.recipient, record.host);
    const key = `${record.status}|${record.dsn}|${provider}|${record.host}|${maskDiagnostic(record.diagnostic)}`;
    const cached = this.cache.get(key);
    if (cached) {
      this.hits += 1;
      // Moved to the end, so that eviction takes the least recently used.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }

    this.misses += 1;
    const verdict = this.decide(record);
    if (this.cache.size >= this.capacity) {
      // Maps iterate in insertion order: the first key is the least recently used.
      this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(detach(key), verdict);
    return verdict;
  }

  private decide(record: LogRecord): Verdict {
    const facts = completeFacts({
      recipient: record.recipient,
      diagnostic: record.diagnostic,
      status: record.dsn,
      remoteHost: record.host,
      action: record.status === 'deferred' ? 'delayed' : 'failed',
    });
    const report = toReport(facts, classify(facts), []);
    const faq = this.entries.length > 0 ? advise(report, this.entries) : [];
    const { reason, permanence, provider } = report;
    const status = report.status === null ? null : detach(report.status);
    const reply = report.reply === null ? null : detach(report.reply);
    return { reason, permanence, status, reply, provider, faq };
  }
}
