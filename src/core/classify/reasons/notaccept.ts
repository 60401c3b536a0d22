import type { PhraseRow } from '../types.ts';

/** The destination accepts no mail at all: a null MX, no MX, or a host that refuses mail. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'host does not accept mail', seen: 'Sendmail' },
  { phrase: 'host/domain does not accept mail', seen: 'iCloud, Oracle Messaging Server' },
  { phrase: 'does not accept mail (nullmx)', seen: 'various MTAs (RFC 7505 null MX)' },
  { phrase: 'null mx', seen: 'RFC 7505' },
  { phrase: 'no mx record found for domain', seen: 'Yahoo' },
  { phrase: "couldn't find a mail exchanger", seen: 'qmail' },
  { phrase: 'mail receiving disabled', seen: 'various MTAs' },
  { phrase: 'no route for current request', seen: 'various MTAs' },
  { phrase: 'smtp protocol returned a permanent error', seen: 'various MTAs' },
  { phrase: 'name server: .: host not found', seen: 'Sendmail' },
  { phrase: 'an mx or srv record indicated no smtp service', seen: 'Exim' },
  { phrase: 'no host found for existing smtp connection', seen: 'Exim' },
  { phrase: 'destination seem to reject all mails', seen: 'OpenSMTPD (sic)' },
  { phrase: 'no mx found for domain', seen: 'OpenSMTPD' },
  { phrase: 'no mx found for destination', seen: 'OpenSMTPD' },
];
