import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/knowledge/explain.ts';
import { MAX_QUERY, createSearch } from '../../src/knowledge/search.ts';
import { entries } from './content.ts';

const search = createSearch(entries);

describe('searching long pasted text', () => {
  it('searches only the first MAX_QUERY characters of a query', () => {
    const long = `over quota mailbox ${'lost connection with mx.example.jp '.repeat(200)}`;

    const hits = search(long).map((h) => h.id);

    expect(hits).toEqual(search(long.slice(0, MAX_QUERY)).map((h) => h.id));
    expect(hits.length).toBeGreaterThan(0);
  });

  it('searches a pasted error by its first recipient’s diagnostic, not by the whole paste', async () => {
    const line =
      'postfix/smtp[1]: 4F2A1: to=<a@ezweb.ne.jp>, relay=none, dsn=4.4.1, status=deferred ' +
      '(connect to lsean.ezweb.ne.jp[192.0.2.1]:25: Connection timed out)';
    const paste = Array.from({ length: 2000 }, () => line).join('\n');

    const result = await lookup(paste, entries, search);

    expect(result.decoded?.recipients.length).toBeGreaterThan(1);
    expect(result.ids).toContain('au-congestion-block');
  });
});
