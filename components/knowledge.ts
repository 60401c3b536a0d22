import data from '../generated/knowledge-ext.json';
import { unpackKnowledge, type CompactKnowledge } from '../src/knowledge/compact.ts';
import type { KnowledgeEntry } from '../src/knowledge/types.ts';

/**
 * The knowledge base, bundled into each page that shows it: the extension never fetches anything.
 * generated/knowledge-ext.json is written by `npm run build:content` from content/; it has no
 * causes, which only the quick reference shows (reference-entries.ts).
 */
export const ENTRIES: readonly KnowledgeEntry[] = unpackKnowledge(
  data as unknown as CompactKnowledge,
);

const BY_ID = new Map(ENTRIES.map((e) => [e.id, e]));

export function entryById(id: string): KnowledgeEntry | undefined {
  return BY_ID.get(id);
}
