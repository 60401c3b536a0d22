import type { PhraseRow } from '../types.ts';

/** The sender is sending too fast or too much: a rate limit. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'receiving mail at a rate that prevents', seen: 'Gmail (4.2.1 / 5.2.1)' },
  { phrase: 'receiving mail too quickly', seen: 'Gmail' },
  { phrase: 'please try again slower', seen: 'Postfix policy services' },
  { phrase: 'has been temporarily rate limited', seen: 'Gmail' },
  { phrase: 'too many recipients this hour', seen: 'GoDaddy' },
  { phrase: 'sent to too many recipients', seen: 'GoDaddy' },
  { phrase: 'sending limit exceeded', seen: 'Gmail, Google Workspace' },
  { phrase: 'relay limit exceeded', seen: 'Google Workspace SMTP relay' },
  { phrase: 'too many messages', seen: 'various MTAs' },
  { phrase: ['送信数', '上限'], seen: 'Japanese-language MTAs (sending count limit)' },
];
