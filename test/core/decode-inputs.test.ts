import { describe, expect, it } from 'vitest';
import { decode } from '../../src/core/index.ts';
import { expectEvidenceInText, expectReport } from './helpers.ts';

/** The notification of a Postfix bounce as a webmail shows it: the body, no header. */
const WEBMAIL_POSTFIX = `This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<kenji@example.jp>: host mx1.example.jp[192.0.2.10] said: 550 5.1.1
    <kenji@example.jp>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)
`;

/** An au bounce's text pasted from a phone mail app. */
const WEBMAIL_AU = `Your mail sent on: Thu, 3 Dec 2026 16:00:00 +0900
    could not be delivered to the following recipients:

<taro.k@ezweb.ne.jp>
    The user(s) account is temporarily over quota.
`;

/** An Exim bounce body pasted with its DSN-like lines. */
const WEBMAIL_EXIM = `A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  akira@example.net
    host mx.example.net [198.51.100.25]
    SMTP error from remote mail server after RCPT TO:<akira@example.net>:
    550 5.1.1 <akira@example.net>: Recipient address rejected: User unknown
`;

describe('decoding the text of a bounce without its header', () => {
  it('reads a Postfix notification pasted from a webmail', async () => {
    const result = await decode(WEBMAIL_POSTFIX);

    expect(result.kind).toBe('bounce-text');
    expectReport(result.recipients[0], {
      recipient: 'kenji@example.jp',
      reason: 'userunknown',
      status: '5.1.1',
      reply: '550',
      command: 'RCPT',
      remoteHost: 'mx1.example.jp',
      permanence: 'permanent',
    });
    expectEvidenceInText(result);
  });

  it('reads an au over-quota notice pasted without its header', async () => {
    const result = await decode(WEBMAIL_AU);

    expect(result.kind).toBe('bounce-text');
    expectReport(result.recipients[0], {
      recipient: 'taro.k@ezweb.ne.jp',
      reason: 'mailboxfull',
      provider: 'au',
      permanence: 'transient',
    });
    expectEvidenceInText(result);
  });

  it('reads the same notice from a file saved as UTF-16 with a byte order mark', async () => {
    const units = Uint16Array.from(WEBMAIL_AU, (c) => c.charCodeAt(0));
    const bytes = new Uint8Array(2 + units.length * 2);
    bytes.set([0xff, 0xfe]);
    units.forEach((unit, i) => bytes.set([unit & 0xff, unit >> 8], 2 + i * 2));

    const result = await decode(bytes);

    expect(result.text).toBe(WEBMAIL_AU);
    expect(result.recipients).toEqual((await decode(WEBMAIL_AU)).recipients);
    expectEvidenceInText(result);
  });

  it('reads an Exim notification pasted without its header', async () => {
    const result = await decode(WEBMAIL_EXIM);

    expect(result.kind).toBe('bounce-text');
    expectReport(result.recipients[0], {
      recipient: 'akira@example.net',
      reason: 'userunknown',
      reply: '550',
      command: 'RCPT',
      remoteHost: 'mx.example.net',
    });
  });
});

describe('decoding a bare SMTP reply or status code', () => {
  it('reads a reply line with its recipient', async () => {
    const input = '550 5.1.1 <a@example.jp>: Recipient address rejected: User unknown';

    const result = await decode(input);

    expect(result.kind).toBe('reply');
    expectReport(result.recipients[0], {
      recipient: 'a@example.jp',
      reason: 'userunknown',
      status: '5.1.1',
      statusInferred: false,
      reply: '550',
      permanence: 'permanent',
    });
    expectEvidenceInText(result);
  });

  it('reads a reply line without a recipient', async () => {
    const result = await decode('452 4.2.2 Mailbox full');

    expect(result.kind).toBe('reply');
    expectReport(result.recipients[0], {
      recipient: null,
      reason: 'mailboxfull',
      status: '4.2.2',
      reply: '452',
      permanence: 'transient',
    });
  });

  it('reads a bare enhanced status code', async () => {
    const result = await decode('5.2.2');

    expect(result.kind).toBe('reply');
    expectReport(result.recipients[0], {
      reason: 'mailboxfull',
      status: '5.2.2',
      statusInferred: false,
      reply: null,
    });
    expect(result.recipients[0]?.evidence).toContainEqual({
      role: 'status',
      start: 0,
      end: 5,
      text: '5.2.2',
    });
  });

  it('reads "Connection reset by peer" as a failure worth retrying', async () => {
    const result = await decode('Connection reset by peer');

    expect(result.kind).toBe('reply');
    expectReport(result.recipients[0], {
      // A dropped connection is a network fault, or a host cutting off a sender it blocks.
      reason: ['networkerror', 'blocked'],
      status: ['4.4.0', '4.4.2', null],
      permanence: 'transient',
    });
  });

  it('infers and marks the status when only the reply code and words are given', async () => {
    const result = await decode(
      '550 Requested action not taken: mailbox unavailable, user unknown',
    );

    expectReport(result.recipients[0], {
      reason: 'userunknown',
      status: '5.1.1',
      statusInferred: true,
      reply: '550',
    });
  });
});

describe('recognising input that is not a bounce', () => {
  it.each([
    'Lunch at noon on Friday?',
    '明日の会議は10時からです。よろしくお願いします。',
    'Order #4521 ships on 12/05 from the 192.0.2.1 warehouse.',
    '',
    '   \n\n  ',
  ])('says %j is not a bounce', async (input) => {
    const result = await decode(input);

    expect(result.kind).toBe('none');
    expect(result.recipients).toEqual([]);
    expect(result.notices.map((n) => n.code)).toContain('not-a-bounce');
  });
});
