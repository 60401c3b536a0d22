import { describe, expect, it } from 'vitest';
import { decode } from '../../src/core/index.ts';
import { expectWellFormed } from '../property/well-formed.ts';

/**
 * Generous guards, not benchmarks: each of these took from several seconds to minutes before the
 * pattern or the reader was made linear, and takes milliseconds now.
 */
const GUARD = 5000;

const KB = 1024;

const HEAD = 'From: MAILER-DAEMON@mail.example.com\nTo: sender@example.com\nMIME-Version: 1.0\n';

describe('input shapes that made a reader slow', () => {
  it(
    'reads an HTML notification that is a megabyte of open brackets',
    async () => {
      const input = `${HEAD}Subject: Undelivered\nContent-Type: text/html\n\n${'<'.repeat(1024 * KB)}`;

      const result = await decode(input);

      expectWellFormed(result);
    },
    GUARD,
  );

  it(
    'reads an HTML notification whose tags never close',
    async () => {
      const input = `${HEAD}Subject: Undelivered\nContent-Type: text/html\n\n${'<br x'.repeat(200 * KB)}`;

      const result = await decode(input);

      expectWellFormed(result);
    },
    GUARD,
  );

  it(
    'reads an X-Failed-Recipients field of 200,000 dots between two letters',
    async () => {
      const field = `a${'.'.repeat(200 * KB)}a`;
      const input = `${HEAD}Subject: Mail delivery failed\nX-Failed-Recipients: ${field}\n\n550 no\n`;

      const result = await decode(input);

      expectWellFormed(result);
      expect(result.recipients[0]?.recipient ?? null).toBeNull();
    },
    GUARD,
  );

  it(
    'reads an X-Failed-Recipients field and a feedback report line of 1.5 MB of letters',
    async () => {
      const letters = 'あ'.repeat(1536 * KB);
      const failed = `${HEAD}Subject: Mail delivery failed\nX-Failed-Recipients: ${letters}\n\n550\n`;
      const feedback =
        `${HEAD}Subject: FBL\nContent-Type: multipart/report; report-type=feedback-report; ` +
        `boundary="f"\n\n--f\nContent-Type: message/feedback-report\n\n` +
        `Feedback-Type: abuse\nOriginal-Rcpt-To: ${letters}\n--f--\n`;

      const results = [await decode(failed), await decode(feedback)];

      for (const result of results) expectWellFormed(result);
      expect(results[1]?.recipients[0]?.reason).toBe('feedback');
    },
    GUARD,
  );

  it(
    'pairs 60,000 pasted DSN records with their recipient lines in one pass',
    async () => {
      const lines = Array.from({ length: 60_000 }, (_, i) => `<u${i}@example.jp>: 550 no\n\n`);
      const records = Array.from(
        { length: 60_000 },
        (_, i) => `Final-Recipient: rfc822; u${i}@example.jp\n\n`,
      );
      const input = lines.join('') + records.join('');

      const result = await decode(input, { maxInput: 8 * 1024 * KB, maxRecipients: 10 });

      expectWellFormed(result);
      expect(result.recipients[0]?.diagnostic).toBe('550 no');
      expect(result.notices).toContainEqual({
        code: 'recipients-truncated',
        detail: { limit: 10, count: 60_000 },
      });
    },
    GUARD + 3000,
  );

  it('still names the recipient of an X-Failed-Recipients field', async () => {
    const input = `${HEAD}Subject: Mail delivery failed\nX-Failed-Recipients: Taro@Example.JP, b@example.jp\n\n550 5.1.1 unknown user\n`;

    const result = await decode(input);

    expect(result.recipients[0]?.recipient).toBe('taro@example.jp');
  });

  // readRecipients' merge once appended each new words for a recipient to one string and searched
  // it every time: one recipient named N times cost N² (8,000 times: 29 s).
  it(
    'merges one recipient named 8,000 times with different words in linear time',
    async () => {
      const input = Array.from({ length: 8000 }, (_, i) => `<a@example.jp>: 550 w${i} no\n\n`);

      const result = await decode(input.join(''));

      expect(result.recipients).toHaveLength(1);
    },
    GUARD,
  );
});
