import { describe, expect, it } from 'vitest';
import { isQuestionLike, looksLikeError } from '../../src/knowledge/input-kind.ts';

describe('telling errors from questions', () => {
  it.each([
    '550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown',
    'The user(s) account is temporarily over quota.',
    'connect to mx.ezweb.ne.jp[27.86.113.3]:25: Connection timed out',
    'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
    'Jun  1 10:00:00 mx postfix/smtp[1]: ABC: to=<a@au.com>, status=bounced (host said: 550)',
    '4.4.7',
  ])('sees an error in %s', (text) => {
    expect(looksLikeError(text)).toBe(true);
  });

  it.each(['auに何通まで送れますか', 'what is a dynamic ip address', '逆引き 設定'])(
    'sees no error in %s',
    (text) => {
      expect(looksLikeError(text)).toBe(false);
    },
  );

  it.each([
    'auに何通まで送れますか',
    '動的IPアドレスとは',
    'how many recipients per message?',
    'user unknownのアドレスはいつ消すべき？',
    '輻輳 基準',
  ])('treats %s as a question', (text) => {
    expect(isQuestionLike(text)).toBe(true);
  });

  it('does not treat a pasted bounce as a question', () => {
    expect(isQuestionLike('550 5.1.1 User unknown')).toBe(false);
    expect(
      isQuestionLike('Final-Recipient: rfc822; a@au.com\nStatus: 5.1.1\nAction: failed\nX: 1'),
    ).toBe(false);
  });
});
