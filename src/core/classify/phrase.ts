import type { Phrase } from './types.ts';

/**
 * Text prepared for phrase matching: ASCII letters lowercased and every run of white space folded
 * to one space, with a map back to the offsets of the original text. Only ASCII is lowercased so
 * that one character stays one character; the phrases servers write are ASCII or Japanese.
 */
export interface Prepared {
  text: string;
  /** For each character of `text`, its offset in the original. */
  offsets: number[];
  /** Length of the original text. */
  length: number;
}

/** Longest text scanned: bounce notifications that matter fit well within it. */
export const MAX_SCAN = 65536;

export function prepare(original: string): Prepared {
  const source = original.length > MAX_SCAN ? original.slice(0, MAX_SCAN) : original;
  const chars: string[] = [];
  const offsets: number[] = [];
  let space = false;

  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0) {
      space = chars.length > 0;
      continue;
    }
    if (space) {
      chars.push(' ');
      offsets.push(i - 1);
      space = false;
    }
    chars.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : source[i]!);
    offsets.push(i);
  }

  return { text: chars.join(''), offsets, length: source.length };
}

export interface Found {
  start: number;
  end: number;
}

/**
 * Where a phrase occurs: a literal anywhere, or a sequence of literals each found after the end
 * of the one before. Each literal costs one `indexOf`, so the time is linear in the text.
 */
export function find(prepared: Prepared, phrase: Phrase): Found | null {
  const parts = typeof phrase === 'string' ? [phrase] : phrase;
  let from = 0;
  let start = -1;

  for (const part of parts) {
    const at = prepared.text.indexOf(part, from);
    if (at < 0) return null;
    if (start < 0) start = at;
    from = at + part.length;
  }
  if (start < 0) return null;

  return { start: originalOffset(prepared, start), end: originalOffset(prepared, from - 1) + 1 };
}

function originalOffset(prepared: Prepared, index: number): number {
  return prepared.offsets[index] ?? prepared.length;
}
