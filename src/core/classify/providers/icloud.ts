import type { ProviderTable } from './provider.ts';

/** iCloud Mail (@icloud.com, @me.com, @mac.com): https://support.apple.com/102322 */
export const ICLOUD: ProviderTable = {
  id: 'icloud',
  providers: ['icloud'],
  hosts: ['.mail.icloud.com', '.apple.com', '.me.com'],
  rows: [
    { phrase: 'recipient no longer on server', reason: 'hasmoved', seen: 'iCloud 5.1.6' },
    { phrase: 'dmarc policy', reason: 'authfailure', seen: 'iCloud 5.7.1' },
    { phrase: 'failing both spf and dkim', reason: 'authfailure', seen: 'iCloud 5.7.1 [HME1]' },
    { phrase: 'over quota', reason: 'mailboxfull', seen: 'iCloud 5.2.2' },
    { phrase: 'inactive email address', reason: 'userunknown', seen: 'iCloud 5.1.1' },
    { phrase: 'unknown or illegal alias', reason: 'userunknown', seen: 'iCloud 5.1.1' },
    { phrase: 'user does not exist', reason: 'userunknown', seen: 'iCloud 5.1.1' },
    { phrase: 'host/domain does not accept mail', reason: 'notaccept', seen: 'iCloud' },
    { phrase: 'not accepting connections', reason: 'blocked', seen: 'iCloud 554 ESMTP' },
    { phrase: 'spamhaus', reason: 'blocked', seen: 'iCloud 5.7.1 (Spamhaus SBL or DBL)' },
    { phrase: 'relay access denied', reason: 'norelaying', seen: 'iCloud 5.7.1' },
    { phrase: 'due to local policy', reason: 'policyviolation', seen: 'iCloud 5.7.1 [CS01]' },
    { phrase: 'sender address rejected', reason: 'rejected', seen: 'iCloud 4.1.8' },
    { phrase: 'due to excessive volume', reason: 'speeding', seen: 'iCloud 4.7.1' },
  ],
};
