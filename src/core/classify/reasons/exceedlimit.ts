import type { PhraseRow } from '../types.ts';

/** The message exceeds a per-mailbox limit set by the recipient's side (RFC 3463 X.2.3). */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'message length exceeds', seen: 'RFC 3463 X.2.3 text; Amazon SES receiving' },
  { phrase: 'message header size exceeds limit', seen: 'various MTAs' },
  { phrase: 'exceeds fixed maximum message size', seen: 'Sendmail, Exchange' },
  { phrase: 'exeeded the maximum size the user accepts', seen: 'qmail-ldap (sic)' },
];
