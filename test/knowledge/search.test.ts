import { describe, expect, it } from 'vitest';
import { createSearch } from '../../src/knowledge/search.ts';
import { fold, tokenize } from '../../src/knowledge/text.ts';
import { entries } from './content.ts';

const search = createSearch(entries);
const top = (query: string, n = 3) => search(query, { limit: n }).map((h) => h.id);

describe('text folding and tokenising', () => {
  it('folds full-width digits, half-width katakana and case', () => {
    expect(fold('ＡＢＣ　１００件 ｱﾄﾞﾚｽ')).toBe('abc 100件 アドレス');
  });

  it('drops the final long-vowel mark of a katakana word', () => {
    expect(fold('サーバー ユーザー メールボックス')).toBe('サーバ ユーザ メールボックス');
  });

  it('joins compounds that the segmenter cuts into single characters', () => {
    expect(tokenize('しきい値はありますか')).toContain('しきい値');
    expect(tokenize('閾値を教えて')).toContain('閾値');
  });

  it('drops particles and English stop words', () => {
    expect(tokenize('宛先数の上限は100件')).toEqual(expect.arrayContaining(['宛先', '上限']));
    expect(tokenize('宛先数の上限は100件')).not.toContain('の');
    expect(tokenize('what is the limit')).toEqual(['limit']);
  });
});

describe('search', () => {
  it.each([
    ['auに何通まで送れますか？', 'au-no-thresholds'],
    ['しきい値', 'au-no-thresholds'],
    ['受信ブロックの理由を知りたい', 'au-block-reason-undisclosed'],
    ['逆引きできないサーバー', 'au-reverse-dns'],
    ['宛先数にＢＣＣは入る？', 'au-recipient-count'],
    ['動的ＩＰアドレスとは', 'au-dynamic-ip-definition'],
    ['メールボックスがいっぱい', 'reason-mailboxfull'],
  ])('finds a Japanese query: %s', (query, id) => {
    expect(top(query)).toContain(id);
  });

  it.each([
    ['au over qouta', 'au-over-quota'],
    ['recipents bcc', 'au-recipient-count'],
    ['conection reset ezweb', 'au-congestion-block'],
  ])('tolerates a misspelt English query: %s', (query, id) => {
    expect(top(query)).toContain(id);
  });

  it('prefers the au answer when the query names au, and the general one otherwise', () => {
    expect(top('mailbox full', 1)).toEqual(['reason-mailboxfull']);
    expect(top('au mailbox full', 1)).toEqual(['au-over-quota']);
    expect(top('auのメールボックスが満杯', 1)).toEqual(['au-over-quota']);
  });

  it('answers a bare code with its code entry first', () => {
    expect(top('5.7.1', 1)).toEqual(['code-x.7.1']);
    expect(top('４２１', 1)).toEqual(['code-421']);
  });

  it('returns hits best first with Fuse-style scores between 0 and 1', () => {
    const hits = search('over quota', { limit: 5 });

    expect(hits.length).toBeGreaterThan(1);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => a - b));
    expect(hits.every((h) => h.score >= 0 && h.score <= 1)).toBe(true);
    expect(hits.every((h) => h.entry.id === h.id)).toBe(true);
  });

  it('honours the limit and returns nothing for an empty query', () => {
    expect(search('au', { limit: 2 })).toHaveLength(2);
    expect(search('   ')).toEqual([]);
  });
});
