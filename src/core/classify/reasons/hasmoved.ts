import type { PhraseRow } from '../types.ts';

/** The address was valid once but has moved, with no forwarding (RFC 3463 X.1.6). */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: ' has been replaced by ', seen: 'various MTAs (address replaced by a new one)' },
  { phrase: 'recipient no longer on server', seen: 'iCloud, various MTAs' },
  { phrase: 'user has moved', seen: 'various MTAs' },
  { phrase: 'mailbox has moved', seen: 'RFC 3463 X.1.6 text' },
  { phrase: 'not our customer', seen: 'Sendmail-style 551 replies' },
];
