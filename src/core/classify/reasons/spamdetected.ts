import type { PhraseRow } from '../types.ts';

/** A content filter judged the message to be spam. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: ' - spam', seen: 'various filters ("... - SPAM")' },
  { phrase: 'spam detected', seen: 'various filters' },
  { phrase: 'detected as spam', seen: 'various filters' },
  { phrase: 'scored as spam', seen: 'various filters' },
  { phrase: 'classified as spam', seen: 'various filters' },
  { phrase: 'identified as spam', seen: 'various filters' },
  { phrase: 'considered spam', seen: 'various filters' },
  { phrase: 'looks like spam', seen: 'various filters' },
  { phrase: 'appears to be spam', seen: 'various filters' },
  { phrase: 'probable spam', seen: 'various filters' },
  { phrase: 'rejected as spam', seen: 'various filters' },
  { phrase: 'spam classification', seen: 'Google Groups' },
  { phrase: 'spam content', seen: 'various filters' },
  { phrase: 'spam score', seen: 'SpamAssassin-based filters' },
  { phrase: 'spamassassin', seen: 'SpamAssassin-based filters' },
  { phrase: 'spam message rejected', seen: 'mail.ru' },
  { phrase: 'spam not accepted', seen: 'various filters' },
  { phrase: 'high probability of spam', seen: 'various filters' },
  { phrase: 'likely unsolicited mail', seen: 'Gmail' },
  { phrase: 'unsolicited bulk e-mail', seen: 'various filters' },
  { phrase: 'appears to be unsolicited', seen: 'various filters' },
  { phrase: 'blacklisted url in message', seen: 'IMail (URIBL)' },
  { phrase: 'uribl', seen: 'URI blocklist filters' },
  { phrase: ', ube,', seen: 'Barracuda' },
  { phrase: 'content filter rejection', seen: 'various filters' },
  { phrase: 'rejecting banned content', seen: 'amavisd' },
  { phrase: 'bulk email', seen: 'Cyberoam, various filters' },
  { phrase: 'mail rejete. mail rejected.', seen: 'Orange (Wanadoo)' },
  { phrase: 'mail content denied', seen: 'Tencent (QQ Mail)' },
  { phrase: 'message refused by mailmarshal spamprofiler', seen: 'MailMarshal' },
  { phrase: 'spam-like characteristics', seen: 'various filters' },
  { phrase: 'nature of the content or the links within', seen: 'Gmail' },
  { phrase: 'your message has triggered a spam block', seen: 'various filters' },
  { phrase: '迷惑メール', seen: 'Japanese-language filters' },
];

/**
 * Words that say the content was refused without saying why: spam when nothing else is known,
 * but a content error when the status code is X.6 (media), which is tried first.
 */
export const CONTENT_REJECTED: readonly PhraseRow[] = [
  { phrase: 'message content rejected', seen: 'Barracuda, Sendmail milters, Amazon SES receiving' },
  { phrase: 'rejecting mail content', seen: 'various filters' },
  { phrase: 'message rejected because of unacceptable content', seen: 'various filters' },
];
