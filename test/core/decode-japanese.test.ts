import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/core/extract/message.ts';
import { decode } from '../../src/core/index.ts';
import { fixture, fixtureText, reportFor } from './helpers.ts';

describe('decoding Japanese bounces', () => {
  it('reads an ISO-2022-JP notification from au as Japanese text', async () => {
    const message = await parseMessage(fixture('au-over-quota-iso2022jp.eml'));

    expect(message.text).toContain('お送りになったメールは、次の宛先に配信できませんでした。');
    expect(message.text).toContain('The user(s) account is temporarily over quota.');
  });

  it("keeps au's own words as the diagnostic of an over-quota bounce", async () => {
    const result = await decode(fixture('au-over-quota-iso2022jp.eml'));

    const report = reportFor(result, 'taro.k@ezweb.ne.jp');

    expect(report?.diagnostic).toContain('The user(s) account is temporarily over quota.');
    expect(report?.diagnostic).not.toContain('\u001b');
  });

  it('reads a base64 Shift_JIS notification into a readable diagnostic', async () => {
    const result = await decode(fixture('shift-jis-mailbox-full.eml'));

    const report = reportFor(result, 'jiro@example.jp');

    expect(report?.diagnostic).toContain('メールボックスの容量が上限に達しています');
  });

  it('knows an auto-reply by its encoded Japanese subject when Auto-Submitted is missing', async () => {
    const input = fixtureText('vacation-auto-reply.eml').replace(/^Auto-Submitted: .*\n/m, '');

    const result = await decode(input);

    expect(input).toContain('Subject: =?UTF-8?B?');
    expect(result.recipients[0]?.reason).toBe('vacation');
  });

  it('reads an 8-bit EUC-JP body into a readable diagnostic', async () => {
    const result = await decode(fixture('euc-jp-user-unknown.eml'));

    const report = reportFor(result, 'saburo@example.net');

    expect(report?.diagnostic).toContain('宛先のメールアドレスは存在しません');
  });

  it('reads the UTF-8 recipient of a global delivery status report', async () => {
    const result = await decode(fixture('global-dsn-utf8.eml'));

    expect(result.recipients.map((r) => r.recipient)).toEqual(['山田@example.jp']);
    expect(result.text).toContain('山田@example.jp');
  });

  it('keeps the words of a Japanese auto-reply readable', async () => {
    const result = await decode(fixture('vacation-auto-reply.eml'));

    expect(result.recipients[0]?.diagnostic).toContain('出張のため不在にしております');
  });

  it.each([
    ['送信したら「550 5.1.1 <a@example.jp>: User unknown」と返ってきました', 'userunknown'],
    ['エラー内容：552 5.2.2 Mailbox full です。再送すべきでしょうか？', 'mailboxfull'],
  ])('reads a reply quoted inside Japanese: %s', async (input, reason) => {
    const result = await decode(input);

    expect(result.kind).toBe('reply');
    expect(result.recipients[0]?.reason).toBe(reason);
    expect(result.text).toBe(input);
  });
});
