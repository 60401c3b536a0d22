/**
 * Everything the popup needs only once there is text: the decoder, the knowledge base, search and
 * the result view. Loaded apart from the page, so the input box is usable before this is parsed.
 */
export { lookup } from '../src/knowledge/explain.ts';
export { ENTRIES } from './knowledge.ts';
export { getSearch } from './search-index.ts';
export { LookupView } from './lookup-view.tsx';
