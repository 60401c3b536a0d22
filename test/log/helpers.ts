import { readFileSync } from 'node:fs';
import { generate, type Options, type Truth } from '../../scripts/gen-log.ts';
import type { KnowledgeEntry } from '../../src/knowledge/types.ts';

/** A synthetic log and the counts its generator knows are in it. */
export function generated(
  format: Options['format'],
  size: number,
  seed = 7,
): { text: string; truth: Truth } {
  const run = generate({ format, size, seed, start: new Date('2026-11-20T00:00:00') });
  const chunks: string[] = [];
  for (;;) {
    const next = run.next();
    if (next.done) return { text: chunks.join(''), truth: next.value };
    chunks.push(next.value);
  }
}

/** The knowledge base as built by `npm run build:content`, which `npm test` runs first. */
export function builtEntries(): KnowledgeEntry[] {
  const url = new URL('../../generated/knowledge.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as KnowledgeEntry[];
}
