import type { Reason } from '../../reasons.ts';
import type { ProviderRow, ProviderTable } from './provider.ts';

/**
 * Cox (cox.net, whose inbound MX is cxr.mx.a.cloudfilter.net) ends a refusal with an `AUP#`
 * code from its postmaster page, which names the cause more precisely than the words before it.
 * No one else writes `AUP#` codes, so the rows apply whatever host is known.
 */
const CODES: ReadonlyArray<readonly [string, Reason, string]> = [
  ['cxbl', 'blocked', 'sending IP blocked for spam-like behaviour'],
  ['cdrbl', 'blocked', 'sending IP temporarily blocked for spam-like behaviour'],
  ['ipbl', 'blocked', 'sending IP on a DNS blocklist'],
  ['cxdns', 'requireptr', 'reverse DNS of the sending IP fails'],
  ['cxsndr', 'authfailure', 'sender domain fails SPF or DKIM'],
  ['cxsmtp', 'rejected', 'SMTP protocol violation, sender not verified'],
  ['cxcnct', 'toomanyconn', 'too many concurrent connections'],
  ['cxmxrt', 'toomanyconn', 'too many recipients, sender must wait'],
  ['cxthrt', 'securityerror', 'sending limited for suspicious account activity'],
  ['cxmj', 'securityerror', 'sending blocked for suspicious account activity'],
  ['urlbl', 'spamdetected', 'a URL in the body is on a blocklist'],
];

const rows: ProviderRow[] = CODES.map(([code, reason, meaning]) => ({
  phrase: `aup#${code}`,
  reason,
  seen: `Cox AUP#${code.toUpperCase()}: ${meaning}`,
}));

export const COX: ProviderTable = {
  id: 'cox',
  providers: ['cox'],
  hosts: ['.cox.net', 'cxr.mx.a.cloudfilter.net'],
  anywhere: true,
  rows,
};
