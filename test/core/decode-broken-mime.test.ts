import { describe, expect, it } from 'vitest';
import { decode } from '../../src/core/index.ts';

const BROKEN_NESTED_PART = [
  'From: postmaster@mail.example.net',
  'To: sender@example.jp',
  'Subject: Re: Monthly report',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="outer"',
  '',
  '--outer',
  'Content-Type: multipart/alternative;',
  'boundary="inner"',
  '',
  '--inner',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'Error: the address was refused',
  '550 5.1.1 Requested action not taken: no such user here',
  'Details:',
  '  RCPT TO: hanako@mail.example.net',
  '--inner--',
  '--outer--',
  '',
].join('\n');

describe('decoding a bounce whose MIME structure is broken', () => {
  it('reads the raw body when a part header broken across lines hides the text part', async () => {
    const result = await decode(BROKEN_NESTED_PART);

    expect(result.kind).toBe('message');
    expect(result.recipients).toHaveLength(1);
    expect(result.recipients[0]).toMatchObject({
      recipient: 'hanako@mail.example.net',
      reason: 'userunknown',
      status: '5.1.1',
      reply: '550',
    });
  });
});
