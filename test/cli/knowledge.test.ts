import { describe, expect, it } from 'vitest';
import { indexKnowledge, topAnswer } from '../../src/cli/knowledge.ts';
import { ENTRIES } from './fixtures.ts';

describe('indexKnowledge', () => {
  it('indexes entries by id with their words in both languages', () => {
    const index = indexKnowledge(ENTRIES);

    expect([...index.keys()]).toEqual(ENTRIES.map((entry) => entry.id));
    expect(index.get('reason-mailboxfull')?.text.ja.checklist).toEqual(['待つ', '連絡']);
    expect(index.get('faq-other')?.text.en.checklist).toEqual([]);
  });

  it('skips entries without an id or without both languages', () => {
    const broken = [
      { kind: 'faq', ja: {}, en: {} },
      { id: 'only-en', en: { title: 'T', body: '' } },
    ];

    expect(indexKnowledge([...broken, 42, null]).size).toBe(0);
  });

  it('reads question and answer when an entry has no title and body', () => {
    const raw = [
      { id: 'q', ja: { question: '質問', answer: '答え' }, en: { question: 'Q', answer: 'A' } },
    ];

    const english = indexKnowledge(raw).get('q')?.text.en;

    expect(english).toEqual({ title: 'Q', body: 'A', checklist: [], retry: '' });
  });

  it('is empty when the knowledge file is not a list', () => {
    expect(indexKnowledge({ id: 'x' }).size).toBe(0);
  });
});

describe('topAnswer', () => {
  it('skips the reason guide and ids without an entry', () => {
    const index = indexKnowledge(ENTRIES);

    const answer = topAnswer(['reason-mailboxfull', 'missing', 'faq-other'], 'mailboxfull', index);

    expect(answer?.id).toBe('faq-other');
  });

  it('finds nothing when only the reason guide is ranked', () => {
    expect(
      topAnswer(['reason-mailboxfull'], 'mailboxfull', indexKnowledge(ENTRIES)),
    ).toBeUndefined();
  });
});
