import { describe, expect, it } from 'vitest';
import { parseLogLine, parseQueueEnd } from '../../src/core/extract/log.ts';

describe('parseLogLine for Postfix', () => {
  it('reads a bounced line: recipient, relay, dsn and the words inside the parentheses', () => {
    const line =
      'Dec  3 10:15:02 mail postfix/smtp[12345]: 4F9D21A0123: to=<Kenji@example.jp>, ' +
      'relay=mx1.example.jp[192.0.2.10]:25, delay=1.2, dsn=5.1.1, status=bounced (host ' +
      'mx1.example.jp[192.0.2.10] said: 550 5.1.1 User unknown (in reply to RCPT TO command))';

    const record = parseLogLine(line);

    expect(record).toMatchObject({
      mta: 'postfix',
      status: 'bounced',
      recipient: 'kenji@example.jp',
      host: 'mx1.example.jp',
      dsn: '5.1.1',
      diagnostic:
        'host mx1.example.jp[192.0.2.10] said: 550 5.1.1 User unknown (in reply to RCPT TO command)',
    });
    expect(line.slice(record!.offset).startsWith('host mx1.example.jp')).toBe(true);
  });

  it('reads a deferred line from a submission service, naming the host its words name', () => {
    const line =
      'Dec  3 10:20:44 mail postfix/submission/smtp[9]: 5A1B2C3D4E: to=<taro@example.jp>, ' +
      'relay=none, delay=30, dsn=4.4.2, status=deferred (lost connection with ' +
      'mx.example.jp[192.0.2.1] while receiving the initial server greeting)';

    const record = parseLogLine(line);

    expect(record).toMatchObject({ status: 'deferred', host: 'mx.example.jp', dsn: '4.4.2' });
    expect(record?.diagnostic).toBe(
      'lost connection with mx.example.jp[192.0.2.1] while receiving the initial server greeting',
    );
  });

  it("reads Postfix's lines about a host that name no recipient", () => {
    const refused = parseLogLine(
      'Dec  3 10:22:00 mail postfix/smtp[12348]: connect to mx.example.net[198.51.100.20]:25: ' +
        'Connection refused',
    );
    const timedOut = parseLogLine(
      'Dec  3 10:22:30 mail postfix/smtp[12348]: 6B2C3D4E5F: conversation with ' +
        'mx.example.net[198.51.100.20] timed out while sending RCPT TO',
    );

    expect(refused).toMatchObject({
      status: 'connection',
      recipient: null,
      host: 'mx.example.net',
    });
    expect(refused?.diagnostic).toContain('Connection refused');
    expect(timedOut).toMatchObject({ status: 'connection', host: 'mx.example.net' });
  });

  it('reads a sent line as sent', () => {
    const record = parseLogLine(
      'Dec  3 10:15:03 mail postfix/smtp[12349]: 8D9E0F1A2B: to=<ok@example.com>, ' +
        'relay=mx.example.com[192.0.2.5]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok)',
    );

    expect(record?.status).toBe('sent');
  });
});

describe('parseLogLine for Sendmail', () => {
  it('reads stat=, dsn= and the relay', () => {
    const line =
      'Dec  3 11:00:03 relay sendmail[4321]: 5B31F0aB012345: to=<yuki@example.net>, ' +
      'delay=00:00:02, mailer=esmtp, pri=120000, relay=mx.example.net. [198.51.100.25], ' +
      'dsn=5.1.1, stat=User unknown';

    const record = parseLogLine(line);

    expect(record).toMatchObject({
      mta: 'sendmail',
      status: 'bounced',
      recipient: 'yuki@example.net',
      dsn: '5.1.1',
      diagnostic: 'User unknown',
    });
    expect(line.slice(record!.offset)).toBe('User unknown');
  });

  it('reads the relay host without the dot Sendmail writes after it', () => {
    const record = parseLogLine(
      'Dec  3 11:00:03 relay sendmail[4321]: 5B31F0aB012345: to=<yuki@example.net>, ' +
        'relay=mx.example.net. [198.51.100.25], dsn=5.1.1, stat=User unknown',
    );

    expect(record?.host).toBe('mx.example.net');
  });

  it('reads a Deferred stat as deferred, with every recipient of the line', () => {
    const record = parseLogLine(
      'Dec  3 11:05:00 relay sendmail[4322]: 5B31F0aB012346: to=<ken@example.org>,<mai@example.org>, ' +
        'delay=00:05:00, mailer=esmtp, dsn=4.0.0, stat=Deferred: Connection timed out with mx.example.org.',
    );

    expect(record).toMatchObject({
      status: 'deferred',
      recipient: 'ken@example.org',
      recipients: ['ken@example.org', 'mai@example.org'],
      dsn: '4.0.0',
    });
  });

  it('reads stat= right after the recipients, and a recipient written without brackets', () => {
    const line =
      'Dec  3 11:00:03 relay sm-mta[4321]: 5B31F0aB012345: to=yuki@example.net, stat=Sent';

    const record = parseLogLine(line);

    expect(record).toMatchObject({ status: 'sent', recipients: ['yuki@example.net'] });
    expect(line.slice(record!.offset)).toBe('Sent');
  });
});

