import type { ProviderTable } from './provider.ts';

/**
 * NTT docomo: @docomo.ne.jp, inbound host mfsmax.docomo.ne.jp. It answers "550 Unknown user"
 * both for a mailbox that does not exist (at RCPT) and, in Sisimai 5.1's reading, for mail its
 * user's domain or sender filter refuses (at DATA, after the recipients were accepted).
 */
export const DOCOMO: ProviderTable = {
  id: 'docomo',
  providers: ['docomo'],
  hosts: ['.docomo.ne.jp'],
  rows: [
    {
      phrase: '550 unknown user',
      reason: 'filtered',
      status: '5.2.0',
      seen: "docomo: refused by the recipient's reception settings (Status 5.2.0)",
    },
    { phrase: '550 unknown user', reason: 'rejected', command: 'DATA', seen: 'docomo filter' },
    { phrase: '550 unknown user', reason: 'userunknown', seen: 'docomo: no such mailbox' },
    { phrase: '552 too much mail data', reason: 'mailboxfull', seen: 'docomo: mailbox full' },
    { phrase: '552 too many recipients', reason: 'toomanyconn', seen: 'docomo' },
    { phrase: '503 bad sequence of commands', reason: 'syntaxerror', seen: 'docomo' },
    { phrase: '504 command parameter not implemented', reason: 'syntaxerror', seen: 'docomo' },
  ],
};
