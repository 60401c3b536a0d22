import { describe, expect, it } from 'vitest';
import { decode, REASONS } from '../../src/core/index.ts';
import {
  expectEvidenceInText,
  expectReport,
  fixture,
  reportFor,
  type Expected,
} from './helpers.ts';

interface Row {
  file: string;
  recipients: Array<Expected & { recipient: string }>;
}

/**
 * One row per fixture: what a mail administrator reads from each bounce. Where the bounce does
 * not say a thing (the command of an Office 365 NDR, say), the field is left out.
 */
const ROWS: Row[] = [
  {
    file: 'postfix-user-unknown.eml',
    recipients: [
      {
        recipient: 'kenji@example.jp',
        reason: 'userunknown',
        status: '5.1.1',
        statusInferred: false,
        reply: '550',
        command: 'RCPT',
        remoteHost: 'mx1.example.jp',
        provider: null,
        permanence: 'permanent',
        action: 'failed',
      },
    ],
  },
  {
    file: 'postfix-three-recipients.eml',
    recipients: [
      {
        recipient: 'ichiro@example.jp',
        reason: 'userunknown',
        status: '5.1.1',
        reply: '550',
        command: 'RCPT',
        remoteHost: 'mx1.example.jp',
        permanence: 'permanent',
      },
      {
        recipient: 'full@example.net',
        reason: 'mailboxfull',
        status: '5.2.2',
        reply: '552',
        command: 'RCPT',
        remoteHost: 'mx.example.net',
      },
      {
        recipient: 'someone@nohost.example.org',
        reason: 'hostunknown',
        status: '5.4.4',
        reply: null,
        command: null,
        remoteHost: null,
        permanence: 'permanent',
      },
    ],
  },
  {
    file: 'postfix-delayed.eml',
    recipients: [
      {
        recipient: 'nao@example.net',
        reason: ['expired', 'networkerror'],
        status: '4.4.1',
        reply: null,
        command: 'CONN',
        remoteHost: 'mx.example.net',
        permanence: 'transient',
        action: 'delayed',
      },
    ],
  },
  {
    file: 'global-dsn-utf8.eml',
    recipients: [
      {
        recipient: '山田@example.jp',
        reason: 'userunknown',
        status: '5.1.1',
        reply: '550',
        command: 'RCPT',
        remoteHost: 'mx1.example.jp',
        permanence: 'permanent',
      },
    ],
  },
  {
    file: 'sendmail-transcript.eml',
    recipients: [
      {
        recipient: 'yuki@example.net',
        reason: 'userunknown',
        status: '5.1.1',
        reply: '550',
        command: 'RCPT',
        remoteHost: 'mx.example.net',
        permanence: 'permanent',
      },
    ],
  },
  {
    file: 'exim-rcpt.eml',
    recipients: [
      {
        recipient: 'akira@example.net',
        reason: 'userunknown',
        status: '5.1.1',
        reply: '550',
        command: 'RCPT',
        remoteHost: 'mx.example.net',
        permanence: 'permanent',
      },
    ],
  },
  {
    file: 'qmail-three.eml',
    recipients: [
      {
        recipient: 'mika@example.net',
        reason: 'userunknown',
        status: '5.1.1',
        reply: '550',
        command: 'RCPT',
        permanence: 'permanent',
      },
      {
        recipient: 'sora@example.org',
        reason: 'mailboxfull',
        status: '5.2.2',
        reply: '552',
        command: 'DATA',
      },
      {
        recipient: 'hiro@nohost.example.org',
        reason: 'hostunknown',
        status: '5.1.2',
        reply: null,
        permanence: 'permanent',
      },
    ],
  },
  {
    file: 'office365-recip-not-found.eml',
    recipients: [
      {
        recipient: 'dave@example.com',
        reason: 'userunknown',
        status: '5.1.1',
        reply: '550',
        // "Generating server: ….prod.outlook.com": the NDR was written by Exchange Online.
        provider: 'outlook',
        permanence: 'permanent',
      },
    ],
  },
  {
    file: 'gmail-address-not-found.eml',
    recipients: [
      {
        recipient: 'no.such.person@gmail.com',
        reason: 'userunknown',
        status: '5.1.1',
        reply: '550',
        // Gmail writes "Remote-MTA: dns; gmail-smtp-in.l.google.com. (2001:…, the server for …)".
        remoteHost: 'gmail-smtp-in.l.google.com',
        provider: 'gmail',
        permanence: 'permanent',
        action: 'failed',
      },
    ],
  },
  {
    file: 'yahoo-no-account.eml',
    recipients: [
      {
        recipient: 'grace.nobody@yahoo.com',
        reason: 'userunknown',
        status: '5.1.1',
        statusInferred: true,
        reply: '554',
        provider: 'yahoo',
        permanence: 'permanent',
      },
    ],
  },
  {
    file: 'amazon-ses.eml',
    recipients: [
      {
        recipient: 'henry@example.net',
        reason: 'userunknown',
        status: '5.1.1',
        statusInferred: false,
        reply: '550',
        permanence: 'permanent',
        action: 'failed',
      },
    ],
  },
  {
    file: 'docomo-after-data.eml',
    recipients: [
      {
        // docomo answers "550 Unknown user" both for a missing mailbox and, at the end of DATA,
        // for mail its user's filter refuses: the words alone cannot tell the two apart.
        recipient: 'hanako-0123@docomo.ne.jp',
        reason: ['userunknown', 'rejected'],
        status: ['5.0.0', '5.1.1'],
        reply: '550',
        command: 'DATA',
        remoteHost: 'mfsmax.docomo.ne.jp',
        provider: 'docomo',
        permanence: 'permanent',
      },
    ],
  },
  {
    file: 'au-over-quota-iso2022jp.eml',
    recipients: [
      {
        recipient: 'taro.k@ezweb.ne.jp',
        reason: 'mailboxfull',
        reply: null,
        provider: 'au',
        permanence: 'transient',
      },
    ],
  },
  {
    file: 'au-account-disabled.eml',
    recipients: [{ recipient: 'hana.s@au.com', reason: 'suspend', reply: null, provider: 'au' }],
  },
  {
    file: 'shift-jis-mailbox-full.eml',
    recipients: [
      {
        recipient: 'jiro@example.jp',
        reason: 'mailboxfull',
        status: '5.2.2',
        reply: '550',
      },
    ],
  },
  {
    file: 'euc-jp-user-unknown.eml',
    recipients: [
      {
        recipient: 'saburo@example.net',
        reason: 'userunknown',
        status: '5.1.1',
        reply: '550',
        permanence: 'permanent',
      },
    ],
  },
  {
    file: 'arf-two-recipients.eml',
    recipients: [
      { recipient: 'member1@example.net', reason: 'feedback', permanence: 'unknown' },
      { recipient: 'member2@example.net', reason: 'feedback', permanence: 'unknown' },
    ],
  },
  {
    file: 'vacation-auto-reply.eml',
    recipients: [{ recipient: 'naoko@example.jp', reason: 'vacation', permanence: 'unknown' }],
  },
];

