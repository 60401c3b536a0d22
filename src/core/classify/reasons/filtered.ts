import type { PhraseRow } from '../types.ts';

/**
 * The mailbox exists but its owner's settings or a per-recipient filter refused the message.
 * Servers often say "user unknown" for this too; see the DATA-stage rule in order.ts.
 */
export const PHRASES: readonly PhraseRow[] = [
  // A filter that refuses a recipient often leaves the address out of the reply ("550 : User
  // unknown"); au's reception filter does so, and relays such as Exchange Online quote it.
  { phrase: ' : user unknown', seen: 'au (EZweb) reception filter, relayed or direct' },
  { phrase: 'message filtered', seen: 'Amazon SES receiving, various filters' },
  { phrase: 'refused due to recipient preferences', seen: 'Facebook' },
  { phrase: 'only accepting mail from specific email addresses', seen: 'AOL' },
  { phrase: 'user refuses to receive this mail', seen: 'various MTAs' },
  { phrase: 'user reject', seen: 'various MTAs' },
  { phrase: 'you have been blocked by the recipient', seen: 'various webmail services' },
  { phrase: 'has restricted sms e-mail', seen: 'AT&T' },
  { phrase: 'recipient id refuse to receive mail', seen: 'Willcom' },
  { phrase: 'is not accepting any mail', seen: 'various MTAs' },
  { phrase: 'account is protected by', seen: 'various MTAs' },
  { phrase: 'message rejected due to user rules', seen: 'various MTAs' },
  { phrase: 'bounced address', seen: 'SendGrid: an address that bounced before' },
  { phrase: '受信拒否', seen: 'Japanese carriers and MTAs (refused by the recipient)' },
  { phrase: 'not found recipient account', seen: 'various MTAs' },
  {
    phrase: 'mail delivery failed... user unknown',
    seen: "BIGLOBE (refused by the recipient's filter)",
  },
  { phrase: 'cannot route mail to user', seen: 'HCL Domino' },
];
