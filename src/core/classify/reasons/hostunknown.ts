import type { PhraseRow } from '../types.ts';

/** The recipient's domain does not exist or has no usable address (RFC 3463 X.1.2). */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'host unknown', seen: 'Sendmail' },
  { phrase: 'unknown host', seen: 'various MTAs' },
  { phrase: 'no such domain', seen: 'Courier, various MTAs' },
  { phrase: 'domain does not exist', seen: 'OpenSMTPD, various MTAs' },
  { phrase: 'host or domain name not found', seen: 'Postfix' },
  { phrase: 'unrouteable address', seen: 'Exim' },
  { phrase: 'unroutable address', seen: 'various MTAs' },
  { phrase: 'domain is not reachable', seen: 'Outlook.com' },
  { phrase: 'domain must exist', seen: 'various MTAs' },
  { phrase: 'unknown domain', seen: 'various MTAs' },
  { phrase: 'invalid domain', seen: 'Amazon SES, Exchange' },
  { phrase: 'illegal host/domain name', seen: 'Oracle Messaging Server' },
  { phrase: 'name or service not known', seen: 'various MTAs' },
  { phrase: 'mail domain mentioned in email address is unknown', seen: 'various MTAs' },
  { phrase: ['553 ', ' does not exist'], seen: 'Exim-based receivers' },
  { phrase: 'host unreachable', seen: 'various MTAs' },
  { phrase: 'the account or domain may not exist', seen: 'various MTAs' },
  { phrase: 'all host address lookups failed permanently', seen: 'Exim' },
  { phrase: 'all relevant mx records point to non-existent hosts', seen: 'Exim' },
  { phrase: "sorry, i couldn't find any host ", seen: 'qmail' },
  { phrase: ['dns lookup failure: host ', ' not found'], seen: 'DragonFly Mail Agent' },
];
