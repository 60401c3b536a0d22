import { describe, expect, it } from 'vitest';
import { parseDsn } from '../../src/core/extract/dsn.ts';

const TWO_RECORDS = `Reporting-MTA: dns; mail.example.com
Arrival-Date: Thu,  3 Dec 2026 10:40:09 +0900 (JST)

Final-Recipient: rfc822; ichiro@example.jp
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.example.jp
Diagnostic-Code: smtp; 550 5.1.1 <ichiro@example.jp>: Recipient address
    rejected: User unknown in virtual mailbox table

Final-Recipient: rfc822; full@example.net
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
`;

describe('parseDsn', () => {
  it('reads one record per recipient, with the per-message Reporting-MTA on each', () => {
    const records = parseDsn(TWO_RECORDS);

    expect(records).toHaveLength(2);
    expect(records[0]).toEqual({
      finalRecipient: 'ichiro@example.jp',
      originalRecipient: null,
      action: 'failed',
      status: '5.1.1',
      remoteMta: 'mx1.example.jp',
      diagnosticType: 'smtp',
      diagnostic:
        '550 5.1.1 <ichiro@example.jp>: Recipient address rejected: User unknown in virtual mailbox table',
      reportingMta: 'mail.example.com',
    });
    expect(records[1]).toMatchObject({ finalRecipient: 'full@example.net', action: 'delayed' });
    expect(records[1]?.reportingMta).toBe('mail.example.com');
  });

  it('unfolds a Diagnostic-Code folded over several lines with tabs', () => {
    const text =
      'Final-Recipient: rfc822; a@example.jp\nStatus: 5.1.1\n' +
      'Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does\n' +
      "\tnot exist. Please try\n 550-5.1.1 double-checking the recipient's address\n";

    const [record] = parseDsn(text);

    expect(record?.diagnostic).toBe(
      '550-5.1.1 The email account that you tried to reach does not exist. Please try ' +
        "550-5.1.1 double-checking the recipient's address",
    );
  });

  it('splits records that have no blank line between them', () => {
    const text =
      'Final-Recipient: rfc822; a@example.jp\nAction: failed\nStatus: 5.1.1\n' +
      'Final-Recipient: rfc822; b@example.jp\nAction: failed\nStatus: 5.2.2\n';

    const records = parseDsn(text);

    expect(records.map((r) => [r.finalRecipient, r.status])).toEqual([
      ['a@example.jp', '5.1.1'],
      ['b@example.jp', '5.2.2'],
    ]);
  });

  it('reads field names in any case and CRLF line ends', () => {
    const text = 'FINAL-RECIPIENT: RFC822; <A@Example.JP>\r\naction: Failed\r\nSTATUS: 5.1.1\r\n';

    const [record] = parseDsn(text);

    expect(record).toMatchObject({
      finalRecipient: 'a@example.jp',
      action: 'failed',
      status: '5.1.1',
    });
  });

  it('reads a UTF-8 address of a global delivery status (RFC 6533)', () => {
    const [record] = parseDsn('Final-Recipient: utf-8; 山田@example.jp\nStatus: 5.1.1\n');

    expect(record?.finalRecipient).toBe('山田@example.jp');
  });

  it('keeps the type of a diagnostic that is not smtp', () => {
    const text =
      'Final-Recipient: rfc822; someone@nohost.example.org\nAction: failed\nStatus: 5.4.4\n' +
      'Diagnostic-Code: X-Postfix; Host or domain name not found.\n';

    const [record] = parseDsn(text);

    expect(record?.diagnosticType).toBe('x-postfix');
    expect(record?.diagnostic).toBe('Host or domain name not found.');
  });

  it('takes the first value when a record repeats a field', () => {
    const [record] = parseDsn(
      'Final-Recipient: rfc822; a@example.jp\nStatus: 5.1.1\nStatus: 4.0.0\n',
    );

    expect(record?.status).toBe('5.1.1');
  });

  it('finds no record in a per-message block alone or in prose', () => {
    expect(parseDsn('Reporting-MTA: dns; mail.example.com\nArrival-Date: today\n')).toEqual([]);
    expect(parseDsn('Hello, this is not a report.\nThanks.')).toEqual([]);
    expect(parseDsn('')).toEqual([]);
  });
});
