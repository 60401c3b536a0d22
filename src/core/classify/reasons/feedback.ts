import type { PhraseRow } from '../types.ts';

/** A complaint or authentication report (ARF, RFC 5965), not a bounce. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: ['this is ', ' abuse report for an email message'], seen: 'ARF reports' },
  { phrase: ['this is ', 'authentication', 'failure report for an email message'], seen: 'ARF' },
  { phrase: 'abuse report for an email message', seen: 'ARF reports (Microsoft, Yahoo, others)' },
  { phrase: 'feedback-type:', seen: 'ARF machine-readable part' },
  { phrase: 'sent this email to unsubscribe', seen: 'Apple Mail unsubscribe notices' },
];
