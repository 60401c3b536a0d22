import type { Reason } from '../reasons.ts';

/**
 * Enhanced status codes (RFC 3463, RFC 7372, RFC 7505 and the IANA registry) and the reason
 * each one points to, as Sisimai 5.1 reads them. Detail codes that vendors add on their own
 * (Exchange's 5.7.509, 5.1.351 …) are in the provider tables, where their meaning is known.
 */
export const STATUS_REASONS: ReadonlyMap<string, Reason> = new Map<string, Reason>([
  ['2.1.5', 'delivered'], // Destination address valid
  ['4.1.6', 'hasmoved'], // Destination mailbox has moved
  ['4.1.7', 'rejected'], // Bad sender's mailbox address syntax
  ['4.1.8', 'rejected'], // Bad sender's system address
  ['4.1.9', 'systemerror'], // Message relayed to non-compliant mailer
  ['4.2.1', 'blocked'], // Mailbox disabled, not accepting messages (temporarily)
  ['4.2.2', 'mailboxfull'], // Mailbox full
  ['4.2.3', 'exceedlimit'], // Message length exceeds administrative limit
  ['4.2.4', 'filtered'], // Mailing list expansion problem
  ['4.3.1', 'systemfull'], // Mail system full
  ['4.3.2', 'notaccept'], // System not accepting network messages
  ['4.3.3', 'systemerror'], // System not capable of selected features
  ['4.3.5', 'systemerror'], // System incorrectly configured
  ['4.4.1', 'expired'], // No answer from host
  ['4.4.2', 'networkerror'], // Bad connection
  ['4.4.3', 'systemerror'], // Directory server failure
  ['4.4.4', 'networkerror'], // Unable to route
  ['4.4.5', 'systemfull'], // Mail system congestion
  ['4.4.6', 'networkerror'], // Routing loop detected
  ['4.4.7', 'expired'], // Delivery time expired
  ['4.5.3', 'systemerror'], // Too many recipients
  ['4.5.5', 'systemerror'], // Wrong protocol version
  ['4.6.0', 'contenterror'], // Other or undefined media error
  ['4.6.2', 'contenterror'], // Conversion required and prohibited
  ['4.6.5', 'contenterror'], // Conversion failed
  ['4.7.1', 'blocked'], // Delivery not authorized, message refused (temporarily)
  ['4.7.2', 'blocked'], // Mailing list expansion prohibited
  ['4.7.5', 'securityerror'], // Cryptographic failure
  ['4.7.6', 'securityerror'], // Cryptographic algorithm not supported
  ['4.7.7', 'securityerror'], // Message integrity failure
  ['4.7.12', 'securityerror'], // A password transition is needed
  ['4.7.15', 'securityerror'], // Priority level is too low
  ['4.7.16', 'mesgtoobig'], // Message is too big for the specified priority
  ['4.7.24', 'authfailure'], // SPF validation error
  ['4.7.25', 'requireptr'], // Reverse DNS validation failed
  ['4.7.26', 'authfailure'], // Multiple authentication checks failed
  ['5.1.0', 'userunknown'], // Other address status
  ['5.1.1', 'userunknown'], // Bad destination mailbox address
  ['5.1.2', 'hostunknown'], // Bad destination system address
  ['5.1.3', 'userunknown'], // Bad destination mailbox address syntax
  ['5.1.4', 'filtered'], // Destination mailbox address ambiguous
  ['5.1.6', 'hasmoved'], // Destination mailbox has moved, no forwarding address
  ['5.1.7', 'rejected'], // Bad sender's mailbox address syntax
  ['5.1.8', 'rejected'], // Bad sender's system address
  ['5.1.9', 'systemerror'], // Message relayed to non-compliant mailer
  ['5.1.10', 'notaccept'], // Recipient address has null MX (RFC 7505)
  ['5.2.0', 'filtered'], // Other or undefined mailbox status
  ['5.2.1', 'filtered'], // Mailbox disabled, not accepting messages
  ['5.2.2', 'mailboxfull'], // Mailbox full
  ['5.2.3', 'exceedlimit'], // Message length exceeds administrative limit
  ['5.2.4', 'filtered'], // Mailing list expansion problem
  ['5.3.0', 'systemerror'], // Other or undefined mail system status
  ['5.3.1', 'systemfull'], // Mail system full
  ['5.3.2', 'notaccept'], // System not accepting network messages
  ['5.3.3', 'systemerror'], // System not capable of selected features
  ['5.3.4', 'mesgtoobig'], // Message too big for system
  ['5.3.5', 'systemerror'], // System incorrectly configured
  ['5.4.0', 'networkerror'], // Other or undefined network or routing status
  ['5.4.3', 'systemerror'], // Directory server failure
  ['5.4.4', 'hostunknown'], // Unable to route
  ['5.4.6', 'networkerror'], // Routing loop detected
  ['5.4.7', 'expired'], // Delivery time expired
  ['5.5.2', 'syntaxerror'], // Syntax error
  ['5.5.3', 'toomanyconn'], // Too many recipients
  ['5.5.4', 'systemerror'], // Invalid command arguments
  ['5.5.5', 'systemerror'], // Wrong protocol version
  ['5.5.6', 'syntaxerror'], // Authentication exchange line is too long
  ['5.6.0', 'contenterror'], // Other or undefined media error
  ['5.6.1', 'contenterror'], // Media not supported
  ['5.6.2', 'contenterror'], // Conversion required and prohibited
  ['5.6.3', 'contenterror'], // Conversion required but not supported
  ['5.6.5', 'contenterror'], // Conversion failed
  ['5.6.6', 'contenterror'], // Message content not available
  ['5.6.7', 'contenterror'], // Non-ASCII addresses not permitted
  ['5.6.8', 'contenterror'], // UTF-8 string reply is required
  ['5.6.9', 'contenterror'], // UTF-8 header message cannot be transferred
  ['5.7.0', 'securityerror'], // Other or undefined security status
  ['5.7.1', 'securityerror'], // Delivery not authorized, message refused
  ['5.7.2', 'securityerror'], // Mailing list expansion prohibited
  ['5.7.3', 'securityerror'], // Security conversion required but not possible
  ['5.7.4', 'securityerror'], // Security features not supported
  ['5.7.5', 'securityerror'], // Cryptographic failure
  ['5.7.6', 'securityerror'], // Cryptographic algorithm not supported
  ['5.7.7', 'securityerror'], // Message integrity failure
  ['5.7.8', 'securityerror'], // Authentication credentials invalid
  ['5.7.9', 'securityerror'], // Authentication mechanism is too weak
  ['5.7.10', 'securityerror'], // Encryption needed
  ['5.7.11', 'securityerror'], // Encryption required for requested authentication mechanism
  ['5.7.13', 'suspend'], // User account disabled
  ['5.7.14', 'securityerror'], // Trust relationship required
  ['5.7.15', 'securityerror'], // Priority level is too low
  ['5.7.16', 'mesgtoobig'], // Message is too big for the specified priority
  ['5.7.17', 'hasmoved'], // Mailbox owner has changed
  ['5.7.18', 'hasmoved'], // Domain owner has changed
  ['5.7.19', 'securityerror'], // RRVS test cannot be completed
  ['5.7.20', 'authfailure'], // No passing DKIM signature found
  ['5.7.21', 'authfailure'], // No acceptable DKIM signature found
  ['5.7.22', 'authfailure'], // No valid author-matched DKIM signature found
  ['5.7.23', 'authfailure'], // SPF validation failed
  ['5.7.24', 'authfailure'], // SPF validation error
  ['5.7.25', 'requireptr'], // Reverse DNS validation failed
  ['5.7.26', 'authfailure'], // Multiple authentication checks failed
  ['5.7.27', 'notaccept'], // Sender address has null MX
  ['5.7.28', 'spamdetected'], // Mail flood detected
  ['5.7.29', 'authfailure'], // ARC validation failure
  ['5.7.30', 'securityerror'], // REQUIRETLS support required
]);

/**
 * When the detail is not in the table, the subject alone still says something for content
 * (X.6) and for security or policy (X.7), as RFC 3463 defines those subjects.
 */
export const SUBJECT_REASONS: ReadonlyMap<string, Reason> = new Map<string, Reason>([
  ['4.6', 'contenterror'],
  ['5.6', 'contenterror'],
  ['4.7', 'securityerror'],
  ['5.7', 'securityerror'],
]);

/** The reason an enhanced status code points to, exactly or by its subject. */
export function reasonOfStatus(status: string | null): Reason | null {
  if (!status) return null;
  const exact = STATUS_REASONS.get(status);
  if (exact) return exact;
  const subject = status.slice(0, status.indexOf('.', 2));
  return SUBJECT_REASONS.get(subject) ?? null;
}
