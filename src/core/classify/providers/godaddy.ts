import type { Reason } from '../../reasons.ts';
import type { ProviderRow, ProviderTable } from './provider.ts';

/**
 * GoDaddy's inbound servers end a refusal with a code such as `IB607`, from its help page
 * "Fix rejected email with a bounce error". No one else writes these codes after a space, so
 * the rows apply whatever host is known.
 */
const CODES: ReadonlyArray<readonly [string, Reason, string]> = [
  ['401', 'securityerror', 'authentication not allowed on inbound servers'],
  ['501', 'notcompliantrfc', 'blank From: address'],
  ['502', 'notcompliantrfc', 'IP address as From: address'],
  ['506', 'rejected', 'From: domain is invalid'],
  ['508', 'authfailure', 'invalid SPF record'],
  ['108', 'requireptr', 'reverse DNS for the IP failed'],
  ['212', 'spamdetected', 'content judged to be spam'],
  ['705', 'virusdetected', 'virus infected message'],
  ['605', 'toomanyconn', 'too many recipients'],
  ['007', 'toomanyconn', 'too many sessions from the IP'],
  ['101', 'speeding', 'server temporarily unavailable, high volume'],
  ['110', 'blocked', 'IP blocked for an hour for spam'],
  ['111', 'blocked', 'IP blocked for the day for spam'],
  ['112', 'blocked', 'IP blocked for an hour for invalid recipients'],
  ['113', 'blocked', 'IP blocked for the day for invalid recipients'],
  ['504', 'speeding', 'too many messages this hour'],
  ['510', 'speeding', 'too many messages per session'],
  ['607', 'speeding', 'too many recipients this hour'],
  ['103', 'badreputation', 'poor reputation on Cloudmark CSI'],
  ['104', 'blocked', 'Spamhaus SBL'],
  ['105', 'blocked', 'Spamhaus XBL'],
  ['106', 'blocked', 'Spamhaus PBL'],
];

const rows: ProviderRow[] = CODES.map(([code, reason, meaning]) => ({
  phrase: ` ib${code}`,
  reason,
  seen: `GoDaddy IB${code}: ${meaning}`,
}));

export const GODADDY: ProviderTable = {
  id: 'godaddy',
  providers: ['godaddy'],
  hosts: ['.secureserver.net'],
  anywhere: true,
  rows,
};