describe('parseLogLine for Exim', () => {
  it('reads a ** line as bounced, with H= as the host and the words after the colon', () => {
    const line =
      '2026-12-03 12:00:00 1tAbCd-000Xyz-9Q ** akira@example.net R=dnslookup T=remote_smtp ' +
      'H=mx.example.net [198.51.100.25]: SMTP error from remote mail server after RCPT ' +
      'TO:<akira@example.net>: 550 5.1.1 User unknown';

    const record = parseLogLine(line);

    expect(record).toMatchObject({
      mta: 'exim',
      status: 'bounced',
      recipient: 'akira@example.net',
      host: 'mx.example.net',
    });
    expect(record?.diagnostic.startsWith('SMTP error from remote mail server after RCPT')).toBe(
      true,
    );
    expect(line.slice(record!.offset).startsWith('SMTP error')).toBe(true);
  });

  it('reads a == line as deferred and keeps the words of defer (…)', () => {
    const record = parseLogLine(
      '2026-12-03 12:20:00 1tAbCf-000Xyz-2B == ren@example.org R=dnslookup T=remote_smtp ' +
        'defer (111): Connection refused',
    );

    expect(record).toMatchObject({ status: 'deferred', recipient: 'ren@example.org' });
    expect(record?.diagnostic).toBe('Connection refused');
  });

  it('reads a => line as sent', () => {
    const record = parseLogLine(
      '2026-12-03 12:30:00 1tAbCg-000Xyz-3C => ok@example.com R=dnslookup T=remote_smtp ' +
        'H=mx.example.com [192.0.2.5] C="250 2.0.0 Ok"',
    );

    expect(record?.status).toBe('sent');
  });
});

describe('parseLogLine on other lines', () => {
  it.each([
    ['Dec  3 10:15:02 mail postfix/qmgr[99]: 4F9D21A0123: removed'],
    ['Dec  3 10:15:02 mail dovecot: imap-login: Login: user=<a@example.jp>'],
    ['550 5.1.1 User unknown'],
    [''],
  ])('reads nothing from %j', (line) => {
    expect(parseLogLine(line)).toBeNull();
  });

  it('reads nothing from a line longer than 64 KB instead of scanning it', () => {
    const line = `postfix/smtp[1]: A1: to=<a@example.jp>, ${'x'.repeat(70_000)}, status=bounced (x)`;

    expect(parseLogLine(line)).toBeNull();
  });
});

describe('parseQueueEnd', () => {
  it("reads the queue id of a message Postfix's queue manager gave up", () => {
    const line =
      'Dec  8 09:00:02 mx postfix/qmgr[812]: 4F9D2A: from=<news@example.com>, status=expired, ' +
      'returned to sender';

    expect(parseQueueEnd(line)).toEqual({ queue: '4F9D2A', expired: true });
  });

  it('reads the queue id of a message removed from the queue', () => {
    expect(parseQueueEnd('Dec  8 09:00:02 mx postfix/qmgr[812]: 4F9D2A: removed')).toEqual({
      queue: '4F9D2A',
      expired: false,
    });
  });

  it('reads nothing in a delivery line', () => {
    const line =
      'Dec  3 09:00:01 mx postfix/smtp[1]: A1B2C3: to=<taro@example.jp>, status=sent (250 ok)';

    expect(parseQueueEnd(line)).toBeNull();
  });
});
