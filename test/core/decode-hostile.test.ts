import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_INPUT, DEFAULT_MAX_RECIPIENTS } from '../../src/core/decode.ts';
import { decode, type DecodeResult } from '../../src/core/index.ts';
import { expectEvidenceInText } from './helpers.ts';

/** A generous guard, not a benchmark: hostile input must not hang the extension or the CLI. */
const WITHIN_A_SECOND = 1000;

const MB = 1024 * 1024;

/** Reproducible noise: xorshift32, so a failure can be replayed. */
function noise(size: number, seed = 0x2545f491): Uint8Array {
  const bytes = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

function asciiNoise(size: number): string {
  const bytes = noise(size, 0x1234567);
  for (let i = 0; i < size; i++) bytes[i] = i % 80 === 79 ? 10 : 32 + (bytes[i]! % 95);
  return new TextDecoder('latin1').decode(bytes);
}

function nestedMultiparts(depth: number): string {
  const head = 'From: a@example.com\nTo: b@example.com\nSubject: nested\nMIME-Version: 1.0\n';
  const open: string[] = [];
  for (let i = 0; i < depth; i++) {
    open.push(`Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n`);
  }
  const close: string[] = [];
  for (let i = depth - 1; i >= 0; i--) close.push(`\n--b${i}--\n`);
  return `${head}${open.join('')}Content-Type: text/plain\n\n550 5.1.1 deep${close.join('')}`;
}

function codes(result: DecodeResult): string[] {
  return result.notices.map((n) => n.code);
}

function expectWellFormed(result: DecodeResult): void {
  expect(['message', 'bounce-text', 'log', 'reply', 'none']).toContain(result.kind);
  expect(result.text.length).toBeLessThanOrEqual(DEFAULT_MAX_INPUT);
  expectEvidenceInText(result);
}

const POSTFIX_LINE = (i: number) =>
  `Dec  3 10:15:02 mail postfix/smtp[12345]: 4F9D2${i}: to=<user${i}@example.jp>, ` +
  'relay=mx1.example.jp[192.0.2.10]:25, dsn=5.1.1, status=bounced (host mx1.example.jp' +
  '[192.0.2.10] said: 550 5.1.1 User unknown (in reply to RCPT TO command))';

describe('decoding hostile input', () => {
  it(
    'cuts 10 MB of random bytes at the cap and says so',
    async () => {
      const input = noise(10 * MB);

      const result = await decode(input);

      expectWellFormed(result);
      expect(codes(result)).toContain('input-truncated');
      const notice = result.notices.find((n) => n.code === 'input-truncated');
      expect(notice?.detail).toEqual({ limit: DEFAULT_MAX_INPUT, size: 10 * MB });
    },
    WITHIN_A_SECOND,
  );

  it(
    'cuts 10 MB of printable noise at the cap and says so',
    async () => {
      const input = asciiNoise(10 * MB);

      const result = await decode(input);

      expectWellFormed(result);
      expect(codes(result)).toContain('input-truncated');
      expect(input.startsWith(result.text)).toBe(true);
    },
    WITHIN_A_SECOND,
  );

  it(
    'reads 10 MB of one reply repeated without trouble',
    async () => {
      const input = '550 5.1.1 <a@example.jp> User unknown; '.repeat((10 * MB) / 40);

      const result = await decode(input);

      expectWellFormed(result);
      expect(codes(result)).toContain('input-truncated');
    },
    WITHIN_A_SECOND,
  );

  it(
    'survives 5,000 nested multiparts',
    async () => {
      const input = nestedMultiparts(5000);

      const result = await decode(input);

      expectWellFormed(result);
      expect(codes(result)).not.toContain('input-truncated');
    },
    WITHIN_A_SECOND,
  );

  it(
    'reads a pasted base64 attachment as large as the cap without a cut',
    async () => {
      const line = `${'QmFzZTY0IGxpbmUgb2YgYW4gYXR0YWNobWVudA+/'.repeat(2).slice(0, 76)}\n`;
      const input = line.repeat(Math.floor(DEFAULT_MAX_INPUT / line.length));

      const result = await decode(input);

      expectWellFormed(result);
      expect(codes(result)).not.toContain('input-truncated');
    },
    WITHIN_A_SECOND,
  );

  it.each([
    ['a 1 MB line of letters', 'x'.repeat(MB)],
    ['a 1 MB line of address characters', `${'a.'.repeat(MB / 2)}@example.jp`],
    ['a 1 MB line of digits and dots', '5.'.repeat(MB / 2)],
    ['a 1 MB line of open brackets', `550 ${'<['.repeat(MB / 2)}`],
    ['a 1 MB Postfix-like log line', `postfix/smtp[1]: A1: to=<${'a'.repeat(MB)}`],
    [
      'a 1 MB Subject field',
      `From: a@example.com\nTo: b@example.com\nSubject: ${'s'.repeat(MB)}\n\nHi`,
    ],
  ])(
    'survives %s',
    async (_, input) => {
      const result = await decode(input);

      expectWellFormed(result);
    },
    WITHIN_A_SECOND,
  );

  it(
    'cuts a header that never ends and reports the cut',
    async () => {
      const input = `From: a@example.com\nTo: b@example.com\nSubject: ${'A'.repeat(3 * MB)}`;

      const result = await decode(input);

      expectWellFormed(result);
      expect(codes(result)).toContain('input-truncated');
    },
    WITHIN_A_SECOND,
  );

  it(
    'reads a short message whose header block never ends',
    async () => {
      const input = 'From: MAILER-DAEMON@example.com\nTo: b@example.com\nSubject: Returned mail';

      const result = await decode(input);

      expectWellFormed(result);
      expect(codes(result)).not.toContain('input-truncated');
    },
    WITHIN_A_SECOND,
  );

  it(
    'reads at most the recipients it promises and reports the rest as cut',
    async () => {
      const count = DEFAULT_MAX_RECIPIENTS + 200;
      const input = Array.from({ length: count }, (_, i) => POSTFIX_LINE(i)).join('\n');

      const result = await decode(input);

      expect(result.recipients).toHaveLength(DEFAULT_MAX_RECIPIENTS);
      const notice = result.notices.find((n) => n.code === 'recipients-truncated');
      expect(notice?.detail).toEqual({ limit: DEFAULT_MAX_RECIPIENTS, count });
    },
    WITHIN_A_SECOND,
  );

  it('honours a smaller cap given by the caller', async () => {
    const input = `550 5.1.1 <a@example.jp>: User unknown\n${'x'.repeat(500)}`;

    const result = await decode(input, { maxInput: 100 });

    expect(result.text).toBe(input.slice(0, 100));
    expect(result.notices).toContainEqual({
      code: 'input-truncated',
      detail: { limit: 100, size: input.length },
    });
    expect(result.recipients[0]?.reason).toBe('userunknown');
  });

  it('says nothing about a cut when the input fits', async () => {
    const result = await decode('550 5.1.1 <a@example.jp>: User unknown');

    expect(codes(result)).not.toContain('input-truncated');
  });
});
