import type { PhraseRow } from '../types.ts';

/** The message's headers or MIME structure are unacceptable (RFC 3463 X.6.x). */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'duplicate header', seen: 'Amazon SES' },
  { phrase: 'headers too large', seen: 'Sendmail' },
  { phrase: 'header size exceeds maximum permitted', seen: 'various MTAs' },
  { phrase: 'improper use of 8-bit data in message header', seen: 'Sendmail' },
  { phrase: 'message mime complexity exceeds', seen: 'Exchange Online' },
  { phrase: 'too many received: headers', seen: 'various MTAs (routing loop by hop count)' },
  { phrase: 'invalid mime headers', seen: 'various MTAs' },
  { phrase: 'improperly-formatted binary content', seen: 'various MTAs' },
  { phrase: 'unnecessary base64 encoding', seen: 'various MTAs' },
  { phrase: 'bare line feed', seen: 'Exchange Online, Postfix (bare LF)' },
  { phrase: 'invalid message content', seen: 'Exchange' },
  { phrase: 'message header size, or recipient list, exceeds policy limit', seen: 'Exchange' },
  { phrase: 'too many "received" headers', seen: 'Exim (suspected mail loop)' },
];
