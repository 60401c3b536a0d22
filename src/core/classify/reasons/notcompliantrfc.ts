import type { PhraseRow } from '../types.ts';

/** The message breaks RFC 5322: missing, duplicated or malformed header fields. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'multiple addresses in from:', seen: 'Gmail' },
  { phrase: 'not rfc 5322 compliant', seen: 'Gmail' },
  { phrase: 'rfcmessagenoncompliant', seen: 'Gmail help link' },
  { phrase: [' multiple ', ' header'], seen: 'Gmail and others (a field that may occur once)' },
  { phrase: 'missing a valid address in the from: header', seen: 'Gmail' },
  { phrase: 'missing a valid message-id', seen: 'Gmail' },
  { phrase: 'encoded-word syntax is not permitted', seen: 'Gmail' },
  { phrase: 'is not a valid rfc 5321 address', seen: 'Gmail' },
  { phrase: 'mail message is malformed', seen: 'Gmail' },
];
