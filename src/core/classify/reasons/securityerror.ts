import type { PhraseRow } from '../types.ts';

/**
 * Authentication or encryption that the session needed was missing or failed. Sisimai 5.1 has no
 * separate reason for a failed STARTTLS, so those phrases live here.
 */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'authentication required', seen: 'Exchange (RESOLVER.RST.AuthRequired), Gmail' },
  { phrase: 'authentication failure', seen: 'various MTAs' },
  { phrase: 'authentication failed', seen: 'Postfix SMTP client' },
  { phrase: 'authentication credentials invalid', seen: 'RFC 4954 5.7.8 text' },
  { phrase: 'unauthenticated senders not allowed', seen: 'various MTAs' },
  { phrase: 'you are not authorized to send mail, authentication is required', seen: 'various' },
  { phrase: 'username and password not accepted', seen: 'Gmail' },
  { phrase: 'application-specific password required', seen: 'Gmail' },
  { phrase: 'account not subscribed to ses', seen: 'Amazon SES' },
  { phrase: 'is not authorized to perform ses:sendrawemail', seen: 'Amazon SES' },
  { phrase: 'starttls is required to send mail', seen: 'Exchange Online, various MTAs' },
  { phrase: 'must issue a starttls command first', seen: 'Gmail, Postfix' },
  { phrase: 'tls required but not supported', seen: 'SendGrid' },
  { phrase: 'tls required for rcpt domain', seen: 'Google Workspace' },
  { phrase: 'failed mta-sts validation', seen: 'Exchange Online' },
  { phrase: 'starttls-not-supported', seen: 'Exchange Online' },
  { phrase: 'certificate-expired', seen: 'Exchange Online' },
  { phrase: 'executable files are not allowed in compressed files', seen: 'various scanners' },
  { phrase: 'authentication turned on in your email client', seen: 'various MTAs' },
  {
    phrase: "you don't authenticate or the domain isn't in my list of allowed rcpthosts",
    seen: 'qmail',
  },
  { phrase: 'verification failure', seen: 'various MTAs' },
  { phrase: ['authentification invalide', '305'], seen: 'Orange' },
  { phrase: ['authentification requise', '402'], seen: 'Orange' },
  { phrase: ['domain ', ' is a dead domain'], seen: 'various MTAs' },
  { phrase: 'could not retrieve credentials', seen: 'OpenSMTPD' },
];
