import type { Reason } from '../../reasons.ts';
import type { ProviderRow, ProviderTable } from './provider.ts';

/**
 * Outlook.com and Hotmail (consumer mail). Its own texts and the codes of its postmaster
 * troubleshooting page (RP-, SC-, DY-, OU-); Exchange Online's texts are in exchange.ts.
 * Directory-based edge blocking answers 5.4.1 "Recipient address rejected: Access denied" when
 * no such recipient exists.
 */
const CODES: ReadonlyArray<readonly [string, Reason, string]> = [
  ['rp-001', 'badreputation', 'rate limited for IP or domain reputation'],
  ['rp-002', 'badreputation', 'rate limited on this connection for reputation'],
  ['rp-003', 'badreputation', 'connection limit for reputation'],
  ['sc-001', 'badreputation', 'refused for spam-like content or reputation'],
  ['sc-002', 'policyviolation', 'namespace mining'],
  ['sc-003', 'blocked', 'open proxy or relay'],
  ['sc-004', 'blocked', 'complaints about the sending IP'],
  ['dy-001', 'blocked', 'dynamic IP address'],
  ['ou-001', 'blocked', 'blocklisted (Spamhaus)'],
  ['ou-002', 'badreputation', 'spam-like content or reputation'],
];

const rows: ProviderRow[] = CODES.map(([code, reason, meaning]) => ({
  phrase: ` (${code})`,
  reason,
  seen: `Outlook.com ${code.toUpperCase()}: ${meaning}`,
}));

export const OUTLOOK: ProviderTable = {
  id: 'outlook',
  providers: ['outlook'],
  hosts: ['.outlook.com', '.hotmail.com'],
  rows: [
    { phrase: 'recipient address rejected: access denied', reason: 'userunknown', seen: '5.4.1' },
    { phrase: 'mailbox unavailable', reason: 'userunknown', seen: 'Outlook.com 550 5.5.0' },
    { phrase: 'on our block list', reason: 'blocked', seen: 'Outlook.com S3150' },
    { phrase: 'transaction failed', reason: 'systemerror', seen: 'Outlook.com 554' },
    ...rows,
  ],
};
