import type { PhraseRow } from '../types.ts';

/** Too many connections, sessions or recipients from the sender at once. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'too many connections', seen: 'various MTAs, Exchange Online' },
  { phrase: 'too many concurrent smtp connections', seen: 'Exchange Online' },
  { phrase: 'connection rate limit exceeded', seen: 'Postfix (anvil)' },
  { phrase: 'too many smtp sessions for this host', seen: 'Sendmail' },
  { phrase: 'too many recipients', seen: 'NTT docomo, Gmail, various MTAs' },
  { phrase: 'exceeds per-domain connection limit', seen: 'various MTAs' },
  { phrase: 'at maximum connection limit', seen: 'SendGrid' },
  { phrase: 'too many errors from your ip', seen: 'Free.fr' },
  { phrase: 'ip frequency limited', seen: 'Tencent (QQ Mail)' },
  { phrase: 'frequency limited', seen: 'Tencent, NetEase' },
  { phrase: 'throttling failure', seen: 'Amazon SES' },
  { phrase: 'has exceeded the max emails per hour', seen: 'various hosting MTAs' },
  { phrase: 'trop de connexions', seen: 'French-language MTAs' },
  {
    phrase: 'we have already made numerous attempts to deliver this message',
    seen: 'various MTAs',
  },
];
