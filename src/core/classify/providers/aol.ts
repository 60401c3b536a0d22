import type { ProviderTable } from './provider.ts';

/** AOL's own texts (its mail now runs on Yahoo's servers; see yahoo.ts for the shared ones). */
export const AOL: ProviderTable = {
  id: 'aol',
  providers: ['aol'],
  hosts: ['.mail.aol.com', '.mx.aol.com'],
  rows: [
    // AOL's own MTA reports a broken MX answer for the recipient's domain this way.
    {
      phrase: 'type=mx: malformed or unexpected name server reply',
      reason: 'notaccept',
      seen: 'AOL: no usable MX for the domain',
    },
    { phrase: 'host or domain name not found', reason: 'hostunknown', seen: 'AOL' },
    {
      phrase: 'only accepting mail from specific email addresses',
      reason: 'filtered',
      seen: 'AOL: recipient accepts only listed senders',
    },
    {
      phrase: 'not accepting mail with attachments or embedded images',
      reason: 'policyviolation',
      seen: 'AOL',
    },
  ],
};
