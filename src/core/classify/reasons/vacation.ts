import type { PhraseRow } from '../types.ts';

/** An automatic reply: the recipient is away (RFC 3834). */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'out of the office', seen: 'Exchange and Outlook automatic replies' },
  { phrase: 'out of office', seen: 'Exchange and Outlook automatic replies' },
  { phrase: 'i am away', seen: 'vacation(1) and webmail auto-replies' },
  { phrase: 'i will be traveling', seen: 'webmail auto-replies' },
  { phrase: 'auto-reply', seen: 'various auto-responders' },
  { phrase: 'autoreply', seen: 'various auto-responders' },
  { phrase: '不在にしております', seen: 'Japanese auto-replies (away from the office)' },
];
