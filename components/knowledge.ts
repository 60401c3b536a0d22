import data from '../generated/knowledge.json';
import { createSearch, type Search } from '../src/knowledge/search.ts';
import type { KnowledgeEntry } from '../src/knowledge/types.ts';

/**
 * The knowledge base, bundled into each page that shows it: the extension never fetches anything.
 * generated/knowledge.json is written by `npm run build:content` from content/.
 */
export const ENTRIES = data as unknown as readonly KnowledgeEntry[];

const BY_ID = new Map(ENTRIES.map((e) => [e.id, e]));

export function entryById(id: string): KnowledgeEntry | undefined {
  return BY_ID.get(id);
}

let search: Search | undefined;

/** The index is built on first use, so that opening the popup does not wait for it. */
export function getSearch(): Search {
  search ??= createSearch(ENTRIES);
  return search;
}