/**
 * Fixtures where no span of the raw input decided: a base64 body (its words are not in the input
 * as given) and a feedback report (its format, not a phrase, decides).
 */
const NO_SPAN = new Set([
  'shift-jis-mailbox-full.eml',
  'vacation-auto-reply.eml',
  'arf-two-recipients.eml',
]);

const CASES = ROWS.flatMap((row) =>
  row.recipients.map((expected) => ({ file: row.file, expected })),
);

describe('decoding whole bounce messages', () => {
  it.each(ROWS)(
    'reads $file as a message with exactly its recipients',
    async ({ file, recipients }) => {
      const result = await decode(fixture(file));

      expect(result.kind).toBe('message');
      expect(result.recipients.map((r) => r.recipient).sort()).toEqual(
        recipients.map((r) => r.recipient).sort(),
      );
    },
  );

  it.each(CASES)(
    'reads $expected.recipient in $file as $expected.reason',
    async ({ file, expected }) => {
      const result = await decode(fixture(file));

      expectReport(reportFor(result, expected.recipient), expected);
    },
  );

  it.each(ROWS)('points the evidence of $file at text that is really there', async ({ file }) => {
    const bytes = fixture(file);

    const result = await decode(bytes);

    expect(result.text.length).toBeLessThanOrEqual(bytes.byteLength);
    expectEvidenceInText(result);
  });

  it.each(ROWS.filter((row) => !NO_SPAN.has(row.file)))(
    'highlights what decided each recipient of $file',
    async ({ file }) => {
      const result = await decode(fixture(file));

      for (const report of result.recipients) expect(report.evidence).not.toEqual([]);
    },
  );

  // Known gap: evidence offsets point into the input as it was given, and a base64 part's words
  // are not in it, so a bounce whose notification is base64 gets no highlight at all.
  it.fails('highlights what decided a bounce whose notification is base64', async () => {
    const result = await decode(fixture('shift-jis-mailbox-full.eml'));

    expect(result.recipients[0]?.evidence).not.toEqual([]);
  });

  it.each(ROWS)('reports well-formed fields for every recipient of $file', async ({ file }) => {
    const result = await decode(fixture(file));

    for (const r of result.recipients) {
      expect(REASONS).toContain(r.reason);
      if (r.status !== null) expect(r.status).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
      if (r.reply !== null) expect(r.reply).toMatch(/^[245]\d\d$/);
      if (r.statusInferred) expect(r.status).not.toBeNull();
      expect(['permanent', 'transient', 'unknown']).toContain(r.permanence);
      expect(r.rule).not.toBe('');
      expect(r.diagnostic).not.toMatch(/\s{2}|^\s|\s$|[\r\n]/);
      expect(Array.isArray(r.faq)).toBe(true);
    }
  });

  it('gives the same result for a message passed as text as for its bytes', async () => {
    const bytes = fixture('postfix-three-recipients.eml');

    const fromBytes = await decode(bytes);
    const fromText = await decode(new TextDecoder().decode(bytes));

    expect(fromText).toEqual(fromBytes);
  });

  it('keeps the evidence of each recipient of a multi-recipient report apart', async () => {
    const result = await decode(fixture('postfix-three-recipients.eml'));

    const full = reportFor(result, 'full@example.net');
    const unknown = reportFor(result, 'ichiro@example.jp');

    expect(full?.evidence.some((e) => e.text === '5.2.2')).toBe(true);
    expect(unknown?.evidence.some((e) => e.text === '5.2.2')).toBe(false);
  });

  it('tells a normal message apart from a bounce', async () => {
    const result = await decode(fixture('normal-message.eml'));

    expect(result.kind).toBe('none');
    expect(result.recipients).toEqual([]);
    expect(result.notices.map((n) => n.code)).toContain('not-a-bounce');
  });
});
