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
  /** Each phrase's literal ids, looked up once per phrase (arrays) rather than once per call. */
  private readonly ids = new WeakMap<readonly string[], (number | undefined)[]>();

  constructor(private readonly index: LiteralIndex = new LiteralIndex([])) {}

  /**
   * Where a phrase occurs: a literal anywhere, or a sequence of literals each found after the
   * end of the one before.
   */
  find(prepared: Prepared, phrase: Phrase): Found | null {
    const parts = typeof phrase === 'string' ? [phrase] : phrase;
    const ids = typeof phrase === 'string' ? [this.index.idOf(phrase)] : this.idsOf(phrase);
    let from = 0;
    let start = -1;

    for (const [k, part] of parts.entries()) {
      const at = this.indexOf(prepared, part, ids[k], from);
      if (at < 0) return null;
      if (start < 0) start = at;
      from = at + part.length;
    }
    if (start < 0) return null;

    return { start: originalOffset(prepared, start), end: originalOffset(prepared, from - 1) + 1 };
  }

  private idsOf(parts: readonly string[]): (number | undefined)[] {
    let ids = this.ids.get(parts);
    if (!ids) {
      ids = parts.map((part) => this.index.idOf(part));
      this.ids.set(parts, ids);
    }
    return ids;
  }

  private indexOf(prepared: Prepared, part: string, id: number | undefined, from: number): number {
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

/** The characters of `\s` in JavaScript regular expressions, which `prepare` folds. */
function isSpace(code: number): boolean {
  if (code < 0xa0) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x1680) return code === 0xa0;
  if (code >= 0x2000 && code <= 0x200a) return true;
  return SPACES.has(code);
}

const SPACES: ReadonlySet<number> = new Set([
  0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);
