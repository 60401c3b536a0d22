import type { Evidence } from '../core/index.ts';

/** How marked text is wrapped: ANSI bold and underline on a terminal, brackets elsewhere. */
export interface Marker {
  open: string;
  close: string;
}

export const TERMINAL_MARKER: Marker = { open: '\u001b[1;4m', close: '\u001b[0m' };
export const PLAIN_MARKER: Marker = { open: '[[', close: ']]' };

interface Range {
  start: number;
  end: number;
}

/**
 * Marks the evidence in the diagnostic. Evidence offsets point into the decoded input, not into
 * the diagnostic (whose whitespace is folded), so each evidence text is searched for instead;
 * evidence that the diagnostic does not contain, such as a Status: field, stays unmarked here.
 */
export function markEvidence(
  diagnostic: string,
  evidence: readonly Evidence[],
  marker: Marker,
): string {
  const ranges = mergeRanges(evidence.flatMap((item) => findAll(diagnostic, item.text)));
  if (ranges.length === 0) return diagnostic;

  let marked = '';
  let cursor = 0;
  for (const range of ranges) {
    marked += diagnostic.slice(cursor, range.start) + marker.open;
    marked += diagnostic.slice(range.start, range.end) + marker.close;
    cursor = range.end;
  }
  return marked + diagnostic.slice(cursor);
}

/** Every occurrence of `needle`, whitespace folded, ignoring case where that keeps offsets. */
function findAll(haystack: string, needle: string): Range[] {
  const folded = needle.replace(/\s+/g, ' ').trim();
  if (folded === '') return [];

  const lowHaystack = haystack.toLowerCase();
  const lowNeedle = folded.toLowerCase();
  // Some characters change length when lowered (such as U+0130); then only exact case is safe.
  const caseless = lowHaystack.length === haystack.length && lowNeedle.length === folded.length;
  const [text, target] = caseless ? [lowHaystack, lowNeedle] : [haystack, folded];

  const ranges: Range[] = [];
  for (let at = text.indexOf(target); at !== -1; at = text.indexOf(target, at + target.length)) {
    ranges.push({ start: at, end: at + target.length });
  }
  return ranges;
}

function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
