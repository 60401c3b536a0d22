import type { PhraseRow } from '../types.ts';

/** The sending side broke SMTP syntax or command order. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'bad sequence of commands', seen: 'RFC 5321 503 text; NTT docomo' },
  { phrase: 'improper sequence of commands', seen: 'various MTAs' },
  { phrase: 'command parameter not implemented', seen: 'RFC 5321 504 text; NTT docomo' },
  { phrase: 'malformed address', seen: 'Exim' },
  { phrase: 'syntax error in parameters', seen: 'RFC 5321 501 text' },
  { phrase: 'command unrecognized', seen: 'RFC 5321 500 text' },
  { phrase: 'unrecognized command', seen: 'Gmail, various MTAs' },
  { phrase: 'angle-brackets nested too deep', seen: 'Exim (address parser)' },
  { phrase: 'expected word or "<"', seen: 'Exim (address parser)' },
  { phrase: 'domain missing in source-routed address', seen: 'Exim (address parser)' },
];
