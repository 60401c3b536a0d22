import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_INPUT } from '../../src/core/decode.ts';
import { decode } from '../../src/core/index.ts';

const JAPANESE = '550 5.2.2 <taro@ezweb.ne.jp>: メールボックスが一杯です\n';

describe('the input size limit', () => {
  it('cuts UTF-8 bytes between characters, wherever the limit falls, and says so', async () => {
    const bytes = new TextEncoder().encode(JAPANESE + 'あ'.repeat(1000));

    const results = await Promise.all(
      [300, 301, 302].map((limit) => decode(bytes, { maxInput: limit })),
    );

    for (const [i, result] of results.entries()) {
      expect(result.text.startsWith(JAPANESE), `limit ${300 + i}`).toBe(true);
      expect(result.text).toMatch(/あ$/);
      expect(result.notices).toContainEqual({
        code: 'input-truncated',
        detail: { limit: 300 + i, size: bytes.byteLength },
      });
    }
  });

  it('does not split a surrogate pair at the limit of a string', async () => {
    const head = '550 5.1.1 user unknown ';
    const input = head + '𠮷'.repeat(100);
    const limit = head.length + 2 * 10 + 1;

    const result = await decode(input, { maxInput: limit });

    expect(result.text).toBe(input.slice(0, limit - 1));
    expect(result.notices.map((n) => n.code)).toContain('input-truncated');
  });

  it('is two megabytes by default, large enough for a bounce with its returned message', () => {
    expect(DEFAULT_MAX_INPUT).toBe(2 * 1024 * 1024);
  });
});
