import type { Reason } from '../reasons.ts';
import type { ParsedMessage } from './message.ts';

/**
 * Bounce formats whose writer alone states the reason, whatever language the words are in.
 * Tried before the DSN and the text readers.
 */
export interface FormatRule {
  id: string;
  reason: Reason;
  /** Where the format is seen. */
  seen: string;
  test(message: ParsedMessage): boolean;
}

const header = (message: ParsedMessage, name: string) => message.headers.get(name) ?? '';

export const FORMAT_RULES: readonly FormatRule[] = [
  {
    id: 'google-groups',
    reason: 'rejected',
    seen: 'Google Groups: the group does not exist or does not take posts from the sender',
    test: (m) => /@googlegroups\.com\b/i.test(header(m, 'x-failed-recipients')),
  },
  {
    id: 'complaint-report',
    reason: 'feedback',
    seen: 'Microsoft JMRP and similar complaint loops sent as multipart/mixed, not RFC 5965',
    test: (m) => /^\s*complaint about message from\b/i.test(header(m, 'subject')),
  },
  {
    id: 'apple-unsubscribe',
    reason: 'feedback',
    seen: 'Apple Mail sends an unsubscribe request on the recipient’s behalf',
    test: (m) => /\bsent this email to unsubscribe\b/i.test(m.text.slice(0, 2000)),
  },
];
