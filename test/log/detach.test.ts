import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { detach } from '../../src/log/detach.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap growth, in MB, from keeping what `keep` returns of 40 chunks of about 2 MB each. */
function retainedMb(keep: (slice: string) => string): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let i = 0; i < 40; i++) {
    const chunk = `${i}:`.padEnd(2_000_000, 'log line ');
    kept.push(keep(chunk.slice(1000, 1040)));
  }
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 1e6;
  expect(kept.join('')).toHaveLength(40 * 40);
  return grown;
}

describe('detach', () => {
  it('gives the same text', () => {
    for (const text of ['', 'a', 'taro@ezweb.ne.jp', 'ドメイン'.repeat(20)]) {
      expect(detach(text)).toBe(text);
    }
  });

  it('keeps nothing of the text a slice was cut from', () => {
    // a plain slice keeps its chunk: the measure can tell the two apart
    expect(retainedMb((slice) => slice)).toBeGreaterThan(40);
    expect(retainedMb(detach)).toBeLessThan(5);
  });
});
