import type { PhraseRow } from '../types.ts';

/** The server does not relay for the sender to that destination. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'relay access denied', seen: 'Postfix' },
  { phrase: 'relaying denied', seen: 'Sendmail' },
  { phrase: 'relay denied', seen: 'various MTAs' },
  { phrase: 'relay not permitted', seen: 'various MTAs' },
  { phrase: 'no relaying', seen: 'various MTAs' },
  { phrase: 'unable to relay', seen: 'Exchange, various MTAs' },
  { phrase: 'relaying mail to ', seen: 'various MTAs' },
  { phrase: 'not configured to relay mail', seen: 'various MTAs' },
  { phrase: 'insecure mail relay', seen: 'Sendmail' },
  { phrase: 'as a relay', seen: 'various MTAs' },
  { phrase: 'not allowed to relay through this machine', seen: 'various MTAs' },
  { phrase: 'not permitted to relay through this server', seen: 'various MTAs' },
  { phrase: 'not an open relay', seen: 'various MTAs' },
  { phrase: 'mail relay denied', seen: 'Google Workspace SMTP relay' },
  { phrase: 'email address is not verified', seen: 'Amazon SES (sandbox identity)' },
  { phrase: "that domain isn't in my list of allowed rcpthost", seen: 'qmail' },
  { phrase: "we don't handle mail for", seen: 'various MTAs' },
  { phrase: 'specified domain is not allowed', seen: 'various MTAs' },
  { phrase: 'when attempting to send to a non-local e-mail address', seen: 'MailEnable' },
  { phrase: 'not a gateway', seen: 'various MTAs' },
  { phrase: 'not local host', seen: 'various MTAs' },
];
