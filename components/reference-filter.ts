import { fold } from '../src/knowledge/text.ts';
import type { KnowledgeEntry } from '../src/knowledge/types.ts';

/**
 * The quick reference's filter: every word of the query must appear somewhere in the entry (id,
 * either language's words), folded the way search folds. Predictable on purpose: a reference
 * list that hides entries by fuzzy ranking would look incomplete.
 */

function haystack(entry: KnowledgeEntry): string {
  const words = (['ja', 'en'] as const).flatMap((lang) => {
    const w = entry[lang];
    return [w.title, w.body, ...w.keywords, ...(w.causes ?? []), ...(w.checklist ?? [])];
  });
  return fold([entry.id, ...words].join('\n'));
}

export function createFilter(entries: readonly KnowledgeEntry[]) {
  const texts = new Map(entries.map((e) => [e.id, haystack(e)]));

  return (query: string): KnowledgeEntry[] => {
    const words = fold(query)
      .split(' ')
      .filter((w) => w !== '');
    if (words.length === 0) return [...entries];
    return entries.filter((e) => words.every((w) => texts.get(e.id)?.includes(w)));
  };
}
