import { createSearch } from '../knowledge/search.ts';
import type { KnowledgeEntry } from '../knowledge/types.ts';
import type { CliIo } from './io.ts';
import { t, type Lang } from './messages.ts';

export interface SearchCommandOptions {
  json: boolean;
  lang: Lang;
  limit: number;
}

export interface SearchLine {
  hits: { id: string; score: number; title: string }[];
}

/** Searches the knowledge base in both languages; titles are shown in the chosen one. */
export function runSearch(query: string, options: SearchCommandOptions, io: CliIo): number {
  const { json, lang, limit } = options;
  if (io.knowledge === null) {
    io.stderr(`bounce-explainer: ${t(lang, 'cli.search.noKnowledge')}\n`);
    return 1;
  }

  // The entries were checked against the schema when generated/knowledge.json was built.
  const search = createSearch(io.knowledge as readonly KnowledgeEntry[]);
  const hits = search(query, { limit }).map(({ id, score, entry }) => ({
    id,
    score: Math.round(score * 1000) / 1000,
    title: entry[lang].title,
  }));
  io.stdout(json ? `${JSON.stringify({ hits } satisfies SearchLine)}\n` : formatHits(hits, lang));
  return 0;
}

export function formatHits(hits: SearchLine['hits'], lang: Lang): string {
  if (hits.length === 0) return `${t(lang, 'cli.search.none')}\n`;
  return hits.map((hit, index) => `${index + 1}. ${hit.title} [${hit.id}]\n`).join('');
}
