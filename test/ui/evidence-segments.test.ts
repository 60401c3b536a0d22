import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/core/types.ts';
import { evidenceIn, excerpts, segments, SHORT_TEXT } from '../../components/evidence-segments.ts';

function span(text: string, part: string, role: Evidence['role'] = 'phrase'): Evidence {
  const start = text.indexOf(part);
  return { start, end: start + part.length, role, text: part };
}

describe('evidence segments', () => {
  it('split the text at each span and keep every character once', () => {
    const text = '552 5.2.2 <x@au.com>: over quota.';
    const evidence = [span(text, 'over quota'), span(text, '552', 'reply')];

    const parts = segments(text, evidence);

    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.role !== null).map((p) => p.text)).toEqual(['552', 'over quota']);
  });

  it('merge overlapping spans, the earlier one deciding the role', () => {
    const text = 'Connection reset by peer';
    const evidence: Evidence[] = [
      { start: 0, end: 16, role: 'phrase', text: '' },
      { start: 11, end: 24, role: 'host', text: '' },
    ];

    const parts = segments(text, evidence);

    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.map((p) => p.role)).toEqual(['phrase', 'host']);
  });

  it('ignore spans outside the text', () => {
    const parts = segments('abc', [{ start: 2, end: 9, role: 'status', text: '' }]);

    expect(parts).toEqual([{ text: 'abc', role: null }]);
  });

  it('show a short text whole', () => {
    const text = 'line one\nline two';

    expect(excerpts(text, [span(text, 'two')])).toEqual([{ start: 0, end: text.length }]);
  });

  it('show only the lines around the evidence of a long text', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `header line ${i} with some padding`);
    lines[120] = 'Diagnostic-Code: smtp; 552 over quota';
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(SHORT_TEXT);
    const evidence = [span(text, 'over quota')];

    const [only, ...rest] = excerpts(text, evidence);

    expect(rest).toEqual([]);
    const shown = text.slice(only?.start, only?.end);
    expect(shown.split('\n')).toEqual([lines[119], lines[120], lines[121]]);
    const inside = evidenceIn(evidence, only ?? { start: 0, end: 0 });
    expect(shown.slice(inside[0]?.start, inside[0]?.end)).toBe('over quota');
  });
});
