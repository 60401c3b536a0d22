import { describe, expect, it } from 'vitest';
import { summariseLines } from '../../src/log/index.ts';
import type { LogSummary } from '../../src/log/index.ts';
import { builtEntries, generated } from './helpers.ts';

const FORMATS = ['postfix', 'sendmail', 'exim', 'mixed'] as const;

function domain(summary: LogSummary, name: string) {
  const found = summary.domains.find((d) => d.domain === name);
  if (!found) throw new Error(`no domain ${name} in the summary`);
  return found;
}

describe.each(FORMATS)('a generated %s log', (format) => {
  const { text, truth } = generated(format, 400_000);
  const summary = summariseLines(text, [], { year: 2026 });

  it('is summarised with the sent, deferred and bounced counts the generator wrote', () => {
    expect(summary.lines).toBe(truth.lines);
    expect(summary.totals).toEqual({ ...truth.totals, expired: 0 });
    for (const [name, counts] of Object.entries(truth.domains)) {
      const { sent, deferred, bounced } = domain(summary, name).counts;
      expect({ name, sent, deferred, bounced }).toEqual({
        name,
        sent: counts.sent,
        deferred: counts.deferred,
        bounced: counts.bounced,
      });
    }
    expect(summary.domains).toHaveLength(Object.keys(truth.domains).length);
  });

  it('lists exactly the unknown users as permanently bounced addresses', () => {
    expect(summary.bounced).toEqual(truth.permanent);
    expect(summary.bouncedOther).toBe(0);
  });

  it('gives every unknown-user bounce the reason userunknown, in every domain', () => {
    for (const [name, counts] of Object.entries(truth.domains)) {
      const found = domain(summary, name).reasons.find((r) => r.reason === 'userunknown');
      expect(found?.count ?? 0, name).toBe(counts.outcomes['unknown-user'] ?? 0);
    }
  });

  it('names the carrier, the remote host, the time span and a sample line of each domain', () => {
    const au = domain(summary, 'ezweb.ne.jp');

    expect(au.provider).toBe('au');
    expect(au.hosts[0]?.host).toBe('lsean.ezweb.ne.jp');
    expect(au.first! <= au.last!).toBe(true);
    expect(au.first!.startsWith('2026-11-')).toBe(true);
    expect(au.samples.length).toBeGreaterThan(0);
    expect(text).toContain(au.samples[0]);
  });
});

describe('summariseLines', () => {
  it('advises au answers on resets and timeouts to ezweb.ne.jp', () => {
    const { text } = generated('postfix', 200_000, 3);

    const summary = summariseLines(text, builtEntries(), { year: 2026 });

    const au = summary.domains.find((d) => d.domain === 'ezweb.ne.jp')!;
    const network = au.reasons.find((r) => r.reason === 'networkerror')!;
    expect(network.faq[0]).toMatch(/^au-/);
    const unknown = au.reasons.find((r) => r.reason === 'userunknown')!;
    expect(unknown.faq).toContain('au-list-cleanup');
    expect(unknown.permanence).toBe('permanent');
  });

  it('groups pasted lines with CRLF or lone CR line ends by domain', () => {
    const pasted = [
      'Dec  3 09:00:01 mx postfix/smtp[1]: A1B2C3: to=<taro@ezweb.ne.jp>, relay=lsean.ezweb.ne.jp[192.0.2.1]:25, dsn=4.4.2, status=deferred (lost connection with lsean.ezweb.ne.jp[192.0.2.1] while receiving the initial server greeting)',
      'Dec  3 09:00:02 mx postfix/smtp[1]: A1B2C4: to=<hanako@ezweb.ne.jp>, relay=lsean.ezweb.ne.jp[192.0.2.1]:25, dsn=4.4.2, status=deferred (lost connection with lsean.ezweb.ne.jp[192.0.2.1] while receiving the initial server greeting)',
      'Dec  3 09:00:03 mx postfix/smtp[1]: A1B2C5: to=<jiro@gmail.com>, relay=gmail-smtp-in.l.google.com[192.0.2.9]:25, dsn=5.1.1, status=bounced (host gmail-smtp-in.l.google.com[192.0.2.9] said: 550 5.1.1 The email account that you tried to reach does not exist (in reply to RCPT TO command))',
    ];

    const summary = summariseLines(`${pasted[0]}\r\n${pasted[1]}\r${pasted[2]}`, [], {
      year: 2026,
    });

    expect(summary.domains.map((d) => [d.domain, d.counts.deferred, d.counts.bounced])).toEqual([
      ['ezweb.ne.jp', 2, 0],
      ['gmail.com', 0, 1],
    ]);
    expect(summary.bounced).toEqual(['jiro@gmail.com']);
    expect(summary.domains[0]!.samples[0]).toBe(pasted[0]);
  });

  it('counts each recipient of a Sendmail line that names several', () => {
    const line =
      'Dec  3 11:00:03 relay sendmail[4321]: 5B31F0aB012345: to=<yuki@example.net>,<sora@example.net>, ' +
      'delay=00:00:02, mailer=esmtp, relay=mx.example.net. [198.51.100.25], dsn=5.1.1, stat=User unknown';

    const summary = summariseLines(line, [], { year: 2026 });

    expect(summary.deliveries).toBe(2);
    expect(summary.domains.map((d) => [d.domain, d.counts.bounced])).toEqual([['example.net', 2]]);
    expect(summary.bounced).toEqual(['sora@example.net', 'yuki@example.net']);
  });

  it('counts the recipients still deferred when Postfix gives their message up', () => {
    const deferred = (queue: string, user: string) =>
      `Dec  3 09:00:01 mx postfix/smtp[1]: ${queue}: to=<${user}@ezweb.ne.jp>, ` +
      'relay=lsean.ezweb.ne.jp[192.0.2.1]:25, dsn=4.4.2, status=deferred (lost connection with ' +
      'lsean.ezweb.ne.jp[192.0.2.1] while receiving the initial server greeting)';
    const lines = [
      deferred('A1B2C3', 'taro'),
      deferred('A1B2C3', 'hanako'),
      deferred('D4E5F6', 'jiro'),
      'Dec  3 10:00:00 mx postfix/smtp[1]: A1B2C3: to=<hanako@ezweb.ne.jp>, ' +
        'relay=lsean.ezweb.ne.jp[192.0.2.1]:25, dsn=2.0.0, status=sent (250 ok)',
      'Dec  3 11:00:00 mx postfix/qmgr[2]: D4E5F6: removed',
      'Dec  8 09:00:02 mx postfix/qmgr[2]: A1B2C3: from=<news@example.com>, status=expired, ' +
        'returned to sender',
      'Dec  8 09:00:03 mx postfix/qmgr[2]: D4E5F6: from=<news@example.com>, status=expired, ' +
        'returned to sender',
    ];

    const summary = summariseLines(lines.join('\n'), [], { year: 2026 });

    expect(summary.totals).toMatchObject({ deferred: 3, sent: 1, expired: 1 });
    const au = domain(summary, 'ezweb.ne.jp');
    expect(au.counts.expired).toBe(1);
    expect(au.reasons.map((r) => [r.reason, r.count])).toEqual([['networkerror', 4]]);
    expect(summary.last).toBe('2026-12-08T09:00:02.000Z');
  });

  it('finds no delivery in text that is not a log', () => {
    const summary = summariseLines('550 5.1.1 <a@example.com>: User unknown\n', []);

    expect(summary.deliveries).toBe(0);
    expect(summary.domains).toEqual([]);
    expect(summary.lines).toBe(1);
  });
});
