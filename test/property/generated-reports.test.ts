import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/core/index.ts';
import { expectWellFormed } from './well-formed.ts';

interface Recipient {
  address: string;
  action: 'failed' | 'delayed';
  status: string;
  reply: string;
  words: string;
}

const LOCAL = fc
  .stringMatching(/^[a-z0-9][a-z0-9._+-]{0,14}[a-z0-9]$/)
  .filter((s) => !s.includes('..'));
const DOMAIN = fc.constantFrom(
  'example.jp',
  'example.com',
  'ezweb.ne.jp',
  'au.com',
  'mx.example.net',
);

const WORDS = fc.constantFrom(
  'User unknown',
  'Mailbox full',
  'over quota',
  'Recipient address rejected: Access denied',
  'Host or domain name not found',
  'Message rejected as spam',
  'Too many connections',
  'Mailbox is disabled',
);

/** A recipient whose status and reply agree in class, as an MTA writes them. */
const RECIPIENT = fc
  .record({
    local: LOCAL,
    domain: DOMAIN,
    permanent: fc.boolean(),
    subject: fc.integer({ min: 0, max: 7 }),
    detail: fc.integer({ min: 0, max: 9 }),
    words: WORDS,
  })
  .map<Recipient>(({ local, domain, permanent, subject, detail, words }) => ({
    address: `${local}@${domain}`,
    action: permanent ? 'failed' : 'delayed',
    status: `${permanent ? 5 : 4}.${subject}.${detail}`,
    reply: permanent ? '550' : '450',
    words,
  }));

const RECIPIENTS = fc.uniqueArray(RECIPIENT, {
  minLength: 1,
  maxLength: 25,
  selector: (r) => r.address,
});

/** A multipart/report (RFC 6522) with one RFC 3464 record per recipient. */
function report(recipients: Recipient[], lineEnd: string): string {
  const records = recipients.map((r) =>
    [
      `Final-Recipient: rfc822; ${r.address}`,
      `Original-Recipient: rfc822;${r.address}`,
      `Action: ${r.action}`,
      `Status: ${r.status}`,
      'Remote-MTA: dns; mx.example.net',
      `Diagnostic-Code: smtp; ${r.reply} ${r.status} <${r.address}>: ${r.words}`,
    ].join('\n'),
  );
  const notification = recipients
    .map((r) => `<${r.address}>: host mx.example.net[192.0.2.7] said: ${r.reply} ${r.words}`)
    .join('\n\n');
  const message = [
    'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    'To: sender@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="rpt"',
    '',
    '--rpt',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    notification,
    '',
    '--rpt',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.com',
    '',
    records.join('\n\n'),
    '',
    '--rpt--',
    '',
  ].join('\n');
  return message.replace(/\n/g, lineEnd);
}

/** What a webmail shows of a Postfix bounce: the notification, as a person copies it. */
function webmailText(recipients: Recipient[]): string {
  return [
    'This is the mail system at host mail.example.com.',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients.',
    '',
    ...recipients.flatMap((r) => [
      `<${r.address}>: host mx.example.net[192.0.2.7] said: ${r.reply} ${r.status}`,
      `    ${r.words} (in reply to RCPT TO command)`,
      '',
    ]),
  ].join('\n');
}

/**
 * Lines a webmail page puts around what a person selects: menus, folder names, dates, a
 * signature. No address, no header field and no code, so that they add no recipient.
 */
const NOISE_LINE = fc.oneof(
  fc.constantFrom(
    '受信トレイ (3)',
    '返信 全員に返信 転送',
    'Inbox  Starred  Sent',
    'Reply   Forward   Delete',
    'Thu, Dec 3, 10:40 AM (2 hours ago)',
    '',
    'Mail Delivery Subsystem',
    'to me',
    'このメールは自動送信されています',
    'Show original · Report spam',
  ),
  fc.stringMatching(/^[A-Za-z ,.!?()'ぁ-んァ-ン一-龠]{0,70}$/),
);
const NOISE = fc.array(NOISE_LINE, { maxLength: 12 }).map((lines) => lines.join('\n'));

describe('decode on generated reports', { timeout: 30_000 }, () => {
  it('reports every recipient of an RFC 3464 report with its action and status', async () => {
    await fc.assert(
      fc.asyncProperty(RECIPIENTS, fc.constantFrom('\n', '\r\n'), async (recipients, end) => {
        const result = await decode(report(recipients, end));

        expectWellFormed(result);
        expect(result.kind).toBe('message');
        expect(result.recipients.map((r) => r.recipient).sort()).toEqual(
          recipients.map((r) => r.address).sort(),
        );
        for (const r of recipients) {
          const found = result.recipients.find((report) => report.recipient === r.address);
          expect(found?.action).toBe(r.action);
          expect(found?.status).toBe(r.status);
          expect(found?.reply).toBe(r.reply);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('finds every recipient of a pasted bounce with webmail noise before and after it', async () => {
    await fc.assert(
      fc.asyncProperty(RECIPIENTS, NOISE, NOISE, async (recipients, before, after) => {
        const text = `${before}\n\n${webmailText(recipients)}\n${after}`;

        const result = await decode(text);

        expectWellFormed(result);
        const found = result.recipients.map((r) => r.recipient);
        for (const r of recipients) expect(found).toContain(r.address);
        for (const r of recipients) {
          const report = result.recipients.find((x) => x.recipient === r.address);
          expect(report?.status).toBe(r.status);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('gives the same result for the same generated report', async () => {
    await fc.assert(
      fc.asyncProperty(RECIPIENTS, async (recipients) => {
        const input = report(recipients, '\n');

        const first = await decode(input);
        const second = await decode(input);

        expect(second).toEqual(first);
      }),
      { numRuns: 30 },
    );
  });
});
