import type { PhraseRow } from '../types.ts';

/** The sender's envelope address (MAIL FROM) was refused. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'sender address rejected', seen: 'Postfix, Yahoo, Exchange (5.1.8)' },
  { phrase: 'sender rejected', seen: 'various MTAs' },
  { phrase: 'sender was rejected', seen: 'qmail' },
  { phrase: 'sender email address rejected', seen: 'various MTAs' },
  { phrase: 'sender verify failed', seen: 'Exim callout' },
  { phrase: 'invalid sender', seen: 'various MTAs' },
  { phrase: 'unroutable sender address', seen: 'Exim' },
  { phrase: 'domain of sender address ', seen: 'Postfix (reject_unknown_sender_domain)' },
  { phrase: 'sender domain is empty', seen: 'various MTAs' },
  { phrase: 'sender address has been blacklisted', seen: 'various MTAs' },
  { phrase: 'sender is in my black list', seen: 'various MTAs' },
  { phrase: 'address that has been blacklisted', seen: 'SendGrid, various MTAs' },
  { phrase: 'your email address has been blacklisted', seen: 'MessageLabs' },
  { phrase: 'sender not pre-approved', seen: 'various MTAs' },
  { phrase: 'null sender is not allowed', seen: 'various MTAs' },
  { phrase: 'empty envelope senders not allowed', seen: 'various MTAs' },
  { phrase: 'bogus mail from', seen: 'IMail' },
  { phrase: 'mail from not owned by user', seen: 'various MTAs' },
  { phrase: 'recipient addresses rejected : access denied', seen: 'Exchange Online' },
  { phrase: 'access denied (in reply to mail from command)', seen: 'Postfix transcripts' },
  { phrase: 'does not exist e2110', seen: 'various MTAs (sender domain unknown)' },
  { phrase: 'returned mail not accepted here', seen: 'various MTAs' },
  { phrase: 'batv failed to verify', seen: 'SonicWall' },
  { phrase: 'batv validation failure', seen: 'SonicWall' },
  { phrase: 'rejected by batv defense', seen: 'various MTAs' },
  { phrase: 'no third-party dsns', seen: 'SpamWall' },
  { phrase: 'fully qualified email address required', seen: 'McAfee' },
  { phrase: 'not a member of this mailing list', seen: 'fml and other list managers' },
  { phrase: 'not allowed to post to this mailing list', seen: 'list managers' },
  { phrase: 'may not have permission to post messages to the group', seen: 'Google Groups' },
  { phrase: "'send mail as'", seen: 'Gmail (misconfigured Send mail as alias)' },
  { phrase: 'temporarily deferred due to unexpected volume or user complaints', seen: 'Yahoo' },
  { phrase: 'this server does not accept mail from', seen: 'various MTAs' },
  { phrase: 'envelope blocked', seen: 'various MTAs' },
  { phrase: 'mail sending denied', seen: 'Google Workspace' },
];

/** Words that refuse the sender only when they answer MAIL FROM; elsewhere they say little. */
export const AT_MAIL: readonly PhraseRow[] = [
  { phrase: 'access denied', seen: 'Postfix and Sendmail access maps at MAIL FROM' },
  { phrase: 'not allowed', seen: 'various MTAs at MAIL FROM' },
];
