import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/core/index.ts';
import { expectWellFormed } from './well-formed.ts';

/** Lines a bounce is made of, so that generated text reaches the readers and not only "none". */
const BOUNCE_WORDS = fc.constantFrom(
  '550 5.1.1 <taro@ezweb.ne.jp>: user unknown',
  '452 4.2.2 over quota',
  '<hanako@au.com>: host msmx.au.com[192.0.2.1] said:',
  'Final-Recipient: rfc822; jiro@example.jp',
  'Action: failed',
  'Status: 5.7.1',
  'Diagnostic-Code: smtp; 554 5.7.1 rejected',
  'From: MAILER-DAEMON@example.jp',
  'Subject: Undelivered Mail Returned to Sender',
  'Content-Type: multipart/report; boundary="b"',
  '--b',
  '>>> RCPT To:<a@example.jp>',
  '<<< 550 5.1.1 <a@example.jp>... User unknown',
  'postfix/smtp[1]: 4F9D2: to=<a@example.jp>, dsn=5.1.1, status=bounced (550 x)',
  '------ This is a copy of the message, including all the headers. ------',
  '',
);

/** DSN and log fields whose value is anything: a reader must not pass it on unchecked. */
const ANY_FIELD = fc
  .tuple(
    fc.constantFrom('Status: ', 'Action: ', 'Final-Recipient: rfc822; ', 'Remote-MTA: dns; '),
    fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^[0-9.]{1,9}$/)),
  )
  .map(([name, value]) => name + value);

/** Text built from bounce lines and arbitrary ones, joined by any line end. */
const BOUNCE_LIKE = fc
  .array(
    fc.oneof(BOUNCE_WORDS, ANY_FIELD, fc.string({ maxLength: 80 }), fc.string({ unit: 'binary' })),
    { maxLength: 40 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((end) => lines.join(end)));

/** One DSN recipient block whose Status and Action are anything at all. */
const DSN_BLOCK = fc
  .record({
    status: fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^[0-9.]{1,9}$/)),
    action: fc.oneof(
      fc.constantFrom('failed', 'delayed', 'delivered'),
      fc.string({ maxLength: 9 }),
    ),
    log: fc.stringMatching(/^[0-9.]{1,9}$/),
  })
  .map(({ status, action, log }) =>
    [
      'Final-Recipient: rfc822; taro@example.jp',
      `Action: ${action}`,
      `Status: ${status}`,
      'Diagnostic-Code: smtp; 550 user unknown',
      '',
      `Dec  3 10:15:02 mx postfix/smtp[1]: 4F9D2: to=<a@example.jp>, dsn=${log}, status=bounced (x)`,
    ].join('\n'),
  );

const INPUTS = fc.oneof(
  DSN_BLOCK,
  fc.string({ maxLength: 2000 }),
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.uint8Array({ maxLength: 4000 }),
  BOUNCE_LIKE,
);

describe('decode on arbitrary input', { timeout: 30_000 }, () => {
  it('never rejects, and every result is well-formed', async () => {
    await fc.assert(
      fc.asyncProperty(INPUTS, async (input) => {
        const result = await decode(input);

        expectWellFormed(result);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result for the same input', async () => {
    await fc.assert(
      fc.asyncProperty(INPUTS, async (input) => {
        const first = await decode(input);
        const second = await decode(typeof input === 'string' ? input : input.slice());

        expect(second).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it('reads a string as the text it is, so that offsets refer to the input itself', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 2000 }), BOUNCE_LIKE), async (input) => {
        const result = await decode(input);

        expect(result.text).toBe(input);
      }),
      { numRuns: 150 },
    );
  });
});
