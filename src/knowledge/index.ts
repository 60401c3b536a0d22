/**
 * The knowledge base's pure functions, for the extension, the CLI and the tests alike. Loading
 * content/ from disk is Node-only and lives apart, in load-content.ts.
 */
export { advise } from './advise.ts';
export { explain, lookup, type LookupResult } from './explain.ts';
export { isQuestionLike, looksLikeError } from './input-kind.ts';
export {
  buildEntries,
  formatProblem,
  type ContentBuild,
  type RawContentFile,
} from './normalise.ts';
export { createSearch, type Search, type SearchHit, type SearchOptions } from './search.ts';
export { fold, tokenize } from './text.ts';
export type * from './types.ts';
