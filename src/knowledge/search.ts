import Fuse from 'fuse.js';
import { createPrefilter } from './prefilter.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';
import { fold, tokenize } from './text.ts';
import type { KnowledgeEntry } from './types.ts';

/**
 * Search over both languages at once. Pure TypeScript (no Node built-ins), so the extension
 * pages, the CLI and the tests share it.
 */

export interface SearchHit {
  id: string;
  /** Fuse's convention: 0 is a perfect match, 1 no match at all. */
  score: number;
  entry: KnowledgeEntry;
}

export interface SearchOptions {
  /** Most hits returned; 10 unless given. */
  limit?: number;
}

export type Search = (query: string, options?: SearchOptions) => SearchHit[];

/** Longest query searched, in characters; the rest of a longer text is left out. */
export const MAX_QUERY = 300;

/**
 * One entry as the index sees it: both languages, folded the way queries are folded. Each field
 * is one string, keywords included, because Fuse's cost is mostly per string searched. A reason
 * guide's causes are left out: an answer shows its body, never its causes, and an answer found
 * by words it does not show looks wrong; the extension's pages ship the causes only with the
 * quick reference.
 */
interface Doc {
  entry: KnowledgeEntry;
  title: string;
  keywords: string;
  body: string;
}

function toDoc(entry: KnowledgeEntry): Doc {
  const both = (pick: (lang: 'ja' | 'en') => string[]) =>
    fold([...pick('ja'), ...pick('en')].join(' ｜ '));
  return {
    entry,
    title: both((l) => [entry[l].title]),
    keywords: both((l) => entry[l].keywords),
    body: both((l) => [entry[l].body]),
  };
}

/** Adds each synonym group's other members when the folded query contains one of them. */
function expand(folded: string): string {
  const extra = new Set<string>();
  for (const group of SYNONYM_GROUPS) {
    if (!group.some((word) => folded.includes(word))) continue;
    for (const word of group) if (!folded.includes(word)) extra.add(word);
  }
  return extra.size === 0 ? folded : `${folded} ${[...extra].join(' ')}`;
}

/** `5.1.1` and `550` name code entries directly: `code-x.1.1`, `code-5.x.x`, `code-550`. */
function codeIds(folded: string): string[] {
  const ids: string[] = [];
  for (const m of folded.matchAll(/(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.])/g)) {
    ids.push(`code-x.${m[2]}.${m[3]}`, `code-${m[1]}.x.x`);
  }
  for (const m of folded.matchAll(/(?<![\d.])([2-5]\d\d)(?![\d.])/g)) ids.push(`code-${m[1]}`);
  return [...new Set(ids)];
}

/**
 * The provider a query names, so that its own answers come first, as they do for a bounce.
 * Written for au only, the one provider with FAQ entries.
 */
function providerNamed(folded: string): string | null {
  return /(?<![a-z])(?:au|ezweb|kddi)(?![a-z])|auメール/.test(folded) ? 'au' : null;
}

/** The query has words besides its codes, so the words decide the order. */
function hasWords(folded: string): boolean {
  return tokenize(folded).some((t) => !/^[\d.x]+$/.test(t) && !/^(?:smtp|error|エラー)$/.test(t));
}

/** Entries scanned by Fuse per query; the prefilter ranks the rest out. */
const CANDIDATES = 8;
/** How much the prefilter's character-gram score counts in the final order, against Fuse's. */
const GRAM_SHARE = 0.5;
/** Multiplies the score (0 best) of the entries of a provider that the query names. */
const PROVIDER_BOOST = 0.7;
/** The score given to a code entry named in a query that also has words. */
const CODE_AMONG_WORDS = 0.45;

const FIELDS = [
  { name: 'title', weight: 3 },
  { name: 'keywords', weight: 2 },
  { name: 'body', weight: 1 },
] as const;

/**
 * Tokenising is the costly part of building a Fuse index, and the entries' texts recur in every
 * query's index: they are tokenised once. Queries are not kept, so the cache cannot grow.
 */
function entryTokenizer(docs: readonly Doc[]): (text: string) => string[] {
  const cache = new Map<string, string[]>();
  for (const doc of docs) for (const { name } of FIELDS) cache.set(doc[name], tokenize(doc[name]));
  return (text) => cache.get(text) ?? tokenize(text);
}

export function createSearch(entries: readonly KnowledgeEntry[]): Search {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const docs = entries.map(toDoc);
  const terms = entryTokenizer(docs);
  const prefilter = createPrefilter(
    docs.map((d) => FIELDS.map(({ name, weight }) => ({ text: d[name], weight }))),
    terms,
  );
  const options = {
    keys: FIELDS.map((f) => ({ ...f })),
    useTokenSearch: true,
    tokenize: terms,
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: 0.3,
  };
  /**
   * The prefilter picks candidates with the synonyms added; Fuse scores the first few on the
   * query's own words; the two scores are blended. Candidates past those few, asked for only by a
   * large limit, keep their prefilter score alone.
   */
  const ranked = (query: string, expanded: string, limit: number): Map<string, number> => {
    const picked = prefilter.candidates(expanded, Math.max(limit, CANDIDATES));
    const scanned = picked.slice(0, CANDIDATES).flatMap(({ doc }) => docs[doc] ?? []);
    const fuzzy = new Map(
      new Fuse(scanned, options).search(query).map((r) => [r.item.entry.id, r.score ?? 1]),
    );
    const scores = new Map<string, number>();
    for (const { doc, score } of picked) {
      const id = docs[doc]?.entry.id;
      if (id === undefined) continue;
      const relevance = (1 - (fuzzy.get(id) ?? 1)) * (1 - GRAM_SHARE) + score * GRAM_SHARE;
      scores.set(id, 1 - relevance);
    }
    return scores;
  };

  return (query, options = {}) => {
    const limit = options.limit ?? 10;
    // A question is a line or two; a pasted log is not one, and fuzzy matching grows with the
    // length of what it matches (3,000 pasted lines took 40 s).
    const folded = fold(query.slice(0, MAX_QUERY));
    if (folded === '') return [];

    const scores = ranked(folded, expand(folded), limit);
    const provider = providerNamed(folded);
    if (provider !== null) {
      for (const [id, score] of scores) {
        if (byId.get(id)?.provider === provider) scores.set(id, score * PROVIDER_BOOST);
      }
    }
    // A bare code ("5.7.1", "421") is a request for that code's meaning; among words, it helps.
    const codeScore = hasWords(folded) ? CODE_AMONG_WORDS : 0;
    for (const id of codeIds(folded)) {
      if (byId.has(id)) scores.set(id, Math.min(scores.get(id) ?? 1, codeScore));
    }

    return [...scores]
      .sort((a, b) => a[1] - b[1])
      .slice(0, limit)
      .flatMap(([id, score]) => {
        const entry = byId.get(id);
        return entry === undefined ? [] : [{ id, score, entry }];
      });
  };
}
