import type { PhraseRow } from '../types.ts';

/** The receiver's policy refuses the message or its sender, not its spam score. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'for policy reasons', seen: 'Yahoo (5.7.9), Yahoo! JAPAN, various MTAs' },
  { phrase: 'denied by policy', seen: 'various MTAs' },
  { phrase: 'local policy violation', seen: 'various MTAs' },
  { phrase: 'protocol violation', seen: 'various MTAs' },
  { phrase: 'header error', seen: 'Sendmail-based receivers' },
  { phrase: 'header are not accepted', seen: 'various MTAs' },
  { phrase: 'message rejected due to local policy', seen: 'various MTAs' },
  { phrase: 'rejected by organization policy', seen: 'various MTAs' },
  { phrase: 'message bounced due to organizational settings', seen: 'Exchange Online' },
  { phrase: 'email rejected due to security policies', seen: 'Mimecast' },
  { phrase: 'an illegal attachment on your message', seen: 'Gmail' },
  { phrase: 'content presents a potential security issue', seen: 'Gmail' },
  { phrase: 'has a policy that prohibited the mail', seen: 'Google Workspace' },
  { phrase: 'by non-member to a members-only list', seen: 'list managers' },
  { phrase: 'closed mailing list', seen: 'list managers' },
  { phrase: 'not subscribed to this group', seen: 'Google Groups' },
  { phrase: 'messages with multiple addresses', seen: 'various MTAs' },
  { phrase: "you're using a mass mailer", seen: 'various MTAs' },
  { phrase: 'we do not accept messages containing images or other attachments', seen: 'various' },
  { phrase: 'message given low priority', seen: 'various MTAs' },
  { phrase: 'because the recipient is not accepting mail with ', seen: 'AOL' },
  { phrase: 'content presents a potential', seen: 'Gmail' },
  { phrase: 'allowable number of posts without solving a captcha', seen: 'list managers' },
];
