/**
 * Times at the start of a log line, as milliseconds since the epoch:
 * syslog's `Dec  3 10:00:01` (no year and no zone: the given year, local time), RFC 3339's
 * `2026-12-03T10:00:01.123456+09:00` (rsyslog's high-precision format) and Exim's
 * `2026-12-03 10:00:01` (local time, or with a `+0900` offset when log_timezone is set).
 */

const MONTHS = new Map(
  'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ').map((m, i) => [m, i] as const),
);

const SYSLOG = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d)/;
const ISO =
  /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d{1,9}))?(?: ?(Z|[+-]\d\d:?\d\d))?/;

/** Reads line times in order, carrying the year over when a syslog month goes back (Dec → Jan). */
export class TimeReader {
  private year: number;
  private lastMonth = -1;
  private lastPrefix = '';
  private lastTime: number | null = null;

  constructor(year: number) {
    this.year = year;
  }

  read(line: string): number | null {
    // Lines of one second share their prefix: most lines cost one comparison.
    const prefix = line.slice(0, 15);
    if (prefix === this.lastPrefix) return this.lastTime;
    this.lastPrefix = prefix;
    this.lastTime = this.parse(line);
    return this.lastTime;
  }

  private parse(line: string): number | null {
    const c = line.charCodeAt(0);
    if (c >= 48 && c <= 57) return parseIso(line);
    const m = SYSLOG.exec(line);
    const month = m ? MONTHS.get(m[1]!.toLowerCase()) : undefined;
    if (!m || month === undefined) return null;

    if (this.lastMonth >= 0 && month < this.lastMonth - 6) this.year += 1;
    this.lastMonth = month;
    const [day, h, mi, s] = [m[2], m[3], m[4], m[5]].map(Number) as [
      number,
      number,
      number,
      number,
    ];
    return new Date(this.year, month, day, h, mi, s).getTime();
  }
}

export function parseIso(text: string): number | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as number[];
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const zone = m[8];
  if (!zone) return new Date(y!, mo! - 1, d, h, mi, s, ms).getTime();

  const utc = Date.UTC(y!, mo! - 1, d, h, mi, s, ms);
  if (zone === 'Z') return utc;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return utc - sign * offset * 60_000;
}

const RELATIVE = /^(\d+)\s*([smhdw])$/i;
const UNIT_MS: Record<string, number> = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };

/**
 * A `--since` value: a duration back from `now` (`90m`, `6h`, `2d`), a date (`2026-12-03`, the
 * start of that day in local time) or a date and time in ISO form. Null when it is none of these.
 */
export function parseSince(text: string, now: number): number | null {
  const trimmed = text.trim();
  const relative = RELATIVE.exec(trimmed);
  if (relative) return now - Number(relative[1]) * UNIT_MS[relative[2]!.toLowerCase()]!;
  if (/^\d{4}-\d\d-\d\d$/.test(trimmed)) return parseIso(`${trimmed}T00:00:00`);
  if (/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d$/.test(trimmed)) return parseIso(`${trimmed}:00`);
  return parseIso(trimmed);
}
