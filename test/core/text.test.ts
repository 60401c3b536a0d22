import { describe, expect, it } from 'vitest';
import { bytesToText } from '../../src/core/text.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('bytes read as text', () => {
  it('reads ASCII and valid UTF-8 as UTF-8', () => {
    const japanese = '宛先不明です: user unknown';

    expect(bytesToText(encode('550 5.1.1 user unknown'))).toBe('550 5.1.1 user unknown');
    expect(bytesToText(encode(japanese))).toBe(japanese);
  });

  it('reads invalid UTF-8 as Latin-1, one character per byte, and UTF-8 again afterwards', () => {
    const sjis = Uint8Array.from([0x82, 0xa0, 0x20, 0x35, 0x35, 0x30]);

    const latin1 = bytesToText(sjis);
    const after = bytesToText(encode('容量'));

    expect(latin1).toBe('\x82\xa0 550');
    expect(after).toBe('容量');
  });
});
