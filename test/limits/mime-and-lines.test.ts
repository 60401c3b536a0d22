import { describe, expect, it } from 'vitest';
import { MAX_PARTS } from '../../src/core/extract/message.ts';
import { decode, type DecodeResult } from '../../src/core/index.ts';
import { MAX_LINE } from '../../src/core/text.ts';
import { expectWellFormed } from '../property/well-formed.ts';

const HEAD =
  'From: MAILER-DAEMON@mail.example.com\nTo: sender@example.com\n' +
  'Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n';

/** A report with one delivery-status part per recipient, as no MTA writes but anyone can. */
function statusParts(count: number): string {
  const parts = Array.from(
    { length: count },
    (_, i) =>
      `--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n` +
      `Final-Recipient: rfc822; user${i}@example.jp\nAction: failed\nStatus: 5.1.1\n`,
  );
  return `${HEAD}Content-Type: multipart/report; boundary="b"\n\n${parts.join('\n')}\n--b--\n`;
}

function nested(depth: number): string {
  const open = Array.from(
    { length: depth },
    (_, i) => `Content-Type: multipart/mixed; boundary="n${i}"\n\n--n${i}\n`,
  );
  const close = Array.from({ length: depth }, (_, i) => `\n--n${depth - 1 - i}--\n`);
  const body = 'Content-Type: text/plain\n\n<deep@example.jp>: 550 5.1.1 User unknown\n';
  return HEAD + open.join('') + body + close.join('');
}

function mimeError(result: DecodeResult): string | undefined {
  const notice = result.notices.find((n) => n.code === 'mime-error');
  return notice ? String(notice.detail?.message) : undefined;
}

describe('the MIME part limit', () => {
  it('reads a report of as many parts as the limit by its structure', async () => {
    const result = await decode(statusParts(MAX_PARTS));

    expect(mimeError(result)).toBeUndefined();
    expect(result.kind).toBe('message');
    expect(result.recipients).toHaveLength(MAX_PARTS);
  });

  it('reads a report of one part more as plain text, says why, and still finds everyone', async () => {
    const result = await decode(statusParts(MAX_PARTS + 1));

    expectWellFormed(result);
    expect(mimeError(result)).toContain(`More than ${MAX_PARTS} MIME parts: ${MAX_PARTS + 1}`);
    expect(result.kind).toBe('bounce-text');
    expect(result.recipients).toHaveLength(MAX_PARTS + 1);
  });
});

describe('the MIME depth limit', () => {
  it('reads a bounce nested ten levels deep by its structure', async () => {
    const result = await decode(nested(10));

    expect(mimeError(result)).toBeUndefined();
    expect(result.recipients[0]?.recipient).toBe('deep@example.jp');
  });

  it('reads a bounce nested a hundred levels deep as text, and says why', async () => {
    const result = await decode(nested(100));

    expectWellFormed(result);
    expect(mimeError(result)).toMatch(/nesting depth/);
    expect(result.recipients[0]?.recipient).toBe('deep@example.jp');
  });

  it.each([
    ['a multipart', 'Content-Type: multipart/mixed; boundary="b"\n', '--b\n\n'],
    ['a single-part', 'Content-Type: text/plain\n', ''],
  ])('reads %s message whose header block is over the limit as text', async (_, type, open) => {
    const received = 'Received: from relay.example.net by mx.example.com; Thu, 3 Dec 2026\n';
    const body = `${open}<a@example.jp>: 550 5.1.1 User unknown\n`;
    const input = `${received.repeat(5000)}${HEAD}${type}\n${body}`;

    const result = await decode(input);

    expectWellFormed(result);
    expect(mimeError(result)).toMatch(/header size/);
    expect(result.recipients[0]?.recipient).toBe('a@example.jp');
  });
});

describe('the line length limit', () => {
  const recipientLine = '<taro@example.jp>: 550 5.1.1 User unknown';

  it('reads the first MAX_LINE characters of a longer line and reports the cut', async () => {
    const long = `<jiro@example.jp>: 550 5.2.2 Mailbox full ${'x'.repeat(3 * MAX_LINE)}`;
    const input = `${recipientLine}\n\n${long}\n\n${'y'.repeat(MAX_LINE + 1)}\n`;

    const result = await decode(input);

    expectWellFormed(result);
    expect(result.notices).toContainEqual({
      code: 'lines-truncated',
      detail: { limit: MAX_LINE, lines: 2, size: long.length },
    });
    const jiro = result.recipients.find((r) => r.recipient === 'jiro@example.jp');
    expect(jiro?.reason).toBe('mailboxfull');
    expect(jiro!.diagnostic.length).toBeLessThanOrEqual(MAX_LINE);
    expect(result.text).toBe(input);
  });

  it('says nothing of lines when none is longer than the limit', async () => {
    const input = `${recipientLine}\n${'x'.repeat(MAX_LINE)}\n`;

    const result = await decode(input);

    expect(result.notices.filter((n) => n.code === 'lines-truncated')).toEqual([]);
  });

  it('is far above the 998 characters RFC 5322 allows a line', () => {
    expect(MAX_LINE).toBeGreaterThanOrEqual(16 * 998);
  });
});
