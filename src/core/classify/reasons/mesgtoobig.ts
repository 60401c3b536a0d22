import type { PhraseRow } from '../types.ts';

/** The message is larger than the destination accepts (RFC 3463 X.3.4). */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'message too large', seen: 'Amazon SES receiving, Exchange (RecipSizeLimit)' },
  { phrase: 'message too big', seen: 'Exchange, various MTAs' },
  { phrase: 'message file too big', seen: 'Postfix' },
  { phrase: 'message size exceeds fixed limit', seen: 'Postfix' },
  { phrase: 'message size exceeds maximum value', seen: 'various MTAs' },
  { phrase: 'message size exceeds maximum permitted', seen: 'Exim (message_size_limit)' },
  { phrase: 'exceeded maximum inbound message size', seen: 'various MTAs' },
  { phrase: 'exceeded the maximum incoming message size', seen: 'various MTAs' },
  { phrase: 'max message size exceeded', seen: 'various MTAs' },
  { phrase: 'mail size limit exceeded', seen: '1&1 (IONOS)' },
  { phrase: 'size limit', seen: 'various MTAs' },
  { phrase: 'line limit exceeded', seen: 'Exim (a line longer than the server allows)' },
  { phrase: 'recipsizelimit', seen: 'Exchange' },
  { phrase: "exceeded google's message size limits", seen: 'Gmail' },
  { phrase: 'taille limite du message atteinte', seen: 'French-language MTAs' },
  { phrase: ['メールサイズ', '超え'], seen: 'Japanese-language MTAs (size over the limit)' },
  { phrase: 'message size exceeds fixed maximum message size:', seen: 'qmail' },
  { phrase: 'exceeds my databytes limit', seen: 'qmail-smtpd' },
];
