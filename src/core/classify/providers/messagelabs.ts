import type { ProviderTable } from './provider.ts';

/** Symantec (Broadcom) Email Security.cloud, formerly MessageLabs (*.messagelabs.com). */
export const MESSAGELABS: ProviderTable = {
  id: 'messagelabs',
  providers: ['messagelabs'],
  hosts: ['.messagelabs.com'],
  rows: [
    { phrase: 'domain authentication fail', reason: 'authfailure', seen: 'SPF or DMARC, 553' },
    { phrase: 'connection rejected by policy', reason: 'badreputation', seen: '501 [7.7]' },
    { phrase: 'your ip is in the pbl', reason: 'blocked', seen: '553 Spamhaus PBL' },
    { phrase: 'your ip address has been', reason: 'blocked', seen: '553 blocked or blacklisted' },
    { phrase: 'stray linefeeds in message', reason: 'contenterror', seen: '553 (#5.6.2)' },
    { phrase: 'tls/sslv3 connection required', reason: 'securityerror', seen: '451 (#4.7.1)' },
    { phrase: ' as a relay, ', reason: 'norelaying', seen: 'relay not configured' },
    { phrase: 'not rfc 5322', reason: 'notcompliantrfc', seen: '550' },
    { phrase: '550 requested action aborted [4]', reason: 'notcompliantrfc', seen: 'RFC 2822' },
    { phrase: 'sender envelope domain not allowed', reason: 'rejected', seen: '550 (#5.1.8)' },
    { phrase: 'your domain has been', reason: 'rejected', seen: '553 blocked or blacklisted' },
    { phrase: 'your email address has been', reason: 'rejected', seen: '553 blocked' },
    { phrase: 'in my badmailfrom list', reason: 'rejected', seen: '553 (#5.7.1)' },
    {
      phrase: 'turn on smtp authentication',
      reason: 'securityerror',
      seen: 'Email Security.cloud',
    },
    { phrase: 'message filtered', reason: 'spamdetected', seen: '553 Message Filtered' },
    { phrase: 'filtered by outbound scanning', reason: 'spamdetected', seen: 'outbound scan' },
    { phrase: 'too many recipients received this hour', reason: 'toomanyconn', seen: '452' },
    { phrase: 'too many messages', reason: 'toomanyconn', seen: '460 (#4.3.0)' },
    { phrase: 'no such user', reason: 'userunknown', seen: 'Email Security.cloud' },
    { phrase: 'invalid recipient', reason: 'userunknown', seen: '550 (#5.1.1)' },
    { phrase: 'mailbox is not allowed', reason: 'userunknown', seen: '553' },
  ],
};
