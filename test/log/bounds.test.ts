import { describe, expect, it } from 'vitest';
import { LogSummariser } from '../../src/log/index.ts';
import { generated } from './helpers.ts';

function deferral(i: number, domain: string): string {
  const ip = `192.0.${(i >> 8) & 255}.${i & 255}`;
  const id = `Q${(i * 7919).toString(16).padStart(10, '0').toUpperCase()}`;
  return (
    `Dec  3 09:${String(i % 60).padStart(2, '0')}:00 mx postfix/smtp[${i}]: Q${i}X: ` +
    `to=<user${i}@${domain}>, relay=mx.${domain}[${ip}]:25, dsn=4.2.2, status=deferred ` +
    `(host mx.${domain}[${ip}] said: 452 4.2.2 <user${i}@${domain}>: Mailbox full ` +
    `(queue id ${id}) (in reply to RCPT TO command))`
  );
}

function unknownUser(i: number, domain: string): string {
  return (
    `Dec  3 10:00:00 mx postfix/smtp[1]: Q${i}Y: to=<gone${i}@${domain}>, relay=mx.${domain}` +
    `[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.${domain}[192.0.2.1] said: 550 5.1.1 ` +
    `<gone${i}@${domain}>: User unknown (in reply to RCPT TO command))`
  );
}

describe('the summariser state', () => {
  it('holds one verdict for deferrals that differ only in address, IP address and ids', () => {
    const summariser = new LogSummariser({ year: 2026 });

    for (let i = 0; i < 20_000; i++) summariser.add(deferral(i, 'ezweb.ne.jp'));

    const size = summariser.stateSize();
    expect(size.domains).toBe(1);
    expect(size.reasons).toBe(1);
    expect(size.cache).toBe(1);
    expect(size.hits).toBe(19_999);
  });

  it('stays within its caps however many domains and addresses the log names', () => {
    const limits = { domains: 50, bounced: 300, hostsPerDomain: 4, cache: 64, pending: 100 };
    const summariser = new LogSummariser({ year: 2026, limits });

    for (let i = 0; i < 20_000; i++) {
      summariser.add(deferral(i, `d${i % 500}.example`));
      summariser.add(unknownUser(i, `d${i % 700}.example`));
    }

    const size = summariser.stateSize();
    expect(size.domains).toBe(50);
    expect(size.hosts).toBeLessThanOrEqual(50 * 4);
    expect(size.bounced).toBe(300);
    expect(size.cache).toBeLessThanOrEqual(64);
    expect(size.pending).toBe(100);
    const summary = summariser.summary();
    expect(summary.totals.deferred + summary.totals.bounced).toBe(40_000);
    expect(summary.domainsOther).toBeGreaterThan(0);
    expect(summary.bounced).toHaveLength(300);
    expect(summary.bouncedOther).toBeGreaterThan(0);
  });

  it('gives the same reasons with a cache of one entry as with the default cache', () => {
    const { text } = generated('mixed', 300_000, 11);
    const reasons = (cache?: number) => {
      const summariser = new LogSummariser({ year: 2026, limits: cache ? { cache } : {} });
      for (const line of text.split('\n')) summariser.add(line);
      const summary = summariser.summary();
      return summary.domains.map((d) => [d.domain, d.reasons.map((r) => [r.reason, r.count])]);
    };

    expect(reasons(1)).toEqual(reasons());
  });
});
