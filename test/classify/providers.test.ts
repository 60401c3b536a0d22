import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify/classify.ts';
import type { Facts } from '../../src/core/classify/types.ts';
import type { Reason } from '../../src/core/reasons.ts';
import { facts } from './facts.ts';

interface Example {
  title: string;
  given: Partial<Facts>;
  reason: Reason;
  rule: string;
}

const EXAMPLES: Example[] = [
  {
    title: "au's reception filter, which names no address, is filtered",
    given: { provider: 'au', diagnostic: '550 : User unknown', command: 'RCPT' },
    reason: 'filtered',
    rule: 'provider:au',
  },
  {
    title: 'an au mailbox that does not exist is userunknown',
    given: { provider: 'au', diagnostic: '550 <nobody@au.com>: User unknown', command: 'RCPT' },
    reason: 'userunknown',
    rule: 'provider:au',
  },
  {
    title: 'an au account temporarily over quota is mailboxfull',
    given: { provider: 'au', diagnostic: 'The user(s) account is temporarily over quota.' },
    reason: 'mailboxfull',
    rule: 'provider:au',
  },
  {
    title: "au's notice that the mailbox is full is mailboxfull",
    given: { provider: 'au', diagnostic: 'As their mailbox is full.' },
    reason: 'mailboxfull',
    rule: 'provider:au',
  },
  {
    title: 'a disabled au account is suspend',
    given: { provider: 'au', diagnostic: 'The user(s) account is disabled.' },
    reason: 'suspend',
    rule: 'provider:au',
  },
  {
    title: 'a temporarily limited au account is suspend',
    given: { provider: 'au', diagnostic: 'The user(s) account is temporarily limited.' },
    reason: 'suspend',
    rule: 'provider:au',
  },
  {
    title: "au's notice that it gave up after days and hours is expired",
    given: {
      provider: 'au',
      diagnostic: 'Your message was not delivered within 3 days and 0 hours.',
    },
    reason: 'expired',
    rule: 'provider:au',
  },
  {
    title: 'an EZweb inbound host selects the au table without a provider',
    given: { remoteHost: 'lsean.ezweb.ne.jp', diagnostic: '550 : User unknown' },
    reason: 'filtered',
    rule: 'provider:au',
  },
  {
    title: 'docomo refusing at DATA with "Unknown user" is rejected',
    given: { provider: 'docomo', diagnostic: '550 Unknown user x@docomo.ne.jp', command: 'DATA' },
    reason: 'rejected',
    rule: 'provider:docomo',
  },
  {
    title: 'docomo refusing at RCPT with "Unknown user" is userunknown',
    given: { provider: 'docomo', diagnostic: '550 Unknown user x@docomo.ne.jp', command: 'RCPT' },
    reason: 'userunknown',
    rule: 'provider:docomo',
  },
  {
    title: 'docomo refusing with "Unknown user" and status 5.2.0 is filtered',
    given: { provider: 'docomo', diagnostic: '550 Unknown user x@docomo.ne.jp', status: '5.2.0' },
    reason: 'filtered',
    rule: 'provider:docomo',
  },
  {
    title: 'an Orange code names the reason whatever the host',
    given: { diagnostic: '550 5.5.0 The recipient account is blocked. LPN007_426' },
    reason: 'suspend',
    rule: 'provider:orange',
  },
  {
    title: 'a Cox AUP code names the reason whatever the words before it',
    given: { diagnostic: '550 5.1.0 <a@example.com> sender rejected. AUP#CXSNDR' },
    reason: 'authfailure',
    rule: 'provider:cox',
  },
  {
    title: "au's notice in the notification text decides over a plain reply",
    given: {
      provider: 'au',
      diagnostic: '550 user unknown',
      context: 'The user(s) account is disabled.',
    },
    reason: 'suspend',
    rule: 'provider-context:au',
  },
  {
    title: 'Amazon SES refusing past the daily quota is toomanyconn, not a full mailbox',
    given: { diagnostic: '454 Throttling failure: Daily message quota exceeded.' },
    reason: 'toomanyconn',
    rule: 'provider:amazonses',
  },
  {
    title: 'an Outlook.com postmaster code names the reason',
    given: { provider: 'outlook', diagnostic: '550 SC-004 Mail rejected by Outlook.com (SC-004)' },
    reason: 'blocked',
    rule: 'provider:outlook',
  },
  {
    title: 'a GoDaddy IB code names the reason whatever the host',
    given: { diagnostic: '550 This IP has sent too many messages this hour. IB504' },
    reason: 'speeding',
    rule: 'provider:godaddy',
  },
  {
    title: 'QQ Mail limiting the sending IP is toomanyconn',
    given: { remoteHost: 'mx3.qq.com', diagnostic: '550 Ip frequency limited [abc]' },
    reason: 'toomanyconn',
    rule: 'provider:tencent',
  },
  {
    title: 'Email Security.cloud filtering a message is spamdetected',
    given: { remoteHost: 'server-3.tower-1.messagelabs.com', diagnostic: '553 Message Filtered' },
    reason: 'spamdetected',
    rule: 'provider:messagelabs',
  },
  {
    title: 'iCloud deferring for excessive volume is speeding',
    given: {
      provider: 'icloud',
      diagnostic: '421 4.7.1 Messages deferred due to excessive volume',
    },
    reason: 'speeding',
    rule: 'provider:icloud',
  },
  {
    title: "an older Gmail bounce's SMTP stage names the reason when no precise code does",
    given: { diagnostic: '550 550 No such user here (state 17).' },
    reason: 'filtered',
    rule: 'provider:gmail-state',
  },
  {
    title: "a precise status code wins over an older Gmail bounce's SMTP stage",
    given: { diagnostic: '450 450 4.2.2 Mailbox Full (state 14).', status: '4.2.2' },
    reason: 'mailboxfull',
    rule: 'status:4.2.2',
  },
  {
    title: 'a Facebook response code names the reason whatever the host',
    given: { diagnostic: '550 5.1.1 RCP-P1 https://www.facebook.com/postmaster/response_codes' },
    reason: 'userunknown',
    rule: 'provider:facebook',
  },
  {
    title: 'a Spectrum AUP code names the reason whatever the host',
    given: { diagnostic: '554 5.7.1 Your IP has been blocked. AUP#I-1000' },
    reason: 'blocked',
    rule: 'provider:spectrum',
  },
  {
    title: 'an I.UA error page names the reason whatever the host',
    given: { diagnostic: '550 Mailbox is full. See http://mail.i.ua/err/4/' },
    reason: 'mailboxfull',
    rule: 'provider:iua',
  },
  {
    title: 'docomo saying too much mail data is mailboxfull',
    given: { provider: 'docomo', diagnostic: '552 Too much mail data' },
    reason: 'mailboxfull',
    rule: 'provider:docomo',
  },
  {
    title: 'Gmail refusing a message for too many sends from one user is speeding',
    given: { provider: 'gmail', diagnostic: '550 5.4.5 Daily user sending limit exceeded.' },
    reason: 'speeding',
    rule: 'provider:gmail',
  },
  {
    title: 'Gmail saying an inbox is out of space is mailboxfull',
    given: {
      provider: 'gmail',
      diagnostic: "452 4.2.2 The recipient's inbox is out of storage space.",
    },
    reason: 'mailboxfull',
    rule: 'provider:gmail',
  },
  {
    title: 'Exchange saying recipient not found is userunknown, wherever Exchange runs',
    given: {
      diagnostic: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found by SMTP address lookup',
    },
    reason: 'userunknown',
    rule: 'provider:exchange',
  },
  {
    title: 'Exchange Online edge blocking with "Access denied" is userunknown',
    given: {
      remoteHost: 'example-jp.mail.protection.outlook.com',
      diagnostic: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)',
    },
    reason: 'userunknown',
    rule: 'provider:outlook',
  },
  {
    title: 'Yahoo deferring for volume or complaints is rejected, as Sisimai 5.1 reads it',
    given: {
      provider: 'yahoo',
      diagnostic:
        '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to ' +
        'unexpected volume or user complaints',
    },
    reason: 'rejected',
    rule: 'provider:yahoo',
  },
  {
    title: 'iCloud saying the recipient is no longer on the server is hasmoved',
    given: {
      provider: 'icloud',
      diagnostic: '550 5.1.6 recipient no longer on server: a@icloud.com',
    },
    reason: 'hasmoved',
    rule: 'provider:icloud',
  },
  {
    title: 'AOL accepting mail only from listed senders is filtered',
    given: {
      provider: 'aol',
      diagnostic: '554 5.7.1 Recipient is only accepting mail from specific email addresses',
    },
    reason: 'filtered',
    rule: 'provider:aol',
  },
  {
    title: 'Mimecast refusing the sending network is policyviolation',
    given: {
      remoteHost: 'eu-smtp-inbound-1.mimecast.com',
      diagnostic: '554 Host network not allowed - see the Mimecast help page',
    },
    reason: 'policyviolation',
    rule: 'provider:mimecast',
  },
];

describe('classify with provider tables', () => {
  for (const example of EXAMPLES) {
    it(`says ${example.title}`, () => {
      const verdict = classify(facts(example.given));

      expect(verdict).toMatchObject({ reason: example.reason, rule: example.rule });
    });
  }

  it('does not apply a provider table to another provider', () => {
    const given = facts({ provider: 'gmail', diagnostic: '552 Too much mail data' });

    expect(classify(given).rule).not.toBe('provider:docomo');
  });
});
