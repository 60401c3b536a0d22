import type { PhraseRow } from '../types.ts';

/** SPF, DKIM or DMARC checks failed for the sender's domain. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'dmarc policy', seen: 'Gmail, iCloud, Zoho and most DMARC-enforcing receivers' },
  { phrase: 'does not pass dmarc', seen: 'Exchange Online (5.7.509)' },
  { phrase: 'dmarc verification', seen: 'Exchange Online' },
  { phrase: 'bad spf records', seen: 'Exim with SPF checks' },
  { phrase: 'spf.pobox.com', seen: 'Exim and others linking the pobox SPF explanation' },
  { phrase: "per it's spf record", seen: 'Exchange, GoDaddy' },
  { phrase: 'per its spf record', seen: 'various MTAs' },
  { phrase: 'please inspect your spf settings', seen: 'Exchange Online' },
  { phrase: 'sender policy framework', seen: 'Exchange Online (5.7.23), various MTAs' },
  { phrase: 'spf check: fail', seen: 'various MTAs' },
  { phrase: 'fails to pass spf', seen: 'Gmail (hard-fail SPF)' },
  { phrase: 'spf record with a hard fail', seen: 'Gmail' },
  { phrase: 'fails to pass authentication checks', seen: 'Gmail (5.7.26)' },
  { phrase: 'does not have authentication information', seen: 'Gmail' },
  { phrase: 'senders to authenticate', seen: 'Gmail (SPF or DKIM required)' },
  { phrase: 'sender is unauthenticated', seen: 'Gmail' },
  { phrase: 'required authentication level', seen: 'Exchange Online (5.7.515)' },
  { phrase: 'spf validation', seen: 'RFC 7372 texts (5.7.23, 5.7.24)' },
  { phrase: 'dkim signature', seen: 'RFC 7372 texts (5.7.20 to 5.7.22)' },
  { phrase: 'dkim validation', seen: 'Exchange Online' },
  { phrase: 'spf (sender policy framework) domain authentication fail', seen: 'NetEase' },
  {
    phrase: "5322.from address doesn't meet the authentication requirements",
    seen: 'Exchange Online',
  },
  { phrase: [' is not allowed to send mail.', '_401'], seen: 'La Poste (SPF)' },
];
