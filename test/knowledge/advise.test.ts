import { describe, expect, it } from 'vitest';
import type { Reason } from '../../src/core/reasons.ts';
import type { RecipientReport } from '../../src/core/types.ts';
import { advise } from '../../src/knowledge/advise.ts';
import { entries } from './content.ts';

function report(facts: Partial<RecipientReport> & { reason: Reason }): RecipientReport {
  return {
    recipient: null,
    status: null,
    statusInferred: false,
    reply: null,
    command: null,
    remoteHost: null,
    provider: null,
    permanence: 'unknown',
    action: null,
    diagnostic: '',
    rule: 'test',
    evidence: [],
    faq: [],
    ...facts,
  };
}

const toAu = { provider: 'au', recipient: 'taro@ezweb.ne.jp', remoteHost: 'lsean.ezweb.ne.jp' };

describe('advise', () => {
  const resets: [Reason, string][] = [
    ['networkerror', 'Connection reset by peer'],
    ['blocked', 'read error: Connection reset by peer'],
    ['toomanyconn', 'Connection reset by peer'],
    ['expired', 'conversation with lsean.ezweb.ne.jp timed out while sending RCPT TO'],
    ['networkerror', 'connect to lsean.ezweb.ne.jp[27.86.113.3]:25: Connection timed out'],
  ];

  it.each(resets)('ranks au-congestion-block in the first three for %s: %s', (reason, text) => {
    const ids = advise(report({ ...toAu, reason, diagnostic: text }), entries);

    expect(ids.slice(0, 3)).toContain('au-congestion-block');
  });

  it('ranks au-recipient-count first for "too many recipients" toward au', () => {
    const r = report({ ...toAu, reason: 'exceedlimit', status: '4.5.3', reply: '452' });
    r.diagnostic = '452 4.5.3 Too many recipients';

    expect(advise(r, entries)[0]).toBe('au-recipient-count');
  });

  it('ranks au-over-quota first for au over-quota text', () => {
    const r = report({ ...toAu, reason: 'mailboxfull', status: '4.2.2' });
    r.diagnostic = 'The user(s) account is temporarily over quota.';

    expect(advise(r, entries)[0]).toBe('au-over-quota');
  });

  it('treats a bounce as au when only the diagnostic names an au host', () => {
    const r = report({ reason: 'networkerror', diagnostic: 'lost connection with msmx.au.com' });

    expect(advise(r, entries).slice(0, 3)).toContain('au-congestion-block');
  });

  it('puts the reason guide first and no au FAQ for a reset from another provider', () => {
    const r = report({ reason: 'networkerror', provider: 'gmail', diagnostic: 'Connection reset' });

    const ids = advise(r, entries);

    expect(ids[0]).toBe('reason-networkerror');
    expect(ids.filter((id) => id.startsWith('au-'))).toEqual([]);
  });

  it('ranks an au FAQ for another provider only after the guide, when its phrase matches', () => {
    const r = report({ reason: 'exceedlimit', provider: 'gmail', status: '4.5.3' });
    r.diagnostic = '452 4.5.3 Too many recipients';

    const ids = advise(r, entries);

    expect(ids[0]).toBe('reason-exceedlimit');
    expect(ids.slice(0, 3)).toContain('au-recipient-count');
  });

  it('includes the code entries of the status and the reply', () => {
    const r = report({ reason: 'userunknown', status: '5.1.1', reply: '550' });

    const ids = advise(r, entries);

    expect(ids).toEqual(expect.arrayContaining(['code-x.1.1', 'code-550', 'code-5.x.x']));
    expect(ids[0]).toBe('reason-userunknown');
  });

  it('ranks au list hygiene first for an unknown au user', () => {
    const r = report({ ...toAu, reason: 'userunknown', status: '5.1.1', reply: '550' });

    expect(advise(r, entries)[0]).toBe('au-list-cleanup');
  });

  it('returns only ids that exist, for every reason', () => {
    const known = new Set(entries.map((e) => e.id));

    for (const e of entries.filter((x) => x.kind === 'reason')) {
      const ids = advise(report({ ...toAu, reason: e.reason!, status: '5.9.99' }), entries);
      expect(ids.every((id) => known.has(id))).toBe(true);
    }
  });
});
