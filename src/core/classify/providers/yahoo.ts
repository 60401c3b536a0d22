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
      seen: 'Yahoo 421 4.7.0 [TSS04]',
    },
    { phrase: 'not accepted for policy reasons', reason: 'policyviolation', seen: 'Yahoo 5.7.9' },
    { phrase: 'invalid ip for sending mail', reason: 'blocked', seen: 'Yahoo 554' },
    { phrase: 'no mx record found for domain', reason: 'notaccept', seen: 'Yahoo' },
    { phrase: 'user unknown', reason: 'userunknown', seen: 'Yahoo 5.1.1' },
  ],
};
