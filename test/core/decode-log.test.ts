import { describe, expect, it } from 'vitest';
import { decode } from '../../src/core/index.ts';
import { expectEvidenceInText, expectReport } from './helpers.ts';

const POSTFIX_BOUNCED =
  'Dec  3 10:15:02 mail postfix/smtp[12345]: 4F9D21A0123: to=<kenji@example.jp>, ' +
  'relay=mx1.example.jp[192.0.2.10]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=5.1.1, ' +
  'status=bounced (host mx1.example.jp[192.0.2.10] said: 550 5.1.1 <kenji@example.jp>: ' +
  'Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))';

const POSTFIX_LOST =
  'Dec  3 10:20:44 mail postfix/smtp[12346]: 5A1B2C3D4E: to=<taro@example.jp>, relay=none, ' +
  'delay=30, delays=0.01/0/30/0, dsn=4.4.2, status=deferred (lost connection with ' +
  'mx.example.jp[192.0.2.1] while receiving the initial server greeting)';

const POSTFIX_TIMED_OUT =
  'Dec  3 10:21:10 mail postfix/smtp[12347]: 6B2C3D4E5F: to=<aya@example.net>, relay=none, ' +
  'delay=300, delays=0.01/0/300/0, dsn=4.4.2, status=deferred (conversation with ' +
  'mx.example.net[198.51.100.20] timed out while receiving the initial server greeting)';

const POSTFIX_REFUSED =
  'Dec  3 10:22:00 mail postfix/smtp[12348]: connect to mx.example.net[198.51.100.20]:25: ' +
  'Connection refused';

const POSTFIX_AU_QUOTA =
  'Dec  3 16:00:05 mail postfix/smtp[22001]: 7C3D4E5F6A: to=<taro.k@ezweb.ne.jp>, ' +
  'relay=lsean.ezweb.ne.jp[198.51.100.50]:25, delay=2, delays=0.1/0/0.9/1, dsn=4.2.2, ' +
  'status=deferred (host lsean.ezweb.ne.jp[198.51.100.50] said: 452 4.2.2 <taro.k@ezweb.ne.jp>: ' +
  'Mailbox full (in reply to RCPT TO command))';

const SENDMAIL_BOUNCED =
  'Dec  3 11:00:03 relay sendmail[4321]: 5B31F0aB012345: to=<yuki@example.net>, ' +
  'ctladdr=<sender@example.com> (1000/1000), delay=00:00:02, xdelay=00:00:01, mailer=esmtp, ' +
  'pri=120000, relay=mx.example.net. [198.51.100.25], dsn=5.1.1, stat=User unknown';

const SENDMAIL_DEFERRED =
  'Dec  3 11:05:00 relay sendmail[4322]: 5B31F0aB012346: to=<ken@example.org>, delay=00:05:00, ' +
  'xdelay=00:05:00, mailer=esmtp, pri=120000, relay=mx.example.org. [198.51.100.31], ' +
  'dsn=4.0.0, stat=Deferred: Connection timed out with mx.example.org.';

const EXIM_BOUNCED =
  '2026-12-03 12:00:00 1tAbCd-000Xyz-9Q ** akira@example.net R=dnslookup T=remote_smtp ' +
  'H=mx.example.net [198.51.100.25] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: ' +
  'SMTP error from remote mail server after RCPT TO:<akira@example.net>: ' +
  '550 5.1.1 <akira@example.net>: Recipient address rejected: User unknown';

const EXIM_DEFERRED =
  '2026-12-03 12:10:00 1tAbCe-000Xyz-1A == mika@example.org R=dnslookup T=remote_smtp ' +
  'defer (-44) H=mx.example.org [198.51.100.31]: SMTP error from remote mail server after ' +
  'RCPT TO:<mika@example.org>: 452 4.2.2 <mika@example.org>: Mailbox full';

const EXIM_REFUSED =
  '2026-12-03 12:20:00 1tAbCf-000Xyz-2B == ren@example.org R=dnslookup T=remote_smtp ' +
  'defer (111): Connection refused';

/**
 * A refused connection is a network fault or a host refusing a sender it blocks; Sisimai reads a
 * deferral with no telling words as `expired`.
 */
const REFUSED_REASONS = ['networkerror', 'blocked', 'expired'] as const;

