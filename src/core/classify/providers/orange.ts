import type { Reason } from '../../reasons.ts';
import type { ProviderRow, ProviderTable } from './provider.ts';

/**
 * Orange and La Poste (France) end each refusal with a code such as `OFR_416` or `LPN007_426`;
 * the last three digits say why, and the prefix names the provider, so these rows apply
 * whatever host is known. Codes as Orange's postmaster pages and smtpfieldmanual.com describe
 * them. Codes that only say "try later" (105, 107 …) are left to the other rules.
 */
const CODES: ReadonlyArray<readonly [string, Reason, string]> = [
  ['101', 'blocked', 'sending IP on a blocklist (Spamhaus)'],
  ['102', 'blocked', 'sending IP blocked for spam'],
  ['103', 'blocked', 'service refused to the sending IP'],
  ['104', 'toomanyconn', 'too many connections'],
  ['305', 'securityerror', 'invalid authentication code'],
  ['401', 'authfailure', 'SPF: not allowed to send mail'],
  ['402', 'securityerror', 'authentication required'],
  ['403', 'rejected', 'invalid sender'],
  ['405', 'rejected', 'invalid sender'],
  ['415', 'rejected', 'invalid sender'],
  ['416', 'userunknown', 'invalid recipient'],
  ['417', 'mailboxfull', 'recipient over quota'],
  ['420', 'suspend', 'archived recipient'],
  ['421', 'rejected', 'mail from not owned by user'],
  ['426', 'suspend', 'recipient account blocked'],
  ['505', 'systemerror', 'service refused at end of DATA'],
  ['506', 'spamdetected', 'mail rejected by the content filter'],
  ['510', 'blocked', 'service refused at end of DATA'],
  ['514', 'mesgtoobig', 'message size limit reached'],
  ['517', 'authfailure', 'DMARC verification failed'],
  ['630', 'policyviolation', 'client host rejected by policy'],
  ['999', 'blocked', 'service refused'],
];

/** The code's prefix: LPN (La Poste), OFR (Orange France), OUK (Orange UK). */
const LABELS = ['lpn', 'ofr', 'ouk'];

const rows: ProviderRow[] = CODES.flatMap(([code, reason, meaning]) =>
  LABELS.map((label) => ({
    phrase: [label, `_${code}`],
    reason,
    seen: `Orange / La Poste code ${code}: ${meaning}`,
  })),
);

export const ORANGE: ProviderTable = {
  id: 'orange',
  providers: ['orange'],
  hosts: ['.laposte.net', '.orange.fr', '.wanadoo.fr'],
  anywhere: true,
  rows: [
    ...rows,
    {
      phrase: 'spf/dns de votre nom de domaine',
      reason: 'authfailure',
      seen: 'Orange: invalid sender, SPF check failed',
    },
  ],
};
