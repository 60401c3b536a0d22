import { describe, expect, it } from 'vitest';
import { parseSince, summariseLines } from '../../src/log/index.ts';
import { TimeReader, parseIso } from '../../src/log/timestamp.ts';
import { generated } from './helpers.ts';

describe('--since and --domain', () => {
  const { text, truth } = generated('mixed', 300_000, 5);

  it('keeps only the recipient domain asked for, and counts the rest as filtered', () => {
    const summary = summariseLines(text, [], { year: 2026, domain: 'docomo.ne.jp' });

    expect(summary.domains.map((d) => d.domain)).toEqual(['docomo.ne.jp']);
    const docomo = truth.domains['docomo.ne.jp']!;
    expect(summary.totals.sent).toBe(docomo.sent);
    const all = truth.totals.sent + truth.totals.deferred + truth.totals.bounced;
    expect(summary.filtered).toBe(all - docomo.sent - docomo.deferred - docomo.bounced);
  });

  it('takes a carrier id for all of its domains', () => {
    const summary = summariseLines(text, [], { year: 2026, domain: 'au' });

    expect(summary.domains.map((d) => d.domain).sort()).toEqual(['au.com', 'ezweb.ne.jp']);
  });

  it('leaves out lines before the time given', () => {
    const all = summariseLines(text, [], { year: 2026 });
    const middle = (Date.parse(all.first!) + Date.parse(all.last!)) / 2;

    const later = summariseLines(text, [], { year: 2026, since: middle });

    expect(later.deliveries).toBeGreaterThan(0);
    expect(later.deliveries).toBeLessThan(all.deliveries);
    expect(later.deliveries + later.filtered).toBe(all.deliveries);
    expect(Date.parse(later.first!)).toBeGreaterThanOrEqual(middle);
  });
});

describe('log times', () => {
  it('reads syslog times in the given year and moves to the next year after December', () => {
    const reader = new TimeReader(2026);

    const december = reader.read('Dec 31 23:59:59 mx postfix/smtp[1]: x');
    const january = reader.read('Jan  1 00:00:01 mx postfix/smtp[1]: x');

    expect(december).toBe(new Date(2026, 11, 31, 23, 59, 59).getTime());
    expect(january).toBe(new Date(2027, 0, 1, 0, 0, 1).getTime());
  });

  it('reads RFC 3339 times with their offset and Exim times as local time', () => {
    expect(parseIso('2026-12-03T09:00:01.250+09:00 mx postfix')).toBe(
      Date.UTC(2026, 11, 3, 0, 0, 1, 250),
    );
    expect(parseIso('2026-12-03 09:00:01 1rAbCd-000Xyz-9Q **')).toBe(
      new Date(2026, 11, 3, 9, 0, 1).getTime(),
    );
    expect(new TimeReader(2026).read('mx postfix/smtp[1]: no time here')).toBeNull();
  });

  it('takes --since as a span back from now, a date or a date and time', () => {
    const now = Date.UTC(2026, 11, 3, 12);

    expect(parseSince('6h', now)).toBe(now - 6 * 3600_000);
    expect(parseSince('2d', now)).toBe(now - 2 * 86400_000);
    expect(parseSince('2026-12-03', now)).toBe(new Date(2026, 11, 3).getTime());
    expect(parseSince('2026-12-03T09:30', now)).toBe(new Date(2026, 11, 3, 9, 30).getTime());
    expect(parseSince('2026-12-03T09:30:00Z', now)).toBe(Date.UTC(2026, 11, 3, 9, 30));
    expect(parseSince('yesterday', now)).toBeNull();
  });
});