describe('decoding MTA log lines', () => {
  it('reads a Postfix bounce with its dsn and relay', async () => {
    const result = await decode(POSTFIX_BOUNCED);

    expect(result.kind).toBe('log');
    expectReport(result.recipients[0], {
      recipient: 'kenji@example.jp',
      reason: 'userunknown',
      status: '5.1.1',
      reply: '550',
      command: 'RCPT',
      remoteHost: 'mx1.example.jp',
      permanence: 'permanent',
      action: 'failed',
    });
    expectEvidenceInText(result);
  });

  it('reads a Postfix deferral for a lost connection at the greeting', async () => {
    const result = await decode(POSTFIX_LOST);

    expect(result.kind).toBe('log');
    expectReport(result.recipients[0], {
      recipient: 'taro@example.jp',
      reason: 'networkerror',
      status: '4.4.2',
      reply: null,
      command: 'CONN',
      remoteHost: 'mx.example.jp',
      permanence: 'transient',
      action: 'delayed',
    });
    expectEvidenceInText(result);
  });

  it('reads a Postfix deferral for a conversation that timed out', async () => {
    const result = await decode(POSTFIX_TIMED_OUT);

    expectReport(result.recipients[0], {
      recipient: 'aya@example.net',
      reason: ['networkerror', 'expired'],
      status: '4.4.2',
      remoteHost: 'mx.example.net',
      permanence: 'transient',
    });
  });

  it("reads Postfix's line about a refused connection, which names no recipient", async () => {
    const result = await decode(POSTFIX_REFUSED);

    expect(result.kind).toBe('log');
    expectReport(result.recipients[0], {
      recipient: null,
      reason: REFUSED_REASONS,
      command: 'CONN',
      remoteHost: 'mx.example.net',
      permanence: 'transient',
    });
  });

  it('reads a deferral by au as a full mailbox and names the provider', async () => {
    const result = await decode(POSTFIX_AU_QUOTA);

    expectReport(result.recipients[0], {
      recipient: 'taro.k@ezweb.ne.jp',
      reason: 'mailboxfull',
      status: '4.2.2',
      reply: '452',
      command: 'RCPT',
      provider: 'au',
      permanence: 'transient',
    });
  });

  it('reads a Sendmail bounce from its stat and dsn', async () => {
    const result = await decode(SENDMAIL_BOUNCED);

    expect(result.kind).toBe('log');
    expectReport(result.recipients[0], {
      recipient: 'yuki@example.net',
      reason: 'userunknown',
      status: '5.1.1',
      remoteHost: 'mx.example.net',
      permanence: 'permanent',
      action: 'failed',
    });
    expectEvidenceInText(result);
  });

  it('reports each recipient of a Sendmail line that names several', async () => {
    const line = SENDMAIL_BOUNCED.replace(
      'to=<yuki@example.net>,',
      'to=<yuki@example.net>,<sora@example.net>,',
    );

    const result = await decode(line);

    expect(result.recipients.map((r) => [r.recipient, r.reason])).toEqual([
      ['yuki@example.net', 'userunknown'],
      ['sora@example.net', 'userunknown'],
    ]);
    expectEvidenceInText(result);
  });

  it('reads a Sendmail deferral as transient', async () => {
    const result = await decode(SENDMAIL_DEFERRED);

    expectReport(result.recipients[0], {
      recipient: 'ken@example.org',
      reason: ['networkerror', 'expired'],
      permanence: 'transient',
      action: 'delayed',
    });
  });

  it('reads an Exim ** bounce', async () => {
    const result = await decode(EXIM_BOUNCED);

    expect(result.kind).toBe('log');
    expectReport(result.recipients[0], {
      recipient: 'akira@example.net',
      reason: 'userunknown',
      status: '5.1.1',
      reply: '550',
      command: 'RCPT',
      remoteHost: 'mx.example.net',
      permanence: 'permanent',
    });
    expectEvidenceInText(result);
  });

  it('reads an Exim == deferral with defer (-44)', async () => {
    const result = await decode(EXIM_DEFERRED);

    expectReport(result.recipients[0], {
      recipient: 'mika@example.org',
      reason: 'mailboxfull',
      status: '4.2.2',
      reply: '452',
      command: 'RCPT',
      remoteHost: 'mx.example.org',
      permanence: 'transient',
    });
  });

  it('reads an Exim == deferral for a refused connection', async () => {
    const result = await decode(EXIM_REFUSED);

    expectReport(result.recipients[0], {
      recipient: 'ren@example.org',
      reason: REFUSED_REASONS,
      permanence: 'transient',
    });
  });

  it('reads one report per failed line of a pasted log and skips deliveries', async () => {
    const delivered =
      'Dec  3 10:15:03 mail postfix/smtp[12349]: 8D9E0F1A2B: to=<ok@example.com>, ' +
      'relay=mx.example.com[192.0.2.5]:25, delay=0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok)';
    const input = [POSTFIX_BOUNCED, delivered, EXIM_BOUNCED, SENDMAIL_BOUNCED].join('\n');

    const result = await decode(input);

    expect(result.kind).toBe('log');
    expect(result.recipients.map((r) => r.recipient)).toEqual([
      'kenji@example.jp',
      'akira@example.net',
      'yuki@example.net',
    ]);
    expectEvidenceInText(result);
  });

  it('points the evidence of each log line into that line', async () => {
    const input = [POSTFIX_BOUNCED, EXIM_BOUNCED].join('\r\n');

    const result = await decode(input);

    const second = result.recipients[1];
    const secondStart = POSTFIX_BOUNCED.length + 2;
    expect(second?.evidence.length).toBeGreaterThan(0);
    for (const e of second?.evidence ?? []) expect(e.start).toBeGreaterThanOrEqual(secondStart);
  });
});
