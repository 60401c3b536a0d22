/** Bounces written for these tests; addresses and hosts use example domains. */

export const BARE_REPLY = '550 5.1.1 <a@example.jp>: Recipient address rejected: User unknown\n';

export const POSTFIX_OVER_QUOTA =
  'Dec  3 10:00:00 mx postfix/smtp[123]: 4ABC12: to=<taro@ezweb.ne.jp>, ' +
  'relay=mx.example.net[192.0.2.1]:25, delay=1.2, dsn=5.2.2, status=bounced ' +
  '(host mx.example.net[192.0.2.1] said: 552 5.2.2 <taro@ezweb.ne.jp>: ' +
  'The user(s) account is temporarily over quota (in reply to RCPT TO command))\n';

export const JAPANESE_TEXT =
  '送信先 hanako@example.co.jp へのメールは配信できませんでした。\n550 5.1.1 User unknown\n';

/** An RFC 3464 report naming two recipients, as a Postfix-like MTA writes it. */
export const TWO_RECIPIENT_REPORT = [
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>',
  'To: sender@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'Date: Thu, 3 Dec 2026 10:00:00 +0900',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'Your message could not be delivered to one or more recipients.',
  '',
  '--b1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.com',
  '',
  'Final-Recipient: rfc822; jiro@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example.org',
  'Diagnostic-Code: smtp; 550 5.1.1 <jiro@example.org>: Recipient address rejected: User unknown',
  '',
  'Final-Recipient: rfc822; hanako@ezweb.ne.jp',
  'Action: failed',
  'Status: 5.2.2',
  'Remote-MTA: dns; mx.example.net',
  'Diagnostic-Code: smtp; 552 5.2.2 <hanako@ezweb.ne.jp>:',
  ' The user(s) account is temporarily over quota',
  '',
  '--b1',
  'Content-Type: text/rfc822-headers',
  '',
  'From: sender@example.com',
  'To: jiro@example.org, hanako@ezweb.ne.jp',
  'Subject: Newsletter',
  '',
  '--b1--',
  '',
].join('\r\n');
