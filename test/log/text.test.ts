import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../src/log/index.ts';
import { maskDiagnostic } from '../../src/log/mask.ts';

function split(chunks: string[], maxLine?: number): string[] {
  const lines: string[] = [];
  const splitter = new LineSplitter((line) => lines.push(line), maxLine);
  for (const chunk of chunks) splitter.push(chunk);
  splitter.end();
  return lines;
}

describe('LineSplitter', () => {
  it('joins a line cut between chunks and drops CR before LF', () => {
    expect(split(['first li', 'ne\r\nsecond\n', 'last'])).toEqual(['first line', 'second', 'last']);
  });

  it('cuts a line longer than its limit and skips the rest of it', () => {
    expect(split(['abcdefgh', 'ijkl', 'mn\nok\n'], 5)).toEqual(['abcde', 'ok']);
  });
});

describe('maskDiagnostic', () => {
  it('masks addresses, IP addresses and ids but keeps codes and host names', () => {
    const a = maskDiagnostic(
      'host mx1.ezweb.ne.jp[192.0.2.24] said: 550 5.1.1 <taro@ezweb.ne.jp>: unknown 4F9D2C0A1B',
    );
    const b = maskDiagnostic(
      'host mx1.ezweb.ne.jp[198.51.100.7] said: 550 5.1.1 <hanako@ezweb.ne.jp>: unknown 77AC0E12F3',
    );

    expect(a).toBe(b);
    expect(a).toContain('550 5.1.1');
    expect(a).toContain('mx1.ezweb.ne.jp');
    expect(maskDiagnostic('452 4.2.2 full')).not.toBe(maskDiagnostic('552 5.2.2 full'));
  });
});
