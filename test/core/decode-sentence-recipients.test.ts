import { describe, expect, it } from 'vitest';
import { decode } from '../../src/core/index.ts';

/** DragonFly Mail Agent's bounce: the recipient inside a sentence, the reason a paragraph later. */
function dragonfly(recipient: string, words: string): string {
  return [
    'From: MAILER-DAEMON <>',
    'To: ichiro@example.jp',
    'Subject: Mail delivery failed',
    'Date: Thu, 3 Dec 2026 10:00:00 +0900',
    '',
    'This is the DragonFly Mail Agent v0.13 at mx.example.jp.',
    '',
    `There was an error delivering your mail to <${recipient}>.`,
    '',
    words,
    '',
    'Message headers follow.',
    '',
    'Received: from ichiro (uid 1000)',
    `To: <someone-else@example.org>`,
    'Subject: Hello',
    '',
  ].join('\n');
}

describe('decoding bounces that name the recipient inside a sentence', () => {
  it.each([
    [
      'a domain that does not resolve',
      'DNS lookup failure: host nowhere.example not found',
      'hostunknown',
    ],
    [
      'a queue that gave up',
      'Could not deliver for the last 432000 seconds. Giving up.',
      'expired',
    ],
  ])('reads %s from the paragraph after the recipient', async (_, words, reason) => {
    const result = await decode(dragonfly('jiro@nowhere.example', words));

    expect(result.recipients).toHaveLength(1);
    expect(result.recipients[0]).toMatchObject({ recipient: 'jiro@nowhere.example', reason });
    expect(result.recipients[0]?.diagnostic).toBe(words);
  });

  it('stops the notification at "Included is a copy of the message header"', async () => {
    const input = [
      'From: MAILER-DAEMON@mx.example.net',
      'Subject: Undeliverable mail',
      '',
      'The following address failed:',
      '',
      '  <saburo@example.net>: 550 unknown user',
      '<saburo@example.net>',
      '',
      'Included is a copy of the message header:',
      '-----------------------------------------',
      'Received: from mx.example.jp (EHLO mx.example.jp) by mx.example.net',
      'To: saburo@example.net, shiro@example.net',
      '',
    ].join('\n');

    const result = await decode(input);

    expect(result.recipients.map((r) => r.recipient)).toEqual(['saburo@example.net']);
    expect(result.recipients[0]?.diagnostic).toBe('550 unknown user');
  });
});
