import { LiteralIndex } from './literal-index.ts';
import type { Phrase } from './types.ts';

/** Longest text scanned: bounce notifications that matter fit well within it. */
export const MAX_SCAN = 65536;

/**
 * Text prepared for phrase matching: ASCII letters lowercased and every run of white space
 * folded to one space. Only ASCII is lowercased so that one character stays one character; the
 * phrases servers write are ASCII or Japanese.
 */
export interface Prepared {
  text: string;
  /** The original text (cut at MAX_SCAN), for mapping offsets back. */
  source: string;
  /** Occurrences of the index's literals, computed on first use. */
  hits: Map<number, number[]> | null;
}

export interface Found {
  start: number;
  end: number;
}

export function prepare(original: string): Prepared {
  const source = original.length > MAX_SCAN ? original.slice(0, MAX_SCAN) : original;
  const text = source.replace(/\s+/g, ' ').replace(/[A-Z]+/g, (run) => run.toLowerCase());
  return { text, source, hits: null };
}

/**
 * Matches phrases against prepared texts. With an index of the tables' literals, each text is
 * read once whatever the number of phrases; a literal outside the index falls back to indexOf.
 */
export class Matcher {
  constructor(private readonly index: LiteralIndex = new LiteralIndex([])) {}

  /**
   * Where a phrase occurs: a literal anywhere, or a sequence of literals each found after the
   * end of the one before.
   */
  find(prepared: Prepared, phrase: Phrase): Found | null {
    const parts = typeof phrase === 'string' ? [phrase] : phrase;
    let from = 0;
    let start = -1;

    for (const part of parts) {
      const at = this.indexOf(prepared, part, from);
      if (at < 0) return null;
      if (start < 0) start = at;
      from = at + part.length;
    }
    if (start < 0) return null;

    return { start: originalOffset(prepared, start), end: originalOffset(prepared, from - 1) + 1 };
  }

  private indexOf(prepared: Prepared, part: string, from: number): number {
    const id = this.index.idOf(part);
    if (id === undefined) return prepared.text.indexOf(part, from);

    prepared.hits ??= this.index.scan(prepared.text);
    const starts = prepared.hits.get(id);
    return starts ? firstAtOrAfter(starts, from) : -1;
  }
}

/** The first value at or after `from` in an increasing list, or -1. */
function firstAtOrAfter(values: readonly number[], from: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < values.length ? values[low]! : -1;
}

/** Maps an offset of the folded text back to the source, walking the folded runs once. */
function originalOffset(prepared: Prepared, index: number): number {
  const { source } = prepared;
  let i = 0;

  for (let j = 0; j < index && i < source.length; j++) {
    if (!isSpace(source.charCodeAt(i))) {
      i++;
      continue;
    }
    while (i < source.length && isSpace(source.charCodeAt(i))) i++;
  }

  return Math.min(i, source.length);
}

function isSpace(code: number): boolean {
  return /\s/.test(String.fromCharCode(code));
}
