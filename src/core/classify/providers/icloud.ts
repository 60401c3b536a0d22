import type { ProviderTable } from './provider.ts';

/** iCloud Mail (@icloud.com, @me.com, @mac.com): https://support.apple.com/HT204137 */
export const ICLOUD: ProviderTable = {
  id: 'icloud',
  providers: ['icloud'],
  hosts: ['.mail.icloud.com', '.apple.com', '.me.com'],
  rows: [
    { phrase: 'recipient no longer on server', reason: 'hasmoved', seen: 'iCloud 5.1.6' },
    { phrase: 'dmarc policy', reason: 'authfailure', seen: 'iCloud 5.7.1' },
    { phrase: 'over quota', reason: 'mailboxfull', seen: 'iCloud 5.2.2' },
    { phrase: 'unknown or illegal alias', reason: 'userunknown', seen: 'iCloud 5.1.1' },
    { phrase: 'host/domain does not accept mail', reason: 'notaccept', seen: 'iCloud' },
    { phrase: 'esmtp not accepting connections', reason: 'blocked', seen: 'iCloud' },
  ],
};
