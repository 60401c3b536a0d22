import { describe, expect, it } from 'vitest';
import { createFilter } from '../../components/reference-filter.ts';
import type { KnowledgeEntry } from '../../src/knowledge/types.ts';

const NO_TRIGGERS = { reasons: [], statuses: [], replies: [], phrases: [], symptoms: [] };

function entry(id: string, ja: string, en: string): KnowledgeEntry {
  return {
    id,
    kind: 'faq',
    file: `faq/${id}.yaml`,
    ja: { title: ja, body: '', keywords: [] },
    en: { title: en, body: '', keywords: [] },
    triggers: NO_TRIGGERS,
  };
}

const ENTRIES = [
  entry('au-over-quota', '容量オーバー', 'Over quota'),
  entry('au-reverse-dns', '逆引き', 'Reverse DNS'),
];

describe('the reference filter', () => {
  it('shows every entry for an empty query', () => {
    expect(createFilter(ENTRIES)('  ')).toHaveLength(2);
  });

  it('matches words in either language, ignoring case and width', () => {
    const filter = createFilter(ENTRIES);

    expect(filter('容量').map((e) => e.id)).toEqual(['au-over-quota']);
    expect(filter('ＤＮＳ').map((e) => e.id)).toEqual(['au-reverse-dns']);
  });

  it('requires every word of the query', () => {
    const filter = createFilter(ENTRIES);

    expect(filter('reverse quota')).toEqual([]);
    expect(filter('au-over over').map((e) => e.id)).toEqual(['au-over-quota']);
  });
});
