import { decode, type DecodeOptions } from '../core/index.ts';
import type { DecodeResult } from '../core/types.ts';
import { advise } from './advise.ts';
import { isQuestionLike, looksLikeError } from './input-kind.ts';
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
  /** Knowledge ids, best first: the first recipient's advice merged with the search hits. */
  ids: string[];
  hits: SearchHit[];
}

/** Alternates two ranked lists, first list first, dropping repeats. */
function interleave(first: string[], second: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(first.length, second.length); i += 1) {
    for (const id of [first[i], second[i]]) if (id !== undefined && !out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * What one input box shows for any text: a pasted error is decoded and advised on, and every
 * text is also searched. The two lists alternate, the advice first for an error and the search
 * first for a question that quotes an error ("user unknown のアドレスはいつ消す?").
 */
export async function lookup(
  text: string,
  entries: readonly KnowledgeEntry[],
  search: Search,
  limit = 10,
): Promise<LookupResult> {
  const decoded = looksLikeError(text) ? await explain(text, entries) : null;
  // For a pasted error, its first recipient's diagnostic is what to search with: the rest of a
  // bounce or a log is headers and noise.
  const hits = search(decoded?.recipients[0]?.diagnostic || text, { limit });
  const advised = decoded?.recipients[0]?.faq ?? [];
  const found = hits.map((h) => h.id);
  const merged = isQuestionLike(text) ? interleave(found, advised) : interleave(advised, found);
  return { decoded, ids: merged.slice(0, limit), hits };
}
