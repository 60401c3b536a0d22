import { foldSpaces } from '../text.ts';
import { LiteralIndex } from './literal-index.ts';
import type { Phrase, PhraseRow } from './types.ts';

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
  /** Occurrences of the index's literals by literal id, computed on first use. */
  hits: Map<number, number[]> | null;
}

export interface Found {
  start: number;
  end: number;
}

const NON_ASCII = /[\u0080-\uffff]/;

export function prepare(original: string): Prepared {
  const source = original.length > MAX_SCAN ? original.slice(0, MAX_SCAN) : original;
  const folded = foldSpaces(source);
  // In ASCII text the whole-string lowercase is the same and needs no call per capital run
  const text = NON_ASCII.test(folded)
    ? folded.replace(/[A-Z]+/g, (run) => run.toLowerCase())
    : folded.toLowerCase();
  return { text, source, hits: null };
}

/** A phrase resolved against the index once: each literal with its id, when indexed. */
export interface CompiledPhrase {
  parts: readonly string[];
  ids: readonly (number | undefined)[];
}

/** A table's phrases compiled, with its rows listed by the literal each phrase starts with. */
export interface CompiledTable {
  phrases: readonly CompiledPhrase[];
  /** Rows by the id of their first literal, each list in row order. */
  byFirst: ReadonlyMap<number, readonly number[]>;
  /** Rows whose first literal is not in the index: they are always tried. */
  unindexed: readonly number[];
}

export interface RowMatch {
  row: number;
  found: Found;
}

/**
 * Matches phrases against prepared texts. With an index of the tables' literals, each text is
 * read once whatever the number of phrases; a literal outside the index falls back to indexOf.
 */
export class Matcher {
  /** Each table compiled on first use, so a row costs no lookup of its literals. */
  private readonly tables = new WeakMap<readonly PhraseRow[], CompiledTable>();

  constructor(private readonly index: LiteralIndex = new LiteralIndex([])) {}

  compile(phrase: Phrase): CompiledPhrase {
    const parts = typeof phrase === 'string' ? [phrase] : phrase;
    return { parts, ids: parts.map((part) => this.index.idOf(part)) };
  }

  /** The rows' phrases compiled, in the rows' order. */
  table(rows: readonly PhraseRow[]): CompiledTable {
    let compiled = this.tables.get(rows);
    if (!compiled) {
      compiled = compileTable(rows.map((row) => this.compile(row.phrase)));
      this.tables.set(rows, compiled);
    }
    return compiled;
  }

  /**
   * The first of the rows, in their order, whose phrase occurs in the text and that `accept`
   * lets through. Only rows whose first literal the text contains are tried: a text holds a few
   * dozen of the tables' literals, a table up to hundreds of rows.
   */
  firstRow(
    prepared: Prepared,
    rows: readonly PhraseRow[],
    accept?: (row: number) => boolean,
  ): RowMatch | null {
    const table = this.table(rows);
    for (const row of this.candidates(prepared, table)) {
      if (accept && !accept(row)) continue;
      const found = this.locate(prepared, table.phrases[row]!);
      if (found) return { row, found };
    }
    return null;
  }

  private candidates(prepared: Prepared, table: CompiledTable): readonly number[] {
    const hits = this.hitsOf(prepared);
    const rows = [...table.unindexed];
    for (const id of hits.keys()) {
      const starting = table.byFirst.get(id);
      if (starting) for (const row of starting) rows.push(row);
    }
    return rows.length > 1 ? rows.sort((a, b) => a - b) : rows;
  }

  /**
   * Where a phrase occurs: a literal anywhere, or a sequence of literals each found after the
   * end of the one before.
   */
  find(prepared: Prepared, phrase: Phrase | CompiledPhrase): Found | null {
    const compiled =
      typeof phrase === 'string' || !('ids' in phrase) ? this.compile(phrase) : phrase;
    const found = this.locate(prepared, compiled);
    return found && toSource(prepared, found);
  }

  /** Like `find`, in offsets of the prepared text: mapping back to the source costs a walk. */
  locate(prepared: Prepared, phrase: CompiledPhrase): Found | null {
    const { parts, ids } = phrase;
    let from = 0;
    let start = -1;

    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      const at = this.indexOf(prepared, part, ids[k], from);
      if (at < 0) return null;
      if (start < 0) start = at;
      from = at + part.length;
    }
    if (start < 0) return null;

    return { start, end: from };
  }

  private indexOf(prepared: Prepared, part: string, id: number | undefined, from: number): number {
    if (id === undefined) return prepared.text.indexOf(part, from);

    const starts = this.hitsOf(prepared).get(id);
    if (!starts) return -1;
    return starts[0]! >= from ? starts[0]! : firstAtOrAfter(starts, from);
  }

  private hitsOf(prepared: Prepared): Map<number, number[]> {
    prepared.hits ??= this.index.scan(prepared.text);
    return prepared.hits;
  }
}

function compileTable(phrases: readonly CompiledPhrase[]): CompiledTable {
  const byFirst = new Map<number, number[]>();
  const unindexed: number[] = [];
  phrases.forEach((phrase, row) => {
    const id = phrase.ids[0];
    if (id === undefined) unindexed.push(row);
    else if (byFirst.has(id)) byFirst.get(id)!.push(row);
    else byFirst.set(id, [row]);
  });
  return { phrases, byFirst, unindexed };
}

/** A place in the prepared text as a place in its source. */
export function toSource(prepared: Prepared, found: Found): Found {
  return {
    start: originalOffset(prepared, found.start),
    end: originalOffset(prepared, found.end - 1) + 1,
  };
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
