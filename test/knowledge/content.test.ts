import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REASONS } from '../../src/core/reasons.ts';
import type { RecipientReport } from '../../src/core/types.ts';
import { advise } from '../../src/knowledge/advise.ts';
import { formatProblem } from '../../src/knowledge/normalise.ts';
import { createSearch } from '../../src/knowledge/search.ts';
import { content, entries } from './content.ts';

/** The au FAQ, in the order of KDDI's page. */
const AU_FAQ = [
  'au-no-thresholds',
  'au-blocking-policy',
  'au-unreceivable-vs-prohibited',
  'au-congestion-block',
  'au-bulk-sending-block',
  'au-retry-after-block',
  'au-no-response-or-reset',
  'au-congestion-criteria',
  'au-unreceivable-error',
  'au-over-quota',
  'au-recipient-count',
  'au-ip-changes',
  'au-reverse-dns',
  'au-session-hogging',
  'au-dynamic-ip-sending',
  'au-dynamic-ip-definition',
  'au-helo-fqdn',
  'au-ndr-after-accept',
  'au-list-cleanup',
  'au-block-reason-undisclosed',
  'au-dnsbl-whitelist',
  'au-other-carriers',
  'au-contact-eligibility',
  'au-contact-how',
];

const byId = new Map(entries.map((e) => [e.id, e]));
const faqs = entries.filter((e) => e.kind === 'faq');
const search = createSearch(entries);
const queries = parse(readFileSync(new URL('./search-queries.yaml', import.meta.url), 'utf8')) as {
  query: string;
  expect: string;
}[];

/** Bounces toward au, one per trigger of the entry: each reason alone, each phrase alone. */
function bouncesFor(id: string): RecipientReport[] {
  const t = byId.get(id)?.triggers;
  if (!t) return [];
  const base: RecipientReport = {
    recipient: 'taro@ezweb.ne.jp',
    reason: 'undefined',
    status: null,
    statusInferred: false,
    reply: null,
    command: null,
    remoteHost: 'lsean.ezweb.ne.jp',
    provider: 'au',
    permanence: 'unknown',
    action: null,
    diagnostic: '',
    rule: 'test',
    evidence: [],
    faq: [],
  };
  return [
    ...t.reasons.map((reason) => ({ ...base, reason })),
    ...[...t.phrases, ...t.symptoms].map((diagnostic) => ({ ...base, diagnostic })),
  ];
}

describe('the knowledge base', () => {
  it('builds without a problem', () => {
    expect(content.problems.map(formatProblem)).toEqual([]);
  });

  it.each(REASONS)('has a guide for the reason %s', (reason) => {
    expect(byId.get(`reason-${reason}`)?.reason).toBe(reason);
  });

  it('holds the 24 au FAQ answers in the order of the KDDI page', () => {
    const files = faqs.filter((e) => e.provider === 'au').map((e) => [e.file, e.id]);

    expect(files).toEqual(
      AU_FAQ.map((id, i) => [`faq/${String(i + 1).padStart(2, '0')}-${id}.yaml`, id]),
    );
  });

  it('gives every FAQ entry a source page', () => {
    for (const e of faqs) expect(e.source, e.id).toMatch(/^https:\/\//);
  });

  it('has every entry complete in both languages', () => {
    for (const e of entries) {
      for (const lang of ['ja', 'en'] as const) {
        const t = e[lang];
        expect(t.title.trim(), `${e.id} ${lang}.title`).not.toBe('');
        expect(t.body.trim(), `${e.id} ${lang}.body`).not.toBe('');
        expect(t.keywords.length, `${e.id} ${lang}.keywords`).toBeGreaterThan(0);
      }
    }
  });

  it('writes the Japanese side in Japanese and the English side in English', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    for (const e of faqs) {
      expect(e.ja.body, e.id).toMatch(japanese);
      expect(e.en.body, e.id).not.toMatch(japanese);
    }
  });

  it('never quotes a sending threshold KDDI does not publish', () => {
    // KDDI publishes 3 MB and 100 recipients; any other count of messages or connections per
    // unit of time would be invented.
    const rate = /\d+\s*(?:通|messages?|connections?|sessions?)\s*(?:\/|per|毎|まで)/i;
    for (const e of faqs) expect(`${e.ja.body} ${e.en.body}`, e.id).not.toMatch(rate);
  });
});

describe('reaching every FAQ entry', () => {
  it.each(AU_FAQ)('%s is found by its own Japanese and English questions', (id) => {
    const entry = byId.get(id)!;

    for (const question of [entry.ja.title, entry.en.title]) {
      expect(
        search(question, { limit: 3 }).map((h) => h.id),
        question,
      ).toContain(id);
    }
  });

  it.each(AU_FAQ)('%s is the expected answer of a query in the query set', (id) => {
    const mine = queries.filter((q) => q.expect === id);

    expect(mine.length).toBeGreaterThan(0);
    expect(mine.some((q) => search(String(q.query), { limit: 3 }).some((h) => h.id === id))).toBe(
      true,
    );
  });

  it('ranks each FAQ entry that has triggers first three for one of them', () => {
    const unreached = AU_FAQ.filter((id) => {
      const bounces = bouncesFor(id);
      return (
        bounces.length > 0 && !bounces.some((b) => advise(b, entries).slice(0, 3).includes(id))
      );
    });

    expect(unreached).toEqual([]);
  });

  it('advises only ids that exist, for every reason with and without au', () => {
    for (const reason of REASONS) {
      for (const provider of ['au', 'gmail', null]) {
        const ids = advise(
          { reason, provider, status: '5.1.1', reply: '550', diagnostic: 'Connection reset' },
          entries,
        );
        expect(
          ids.filter((id) => !byId.has(id)),
          `${reason} ${provider}`,
        ).toEqual([]);
        expect(ids[0], `${reason} ${provider}`).toBeDefined();
      }
    }
  });
});
