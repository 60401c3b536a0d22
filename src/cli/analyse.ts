import type { DecodeResult } from '../core/index.ts';
import { explain } from '../knowledge/explain.ts';
import type { KnowledgeEntry } from '../knowledge/types.ts';

/**
 * Decodes one input and ranks each recipient's knowledge ids. The entries come from
 * generated/knowledge.json, which the content build has already checked against the schema.
 */
export async function analyse(
  bytes: Uint8Array,
  entries: readonly unknown[],
): Promise<DecodeResult> {
  return explain(bytes, entries as readonly KnowledgeEntry[]);
}
