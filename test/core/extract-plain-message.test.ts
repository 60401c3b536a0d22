import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/core/extract/message.ts';
import { readPlainMessage } from '../../src/core/extract/plain-message.ts';

const dir = join(import.meta.dirname, '../fixtures');
const fixtures = readdirSync(dir).filter((name) => name.endsWith('.eml'));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('reading single-part plain messages without the MIME parser', () => {
  it.each(fixtures)(
    'reads %s as the MIME parser does, or leaves it to the parser',
    async (name) => {
      const bytes = readFileSync(join(dir, name));

      const plain = readPlainMessage(bytes);
      const parsed = await PostalMime.parse(bytes);

      if (plain === null) {
        const field = (key: string) => parsed.headers.find((h) => h.key === key)?.value;
        const type = field('content-type') ?? 'text/plain';
        const encoding = (field('content-transfer-encoding') ?? '7bit').trim();
        expect(/^text\/plain/i.test(type) && /^(?:7bit|8bit|binary)$/i.test(encoding)).toBe(false);
        return;
      }
      expect(squash(plain.text)).toBe(squash(parsed.text ?? ''));
      expect((await parseMessage(bytes)).headers.get('subject') ?? '').toBe(parsed.subject ?? '');
    },
  );

  it('takes a plain 7bit message', () => {
    const message =
      'From: MAILER-DAEMON@example.jp\nSubject: failure notice\n\n<a@example.jp>:\nNo.\n';

    const plain = readPlainMessage(message);

    expect(plain?.text).toBe('<a@example.jp>:\nNo.\n');
    expect(plain?.headers.get('from')).toBe('MAILER-DAEMON@example.jp');
  });

  it('decodes an ISO-2022-JP body and an encoded subject', async () => {
    const jis = '\x1b$B%(%i!<\x1b(B';
    const message =
      'Subject: =?UTF-8?B?44Ko44Op44O8?=\nContent-Type: text/plain; charset=iso-2022-jp\n\n' + jis;

    const bytes = new TextEncoder().encode(message);

    expect(readPlainMessage(bytes)?.text).toBe('エラー');
    expect((await parseMessage(bytes)).headers.get('subject')).toBe('エラー');
  });

  it.each([
    ['a multipart message', 'Content-Type: multipart/report; boundary=x\n\n--x\n'],
    ['a base64 body', 'Content-Transfer-Encoding: base64\n\nAAAA\n'],
    ['an HTML body', 'Content-Type: text/html\n\n<p>x</p>\n'],
    ['an unknown charset', 'Content-Type: text/plain; charset=x-no-such-set\n\n\xff\n'],
  ])('leaves %s to the MIME parser', (_, message) => {
    expect(readPlainMessage(new TextEncoder().encode(`Subject: s\n${message}`))).toBeNull();
  });
});
