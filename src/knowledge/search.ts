import Fuse from 'fuse.js';
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

/** One entry as the index sees it: both languages, folded the way queries are folded. */
interface Doc {
  entry: KnowledgeEntry;
  title: string[];
  keywords: string[];
  body: string[];
}

function toDoc(entry: KnowledgeEntry): Doc {
  const both = (pick: (lang: 'ja' | 'en') => string[]) => [...pick('ja'), ...pick('en')].map(fold);
  return {
    entry,
    title: both((l) => [entry[l].title]),
    keywords: both((l) => entry[l].keywords),
    body: both((l) => [entry[l].body, ...(entry[l].causes ?? [])]),
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

/** The query has words besides its codes, so the words decide the order. */
function hasWords(folded: string): boolean {
  return tokenize(folded).some((t) => !/^[\d.x]+$/.test(t) && !/^(?:smtp|error|エラー)$/.test(t));
}

export function createSearch(entries: readonly KnowledgeEntry[]): Search {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const fuse = new Fuse(entries.map(toDoc), {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'keywords', weight: 2 },
      { name: 'body', weight: 1 },
    ],
    useTokenSearch: true,
    tokenize,
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
  });

  return (query, options = {}) => {
    const limit = options.limit ?? 10;
    const folded = fold(query);
    if (folded === '') return [];

    const scores = new Map<string, number>();
    for (const r of fuse.search(expand(folded))) scores.set(r.item.entry.id, r.score ?? 1);
    const codeScore = hasWords(folded) ? 0.5 : 0;
    for (const id of codeIds(folded)) {
      if (byId.has(id)) scores.set(id, Math.min(scores.get(id) ?? 1, codeScore) * 0.9 + 0.001);
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
