import type { PhraseRow } from '../types.ts';

/** The receiving system as a whole has run out of storage (RFC 3463 X.3.1). */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'insufficient disk space', seen: 'Sendmail, Postfix (queue file system)' },
  { phrase: 'insufficient system storage', seen: 'RFC 5321 452 text' },
  { phrase: 'mail system full', seen: 'RFC 3463 X.3.1 text' },
  { phrase: 'mailbox unavailable (not enough free space)', seen: 'qmail clones' },
];
