import { decode, type DecodeOptions } from '../core/index.ts';
import type { DecodeResult } from '../core/types.ts';
import { advise } from './advise.ts';
import { looksLikeError } from './input-kind.ts';
import type { Search, SearchHit } from './search.ts';
import type { KnowledgeEntry } from './types.ts';

/** Decodes the input and fills each recipient's knowledge ids, which the core leaves empty. */
export async function explain(
  input: string | Uint8Array,
  entries: readonly KnowledgeEntry[],
  options: DecodeOptions = {},
): Promise<DecodeResult> {
  const result = await decode(input, options);
  const recipients = result.recipients.map((r) => ({ ...r, faq: advise(r, entries) }));
  return { ...result, recipients };
}

export interface LookupResult {
  /** The decoded input, when it looked like an error. */
  decoded: DecodeResult | null;
  /** Knowledge ids, best first: the first recipient's advice, then the search hits. */
  ids: string[];
  hits: SearchHit[];
}

/**
 * What one input box shows for any text: a pasted error is decoded and advised on, and every
 * text is also searched, so that a question mentioning a code still finds its answer.
 */
export async function lookup(
  text: string,
  entries: readonly KnowledgeEntry[],
  search: Search,
  limit = 10,
): Promise<LookupResult> {
  const decoded = looksLikeError(text) ? await explain(text, entries) : null;
  const hits = search(text, { limit });
  const advised = decoded?.recipients[0]?.faq ?? [];
  const ids = [...new Set([...advised, ...hits.map((h) => h.id)])].slice(0, limit);
  return { decoded, ids, hits };
}
