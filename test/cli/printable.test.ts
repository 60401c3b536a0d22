import { describe, expect, it } from 'vitest';
import { printable } from '../../src/cli/printable.ts';

describe('printable', () => {
  it('shows escape and other control characters as control pictures', () => {
    expect(printable('a\u001b]0;owned\u0007b')).toBe('a\u241b]0;owned\u2407b');
    expect(printable('x\u007fy\r')).toBe('x\u2421y\u240d');
  });

  it('replaces C1 controls and bidirectional overrides', () => {
    expect(printable('\u009b2J user\u202e@evil')).toBe('\ufffd2J user\ufffd@evil');
  });

  it('keeps tabs, Japanese and ordinary text as they are', () => {
    const text = 'a\tb 宛先が存在しません <taro@ezweb.ne.jp>';

    expect(printable(text)).toBe(text);
  });
});
