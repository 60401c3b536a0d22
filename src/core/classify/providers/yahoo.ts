import type { ProviderTable } from './provider.ts';

/** Yahoo (and AOL, now on the same servers): https://senders.yahooinc.com/smtp-error-codes */
export const YAHOO: ProviderTable = {
  id: 'yahoo',
  providers: ['yahoo', 'aol'],
  hosts: ['.yahoodns.net'],
  rows: [
    {
      phrase: 'temporarily deferred due to unexpected volume or user complaints',
      reason: 'rejected',
      seen: 'Yahoo 421 4.7.0 [TSS04], as Sisimai 5.1 reads it',
    },
    { phrase: 'unresolvable rfc.5321', reason: 'rejected', seen: 'Yahoo 451: sender domain' },
    { phrase: ' will be permanently deferred', reason: 'rejected', seen: 'Yahoo 553 [TSS09]' },
    { phrase: 'authenticate with either spf or dkim', reason: 'authfailure', seen: 'Yahoo 5.7.9' },
    { phrase: "ip is in spamhaus's list", reason: 'blocked', seen: 'Yahoo 553 [BL21]' },
    { phrase: 'ip addresses on spamhaus xbl', reason: 'blocked', seen: 'Yahoo 553 [BL23]' },
    { phrase: 'invalid ip for sending mail', reason: 'blocked', seen: 'Yahoo 554' },
    { phrase: 'relaying denied for ', reason: 'norelaying', seen: 'Yahoo 550' },
    { phrase: 'headers are not rfc compliant', reason: 'notcompliantrfc', seen: 'Yahoo 554' },
    { phrase: 'not accepted for policy reasons', reason: 'policyviolation', seen: 'Yahoo 5.7.9' },
    { phrase: 'receiving mail too quickly', reason: 'speeding', seen: 'Yahoo 450' },
    { phrase: ' is no longer valid.', reason: 'suspend', seen: 'Yahoo 554 delivery error: dd' },
    { phrase: 'this mailbox is disabled', reason: 'suspend', seen: 'AOL 554.30' },
    { phrase: 'max message per connection reached', reason: 'toomanyconn', seen: 'Yahoo 421' },
    { phrase: "dd this user doesn't have a ", reason: 'userunknown', seen: 'Yahoo 554' },
    { phrase: 'mailbox not found', reason: 'userunknown', seen: 'Yahoo 552' },
    { phrase: 'no mx record found for domain', reason: 'notaccept', seen: 'Yahoo' },
    { phrase: 'user unknown', reason: 'userunknown', seen: 'Yahoo 5.1.1' },
  ],
};
