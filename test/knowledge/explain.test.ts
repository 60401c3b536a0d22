import { describe, expect, it } from 'vitest';
import { explain, lookup } from '../../src/knowledge/explain.ts';
import { createSearch } from '../../src/knowledge/search.ts';
import { entries } from './content.ts';

const search = createSearch(entries);

describe('explain', () => {
  it('fills the knowledge ids that the decoder leaves empty', async () => {
    const result = await explain('550 5.1.1 <taro@example.jp>: User unknown', entries);

    const first = result.recipients[0];
    expect(first?.faq.length).toBeGreaterThan(0);
    expect(first?.faq).toContain(`reason-${first?.reason}`);
  });

  it('puts the au answer first for an au over-quota reply', async () => {
    const text = 'host msmx.au.com said: 452 4.2.2 The user(s) account is temporarily over quota.';

    const result = await explain(text, entries);

    expect(result.recipients[0]?.faq[0]).toBe('au-over-quota');
  });

  it('returns no recipients and no error for text that is not a bounce', async () => {
    const result = await explain('こんにちは', entries);

    expect(result.recipients).toEqual([]);
  });
});

describe('lookup, the one input box', () => {
  it('decodes a pasted error and puts its advice first', async () => {
    const result = await lookup('452 4.5.3 Too many recipients', entries, search, 3);

    expect(result.decoded).not.toBeNull();
    expect(result.ids).toContain('au-recipient-count');
  });

  it('only searches a question', async () => {
    const result = await lookup('auに何通まで送れますか', entries, search, 3);

    expect(result.decoded).toBeNull();
    expect(result.ids[0]).toBe(result.hits[0]?.id);
  });

  it('puts search first for a question that quotes an error', async () => {
    const result = await lookup('user unknownのアドレスはいつ消すべき？', entries, search, 3);

    expect(result.decoded).not.toBeNull();
    expect(result.ids[0]).toBe('au-list-cleanup');
  });
});
