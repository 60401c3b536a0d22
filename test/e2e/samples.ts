/**
 * Inputs written for these tests, in the shapes mail servers produce; the addresses and hosts are
 * made up, the phrases are the ones the servers are known to write.
 */

/** au's reply for a full mailbox, as a sending MTA quotes it. */
export const AU_OVER_QUOTA =
  '552 5.2.2 <hanako.test@ezweb.ne.jp>: The user(s) account is temporarily over quota.';

/** Postfix deferring mail to au after the connection was reset. */
export const POSTFIX_RESET_AU =
  'Dec  3 10:00:01 mx1 postfix/smtp[1234]: 4F2A1C0D3E: to=<jiro.test@au.com>, ' +
  'relay=none, delay=30, delays=0.1/0/30/0, dsn=4.4.1, status=deferred ' +
  '(connect to mx.example-au-test.ne.jp[192.0.2.10]:25: Connection reset by peer)';

/** An error wrapped in markup, as if copied from a page that tries to inject script. */
export const HOSTILE =
  '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>' +
  ' 550 5.1.1 <b>user@example.jp</b>: Recipient address rejected: User unknown';

/** A whole bounce message (RFC 3464) for two au recipients, long enough to show in excerpts. */
export const AU_DSN_MESSAGE = [
  'Return-Path: <>',
  'Received: from mx1.example.org (localhost [127.0.0.1]) by mx1.example.org (Postfix)',
  'Date: Thu,  3 Dec 2026 10:00:05 +0900 (JST)',
  'From: MAILER-DAEMON@mx1.example.org (Mail Delivery System)',
  'Subject: Undelivered Mail Returned to Sender',
  'To: news@example.org',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B0UND"',
  '',
  '--B0UND',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'This is the mail system at host mx1.example.org.',
  '',
  "I'm sorry to have to inform you that your message could not",
  'be delivered to one or more recipients. It is attached below.',
  ...Array.from({ length: 30 }, (_, i) => `Filler line ${i} explaining nothing in particular.`),
  '',
  '--B0UND',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx1.example.org',
  '',
  'Final-Recipient: rfc822; hanako.test@ezweb.ne.jp',
  'Action: failed',
  'Status: 5.2.2',
  'Remote-MTA: dns; mx.example-au-test.ne.jp',
  'Diagnostic-Code: smtp; 552 5.2.2 The user(s) account is temporarily over quota.',
  '',
  'Final-Recipient: rfc822; taro.test@au.com',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example-au-test.ne.jp',
  'Diagnostic-Code: smtp; 550 5.1.1 <taro.test@au.com>: user unknown',
  '',
  '--B0UND--',
  '',
].join('\n');
