import { describe, expect, it } from 'vitest';
import { decode } from '../../src/core/index.ts';
import { expectEvidenceInText, fixtureText } from './helpers.ts';

const LF = fixtureText('postfix-three-recipients.eml');

/** The fields that must not depend on how the lines of the message end. */
function summary(result: Awaited<ReturnType<typeof decode>>) {
  return result.recipients.map((r) => ({
    recipient: r.recipient,
    reason: r.reason,
    status: r.status,
    reply: r.reply,
    command: r.command,
    remoteHost: r.remoteHost,
    permanence: r.permanence,
  }));
}

describe('decoding a message whatever its line ends', () => {
  it.each([
    ['CRLF', LF.replace(/\n/g, '\r\n')],
    ['CR', LF.replace(/\n/g, '\r')],
    ['an mbox From line', `From MAILER-DAEMON Thu Dec  3 10:40:11 2026\n${LF}`],
    ['an mbox From line and CRLF', `From MAILER-DAEMON Thu Dec  3 10:40:11 2026\r\n${LF}`],
  ])('reads the same recipients from a message with %s as with LF', async (_, input) => {
    const expected = summary(await decode(LF));

    const result = await decode(input);

    expect(result.kind).toBe('message');
    expect(summary(result)).toEqual(expected);
    expect(result.text).toBe(input);
    expectEvidenceInText(result);
  });

  it('reads three recipients from the LF message it compares against', async () => {
    const result = await decode(LF);

    expect(result.recipients).toHaveLength(3);
  });
});
