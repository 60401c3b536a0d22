import { describe, expect, it } from 'vitest';
import {
  BOUNDED,
  boundOf,
  collectPatterns,
  dynamicPatternFiles,
  runPatterns,
  type SourcePattern,
} from './patterns.ts';

const MB = 1024 * 1024;

/**
 * How long one pattern may take over all its adversarial inputs before it counts as stuck. A
 * linear pattern takes milliseconds per megabyte, ADDRESS (64 tries per position, Unicode
 * classes) up to about 12 s on a busy 2-core machine; one that backtracks catastrophically takes
 * hours, so the margin is wide.
 */
const ALLOW_MS = 60_000;

const PATTERNS = collectPatterns();
const OPEN = PATTERNS.filter((p) => !boundOf(p));
const SHORT = PATTERNS.filter((p) => boundOf(p));

const name = (p: SourcePattern) => `${p.file}:${p.line} /${p.source}/${p.flags}`;

describe('the regular expressions of the decoder', () => {
  it('are all found: literals in every reader and in the classifier, none built at run time', () => {
    const files = new Set(PATTERNS.map((p) => p.file));

    expect(PATTERNS.length).toBeGreaterThan(60);
    for (const file of ['src/core/extract/codes.ts', 'src/core/extract/log.ts']) {
      expect(files).toContain(file);
    }
    expect([...files].some((f) => f.startsWith('src/core/classify/'))).toBe(true);
    expect(dynamicPatternFiles()).toEqual([]);
  });

  it('name only patterns that exist in the bounded list', () => {
    for (const bound of BOUNDED) {
      expect(
        SHORT.some((p) => p.file === bound.file && p.source === bound.source),
        bound.why,
      ).toBe(true);
    }
  });

  it('each finish on a megabyte of adversarial text', { timeout: 600_000 }, async () => {
    const runs = await runPatterns(OPEN, MB, ALLOW_MS);

    const stuck = runs.filter((r) => !r.finished).map((r) => `${name(r.pattern)} on ${r.stuckOn}`);
    expect(stuck).toEqual([]);
    expect(runs.every((r) => r.times.length >= 7)).toBe(true);
  });

  it('each finish on adversarial text as long as the code ever gives it', async () => {
    for (const pattern of SHORT) {
      const runs = await runPatterns([pattern], boundOf(pattern)!.length, ALLOW_MS);

      expect(runs[0]?.finished, name(pattern)).toBe(true);
    }
  });
});
