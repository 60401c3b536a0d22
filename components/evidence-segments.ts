import type { Evidence, EvidenceRole } from '../src/core/types.ts';

/** A piece of the pasted text: plain, or highlighted because it decided the reason. */
export interface Segment {
  text: string;
  role: EvidenceRole | null;
}

/** Past this length only the lines holding evidence are shown, each with its neighbours. */
export const SHORT_TEXT = 1200;
const CONTEXT_LINES = 1;

/** Splits `text` at the evidence spans; overlapping spans are merged, the first role wins. */
export function segments(text: string, evidence: readonly Evidence[]): Segment[] {
  const spans = evidence
    .filter((e) => e.start >= 0 && e.end <= text.length && e.start < e.end)
    .toSorted((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;

  for (const span of spans) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) out.push({ text: text.slice(at, start), role: null });
    out.push({ text: text.slice(start, span.end), role: span.role });
    at = span.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), role: null });
  return out;
}

/** A window of the text, as [start, end) offsets, with `cutBefore`/`cutAfter` for the ellipses. */
export interface Excerpt {
  start: number;
  end: number;
}

/**
 * The parts of a long text worth showing: each line with evidence, one line either side, merged
 * where they touch. A short text, or one without evidence, is shown whole.
 */
export function excerpts(text: string, evidence: readonly Evidence[]): Excerpt[] {
  if (text.length <= SHORT_TEXT || evidence.length === 0) return [{ start: 0, end: text.length }];

  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => lineStarts.findLastIndex((s) => s <= offset);
  const startOf = (line: number) => lineStarts[Math.max(0, line)] ?? 0;
  const endOf = (line: number) => (lineStarts[line + 1] ?? text.length + 1) - 1;

  const windows = evidence
    .map((e) => ({
      start: startOf(lineOf(e.start) - CONTEXT_LINES),
      end: Math.min(text.length, endOf(lineOf(Math.max(e.start, e.end - 1)) + CONTEXT_LINES)),
    }))
    .toSorted((a, b) => a.start - b.start);

  const merged: Excerpt[] = [];
  for (const w of windows) {
    const last = merged.at(-1);
    if (last !== undefined && w.start <= last.end + 1) last.end = Math.max(last.end, w.end);
    else merged.push({ ...w });
  }
  return merged;
}

/** The evidence that falls in one excerpt, with offsets relative to the excerpt's start. */
export function evidenceIn(evidence: readonly Evidence[], excerpt: Excerpt): Evidence[] {
  return evidence
    .filter((e) => e.start < excerpt.end && e.end > excerpt.start)
    .map((e) => ({
      ...e,
      start: Math.max(e.start, excerpt.start) - excerpt.start,
      end: Math.min(e.end, excerpt.end) - excerpt.start,
    }));
}
