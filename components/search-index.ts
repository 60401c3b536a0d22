import { createSearch, type Search } from '../src/knowledge/search.ts';
import { ENTRIES } from './knowledge.ts';
import { MEASURES, timed } from './timing.ts';

let search: Search | undefined;

/**
 * The index is built on first use, so that opening the popup does not wait for it. Apart from
 * knowledge.ts, so that the options page, which only names reasons, does not load Fuse.
 */
export function getSearch(): Search {
  if (search === undefined) {
    const index = timed(MEASURES.index, () => createSearch(ENTRIES));
    search = (query, options) => timed(MEASURES.search, () => index(query, options));
  }
  return search;
}
