import type { ProviderTable } from './provider.ts';

/**
 * au (KDDI): @au.com and @ezweb.ne.jp. Inbound hosts are lsean.ezweb.ne.jp and msmx.au.com.
 * Its reception filter (迷惑メールフィルター, 受信リスト) refuses with a reply that names no
 * address, while a mailbox that does not exist gets the address in angle brackets.
 */
export const AU: ProviderTable = {
  id: 'au',
  providers: ['au'],
  hosts: ['.ezweb.ne.jp', '.au.com'],
  rows: [
    { phrase: ' : user unknown', reason: 'filtered', seen: 'au reception filter' },
    { phrase: '>: user unknown', reason: 'userunknown', seen: 'au: no such mailbox' },
    { phrase: 'over quota', reason: 'mailboxfull', seen: 'au: account temporarily over quota' },
    { phrase: 'mailbox is full', reason: 'mailboxfull', seen: 'au notice: mailbox is full' },
    { phrase: 'account is disabled', reason: 'suspend', seen: 'au: account disabled' },
    { phrase: 'temporarily limited', reason: 'suspend', seen: 'au: account temporarily limited' },
    { phrase: 'smtp relay error', reason: 'norelaying', seen: 'au notice: SMTP relay error' },
    { phrase: 'remote domain doesnt exist', reason: 'hostunknown', seen: 'au notice (sic)' },
    {
      phrase: ['not delivered within', ' days and ', ' hours'],
      reason: 'expired',
      seen: 'au notice: not delivered within N days and N hours',
    },
  ],
};
