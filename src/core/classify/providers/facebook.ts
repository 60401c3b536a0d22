import type { Reason } from '../../reasons.ts';
import type { ProviderRow, ProviderTable } from './provider.ts';

/**
 * Facebook's mail servers name the cause with a code such as `RCP-P2`, listed on
 * https://www.facebook.com/postmaster/response_codes. The codes are Facebook's own, so the rows
 * apply whatever host is known.
 */
const CODES: ReadonlyArray<readonly [string, Reason, string]> = [
  ['pol-p7', 'authfailure', 'fails domain authentication requirements'],
  ['pol-p1', 'blocked', 'sending IP on the Spamhaus PBL'],
  ['pol-p2', 'blocked', 'sending IP no longer accepted'],
  ['pol-p3', 'blocked', 'sending server refused for 4 to 8 hours'],
  ['pol-p4', 'blocked', 'sending server refused for 24 to 48 hours'],
  ['pol-t1', 'blocked', 'sending server deferred for 1 to 2 hours'],
  ['pol-t2', 'blocked', 'sending server deferred for 4 to 8 hours'],
  ['pol-t3', 'blocked', 'sending server deferred for 24 to 48 hours'],
  ['msg-p2', 'contenterror', 'attachment type not accepted'],
  ['rcp-p2', 'filtered', "recipient's preferences"],
  ['rcp-p3', 'filtered', "recipient's privacy settings"],
  ['msg-p1', 'mesgtoobig', 'message over the size limit'],
  ['int-p2', 'mesgtoobig', 'message over the size limit'],
  ['msg-p3', 'notcompliantrfc', 'a header field that may occur once occurs twice'],
  ['dns-p1', 'rejected', 'MAIL FROM domain does not exist'],
  ['dns-p2', 'rejected', 'MAIL FROM domain has no MX'],
  ['dns-t1', 'rejected', 'MAIL FROM domain does not resolve'],
  ['dns-p3', 'requireptr', 'no reverse DNS record'],
  ['dns-t2', 'requireptr', 'reverse DNS record does not resolve'],
  ['pol-p6', 'spamdetected', 'a blocked URL in the message'],
  ['rcp-t4', 'suspend', 'recipient address deactivated'],
  ['rcp-t1', 'systemerror', 'internal system issue'],
  ['con-t1', 'toomanyconn', 'too many connections to Facebook'],
  ['con-t2', 'toomanyconn', 'too many connections from the sender'],
  ['con-t3', 'toomanyconn', 'too many new connections'],
  ['con-t4', 'toomanyconn', 'too many recipients on the connection'],
  ['msg-t1', 'toomanyconn', 'too many recipients on the message'],
  ['rcp-p1', 'userunknown', 'recipient does not exist'],
  ['int-p1', 'userunknown', 'recipient does not exist'],
  ['int-p3', 'userunknown', 'recipient group does not exist'],
  ['int-p4', 'userunknown', 'recipient does not exist'],
  ['pol-p5', 'virusdetected', 'the message contains a virus'],
];

const rows: ProviderRow[] = CODES.map(([code, reason, meaning]) => ({
  phrase: ` ${code} `,
  reason,
  seen: `Facebook ${code.toUpperCase()}: ${meaning}`,
}));

export const FACEBOOK: ProviderTable = {
  id: 'facebook',
  providers: ['facebook'],
  hosts: ['.facebook.com', '.facebookmail.com'],
  anywhere: true,
  rows,
};
