/**
 * A cheap first pass that picks the entries worth handing to Fuse. Fuse's bitap scan costs time
 * in proportion to all the text it reads, tens of milliseconds per query over every entry, so
 * only the entries that share the most character grams with the query are scanned. Grams of the
 * search terms (not whole words) keep Japanese compounds and misspelt words among the candidates;
 * taking them from the terms leaves out particles such as ない and され, which every text has.
 */

export interface PrefilterField {
  text: string;
  weight: number;
}

export interface Prefilter {
  /** The documents most worth scanning, best first, at most `count`, scored 1 for the best. */
  candidates(query: string, count: number): { doc: number; score: number }[];
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The grams of a text: pairs of characters inside Japanese words, triples inside other words
 * with their edges marked, so that `quota` shares ` qu`, `quo` with a misspelt `qouta`.
 */
function grams(terms: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const word of terms) {
    const size = CJK.test(word) ? 2 : 3;
    const padded = size === 2 ? word : ` ${word} `;
    if (padded.length <= size) out.add(padded);
    for (let i = 0; i + size <= padded.length; i += 1) out.add(padded.slice(i, i + size));
  }
  return out;
}

export function createPrefilter(
  docs: readonly PrefilterField[][],
  terms: (text: string) => string[],
): Prefilter {
  const postings = new Map<string, Map<number, number>>();
  const lengths: number[] = [];
  docs.forEach((fields, doc) => {
    lengths[doc] = 0;
    for (const { text, weight } of fields) {
      const found = grams(terms(text));
      lengths[doc] += found.size * weight;
      for (const pair of found) {
        const row = postings.get(pair) ?? new Map<number, number>();
        row.set(doc, (row.get(doc) ?? 0) + weight);
        postings.set(pair, row);
      }
    }
  });

  return {
    candidates(query, count) {
      const scores = new Map<number, number>();
      for (const pair of grams(terms(query))) {
        const row = postings.get(pair);
        if (row === undefined) continue;
        const idf = Math.log(1 + docs.length / row.size);
        for (const [doc, weight] of row) scores.set(doc, (scores.get(doc) ?? 0) + idf * weight);
      }
      // Long entries share some pairs with any query; divide so that they do not crowd out the rest.
      for (const [doc, score] of scores) scores.set(doc, score / Math.sqrt(lengths[doc] ?? 1));
      const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, count);
      const best = ranked[0]?.[1] ?? 1;
      return ranked.map(([doc, score]) => ({ doc, score: score / best }));
    },
  };
}
