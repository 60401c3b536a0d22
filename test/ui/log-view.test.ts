import { describe, expect, it } from 'vitest';
import {
  addressList,
  carrierName,
  logSummaryOf,
  reasonAnswer,
  shortText,
  stepsOf,
  timeSpan,
} from '../../components/log-view.ts';
import { createI18n } from '../../components/i18n.ts';
import type { KnowledgeEntry } from '../../src/knowledge/types.ts';
import type { ReasonSummary } from '../../src/log/index.ts';

const DEFERRED =
  'Dec  3 09:00:01 mx postfix/smtp[1]: 4A1B2C3D4E: to=<a@ezweb.ne.jp>, relay=none, delay=30, ' +
  'dsn=4.4.2, status=deferred (lost connection with mx.ezweb.ne.jp[192.0.2.1] ' +
  'while receiving the initial server greeting)';
const SENT =
  'Dec  3 09:10:00 mx postfix/smtp[2]: 5B2C3D4E5F: to=<b@gmail.com>, ' +
  'relay=gmail-smtp-in.l.google.com[203.0.113.26]:25, delay=1, dsn=2.0.0, status=sent (250 OK)';

function entry(id: string, kind: KnowledgeEntry['kind'], checklist?: string[]): KnowledgeEntry {
  const text = (title: string) => ({
    title,
    body: `${title} body\n`,
    keywords: [],
    ...(checklist ? { checklist } : {}),
  });
  return {
    id,
    kind,
    file: `${id}.yaml`,
    ja: text(`${id} ja`),
    en: text(`${id} en`),
    triggers: { reasons: [], statuses: [], replies: [], phrases: [], symptoms: [] },
  };
}

function reason(faq: string[]): ReasonSummary {
  return {
    reason: 'networkerror',
    count: 3,
    deferred: 3,
    bounced: 0,
    permanence: 'transient',
    statuses: [],
    diagnostic: 'lost connection',
    faq,
  };
}

describe('the log view helpers', () => {
  it('summarise a paste of two delivery lines, and leave a single line to the decoder', () => {
    const two = logSummaryOf(`${DEFERRED}\n${SENT}\n`, [], 2026);
    const one = logSummaryOf(`${DEFERRED}\n`, [], 2026);

    expect(two?.domains.map((d) => [d.domain, d.provider])).toEqual([
      ['ezweb.ne.jp', 'au'],
      ['gmail.com', 'gmail'],
    ]);
    expect(one).toBeNull();
  });

  it('pick the first FAQ answer over the reason guide, and the guide when there is none', () => {
    const all = [entry('reason-networkerror', 'reason', ['wait']), entry('au-x', 'faq')];
    const code = entry('code-4.x.x', 'code');
    const byId = (id: string) => [...all, code].find((e) => e.id === id);

    const withFaq = reasonAnswer(reason(['code-4.x.x', 'au-x', 'reason-networkerror']), byId);
    const withoutFaq = reasonAnswer(reason(['code-4.x.x']), byId);

    expect(withFaq.best?.id).toBe('au-x');
    expect(withFaq.guide?.id).toBe('reason-networkerror');
    expect(stepsOf(withFaq, 'en')).toEqual(['wait']);
    expect(withoutFaq.best?.id).toBe('reason-networkerror');
  });

  it('name a carrier in the page language, and fall back to the provider id', () => {
    const ja = createI18n('ja').t;
    const en = createI18n('en').t;

    expect(carrierName(ja, 'au')).toBe('au（KDDI）');
    expect(carrierName(en, 'docomo')).toBe('docomo (NTT DOCOMO)');
    expect(carrierName(en, 'example-mail')).toBe('example-mail');
    expect(carrierName(en, null)).toBeNull();
  });

  it('show a span within one day with the day once', () => {
    const first = new Date(2026, 11, 3, 9, 0, 1).toISOString();
    const last = new Date(2026, 11, 3, 9, 40, 58).toISOString();
    const next = new Date(2026, 11, 4, 1, 2, 3).toISOString();

    expect(timeSpan(first, last)).toBe('2026-12-03 09:00:01 – 09:40:58');
    expect(timeSpan(first, next)).toBe('2026-12-03 09:00:01 – 2026-12-04 01:02:03');
    expect(timeSpan(first, first)).toBe('2026-12-03 09:00:01');
    expect(timeSpan(null, null)).toBeNull();
  });

  it('copy addresses one a line and cut long replies', () => {
    expect(addressList(['a@docomo.ne.jp', 'b@au.com'])).toBe('a@docomo.ne.jp\nb@au.com\n');
    expect(shortText('x'.repeat(10), 4)).toBe('xxxx…');
    expect(shortText('short', 10)).toBe('short');
  });
});
