import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToText, foldSpaces, LineCursor, longLines, splitLines } from '../../src/core/text.ts';

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

/** Lines as the readers define them, one character at a time: the meaning to keep. */
function referenceLines(text: string, maxLine: number) {
  const lines: { text: string; start: number }[] = [];
  const lengths: number[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i < text.length && c !== '\n' && c !== '\r') continue;
    lengths.push(i - start);
    if (i < text.length || start < text.length) {
      lines.push({ text: text.slice(start, Math.min(i, start + maxLine)), start });
    }
    if (c === '\r' && text[i + 1] === '\n') {
      lengths.push(0);
      i++;
    }
    start = i + 1;
  }
  const long = lengths.filter((n) => n > maxLine);
  return { lines, count: long.length, longest: Math.max(0, ...lengths) };
}

describe('lines of a text', () => {
  it('split at LF, CRLF and lone CR, cut at the longest line read, as one pass by hand does', () => {
    const piece = fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', ' ', 'メール');
    const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 6 }), (t, maxLine) => {
        const expected = referenceLines(t, maxLine);

        expect(splitLines(t, maxLine)).toEqual(expected.lines);
        expect(longLines(t, maxLine)).toEqual({ count: expected.count, longest: expected.longest });
      }),
    );
  });
});

describe('white space folded', () => {
  it('becomes one space per run, exactly as replacing /\\s+/g does, for every kind of space', () => {
    const piece = fc.constantFrom(
      'a',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\u3000',
      '\u00a0',
      '\ufeff',
      'メ',
    );
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

    fc.assert(
      fc.property(text, (t) => {
        expect(foldSpaces(t)).toBe(t.replace(/\s+/g, ' '));
      }),
    );
  });
});

describe('a line cursor', () => {
  it('gives the lines splitLines gives, one at a time, then null', () => {
    const piece = fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', ' ');
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

    fc.assert(
      fc.property(text, (t) => {
        const cursor = new LineCursor(t, 3);
        const read = [];
        for (let line = cursor.next(); line; line = cursor.next()) read.push(line);

        expect(read).toEqual(splitLines(t, 3));
        expect(cursor.next()).toBeNull();
      }),
    );
  });
});
