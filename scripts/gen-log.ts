/**
 * Writes a realistic synthetic mail log of any size to stdout, deterministic by seed:
 *   npx tsx scripts/gen-log.ts --size 1G --format postfix|sendmail|exim|mixed --seed N \
 *     [--truth FILE] [--start 2026-11-20T00:00:00] > mail.log
 * Outbound mail to several carriers: deliveries, deferrals (resets, timeouts, greylisting, rate
 * limits, full mailboxes) followed by retries, and bounces (unknown users, full mailboxes), with
 * the lines each MTA writes around them. --truth writes the counts a summariser must find.
 * A message's retries are written with it, so lines are in time order only message by message.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  CARRIERS,
  PERMANENT,
  eximDetail,
  postfixAttempt,
  sendmailStat,
  type Carrier,
  type Mta,
  type OutcomeKind,
} from './gen-log-data.ts';

export interface Truth {
  lines: number;
  bytes: number;
  totals: Counts;
  /** Per recipient domain: the counts, and the attempts that failed by the generator's outcome. */
  domains: Record<string, Counts & { outcomes: Record<string, number> }>;
  /** Addresses that bounced for good (unknown users), sorted. */
  permanent: string[];
}

interface Counts {
  sent: number;
  deferred: number;
  bounced: number;
}

/** Mulberry32: small, fast and the same on every platform. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const POOL = 5000;
/** Share of messages whose first attempt fails for a reason of the carrier's. */
const FAILING = 0.14;
const ID_CHARS = '0123456789ABCDEF';
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export interface Options {
  size: number;
  format: Mta | 'mixed';
  seed: number;
  start: Date;
}

/** Generates the log in chunks of about `chunk` characters; returns the truth at the end. */
export function* generate(options: Options, chunk = 1 << 20): Generator<string, Truth> {
  const rand = random(options.seed);
  const weighted = <T>(items: ReadonlyArray<readonly [T, number]>): T => {
    let r = rand() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1]![0];
  };
  const carriers = CARRIERS.map((c) => [c, c.weight] as const);
  const truth: Truth = { lines: 0, bytes: 0, totals: count(), domains: {}, permanent: [] };
  const permanent = new Set<string>();
  let time = options.start.getTime();
  let pid = 1000;
  let out: string[] = [];
  let size = 0;

  const chars = (alphabet: string, n: number) => {
    let text = '';
    for (let i = 0; i < n; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
    return text;
  };
  const hex = (n: number) => chars(ID_CHARS, n);
  const b62 = (n: number) => chars(B62, n);
  const syslog = (d: Date) =>
    `${MONTHS[d.getMonth()]} ${String(d.getDate()).padStart(2, ' ')} ${clock(d)}`;
  const rfc3339 = (d: Date) =>
    `${isoDate(d)}T${clock(d)}.${String(d.getMilliseconds() * 1000).padStart(6, '0')}${zone(d)}`;
  const emit = (line: string) => {
    out.push(line);
    size += line.length + 1;
    truth.lines += 1;
  };
  const tally = (domain: string, status: keyof Counts, outcome?: OutcomeKind) => {
    const d = (truth.domains[domain] ??= { ...count(), outcomes: {} });
    d[status] += 1;
    truth.totals[status] += 1;
    if (outcome) d.outcomes[outcome] = (d.outcomes[outcome] ?? 0) + 1;
  };

  while (truth.bytes + size < options.size) {
    time += Math.floor(rand() * 1500);
    const mta: Mta = options.format === 'mixed' ? weighted(MIXED) : options.format;
    const carrier = weighted(carriers);
    const index = Math.floor(rand() * POOL);
    const rcpt = `user${index}@${carrier.domain}`;
    const unknown = index % 97 === 13 && carrier.failures.some(([k]) => k === 'unknown-user');
    const others = carrier.failures.filter(([k]) => k !== 'unknown-user');
    const plan: OutcomeKind[] = unknown
      ? ['unknown-user']
      : rand() < FAILING
        ? [weighted(others)]
        : [];
    const first = plan[0];
    if (first && !PERMANENT.has(first) && rand() < 0.3) plan.push(first);

    const stamp = mta === 'exim' ? eximStamp : rand() < 0.1 ? rfc3339 : syslog;
    pid = (pid + 7) % 60000 || 1000;
    const id = mta === 'postfix' ? hex(10) : mta === 'sendmail' ? `${b62(8)}${pid}` : eximId(b62);
    const ctx: Context = { rcpt, carrier, pid, id, first: true, stamp, hex, b62 };
    let at = time;
    for (const kind of plan) {
      at += 1000 + Math.floor(rand() * 600_000);
      const permanentKind = PERMANENT.has(kind);
      for (const line of attempt(mta, kind, ctx, new Date(at))) emit(line);
      ctx.first = false;
      tally(carrier.domain, permanentKind ? 'bounced' : 'deferred', kind);
      if (kind === 'unknown-user') permanent.add(rcpt);
      if (permanentKind) break;
    }
    if (!plan.some((k) => PERMANENT.has(k))) {
      for (const line of attempt(mta, null, ctx, new Date(at + 900))) emit(line);
      tally(carrier.domain, 'sent');
    }

    if (size >= chunk) {
      const text = out.join('\n') + '\n';
      truth.bytes += text.length;
      out = [];
      size = 0;
      yield text;
    }
  }
  if (out.length > 0) {
    const text = out.join('\n') + '\n';
    truth.bytes += text.length;
    yield text;
  }
  truth.permanent = [...permanent].sort();
  return truth;
}

const MIXED: ReadonlyArray<readonly [Mta, number]> = [
  ['postfix', 5],
  ['sendmail', 2],
  ['exim', 3],
];

function count(): Counts {
  return { sent: 0, deferred: 0, bounced: 0 };
}

function clock(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

function isoDate(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** The local offset, as rsyslog writes it: syslog lines of the same log are in local time. */
function zone(d: Date): string {
  const offset = -d.getTimezoneOffset();
  const two = (n: number) => String(Math.floor(n)).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${two(Math.abs(offset) / 60)}:${two(Math.abs(offset) % 60)}`;
}

function eximStamp(d: Date): string {
  return `${isoDate(d)} ${clock(d)}`;
}

function eximId(b62: (n: number) => string): string {
  return `${b62(6)}-${b62(6)}-${b62(2)}`;
}

interface Context {
  rcpt: string;
  /** The queue id, the same for every attempt at one message. */
  id: string;
  /** Whether this is the message's first attempt, which the MTA logs its arrival before. */
  first: boolean;
  carrier: Carrier;
  pid: number;
  stamp: (d: Date) => string;
  hex: (n: number) => string;
  b62: (n: number) => string;
}

/** The lines one MTA writes for one attempt; `kind` null is a delivery. */
function attempt(mta: Mta, kind: OutcomeKind | null, ctx: Context, d: Date): string[] {
  if (mta === 'postfix') return postfixLines(kind, ctx, d);
  if (mta === 'sendmail') return sendmailLines(kind, ctx, d);
  return eximLines(kind, ctx, d);
}

const SENDER = 'news@sender.example';

function postfixLines(kind: OutcomeKind | null, ctx: Context, d: Date): string[] {
  const { rcpt, carrier: c, pid } = ctx;
  const head = `${ctx.stamp(d)} mail postfix`;
  const { id } = ctx;
  const lines = ctx.first
    ? [
        `${head}/pickup[${pid}]: ${id}: uid=1000 from=<${SENDER}>`,
        `${head}/cleanup[${pid + 1}]: ${id}: message-id=<${ctx.b62(16)}@sender.example>`,
      ]
    : [];
  lines.push(
    `${head}/qmgr[812]: ${id}: from=<${SENDER}>, size=${4000 + pid}, nrcpt=1 (queue active)`,
  );
  const delays = `delay=${(pid % 90) / 10}, delays=0.1/0/0.4/0.6`;
  if (kind === null) {
    const relay = `relay=${c.mx}[${c.ip}]:25`;
    const ok = `250 2.0.0 Ok: queued as ${ctx.hex(12)}`;
    lines.push(
      `${head}/smtp[${pid + 2}]: ${id}: to=<${rcpt}>, ${relay}, ${delays}, dsn=2.0.0, status=sent (${ok})`,
    );
    lines.push(`${head}/qmgr[812]: ${id}: removed`);
    return lines;
  }
  const a = postfixAttempt(kind, c, rcpt);
  if (a.hostLine) lines.push(`${head}/smtp[${pid + 2}]: ${a.hostLine}`);
  const relay = a.answered ? `relay=${c.mx}[${c.ip}]:25` : 'relay=none';
  const status = PERMANENT.has(kind) ? 'bounced' : 'deferred';
  lines.push(
    `${head}/smtp[${pid + 2}]: ${id}: to=<${rcpt}>, ${relay}, ${delays}, dsn=${a.dsn}, status=${status} (${a.text})`,
  );
  if (status === 'bounced') {
    lines.push(
      `${head}/bounce[${pid + 3}]: ${id}: sender non-delivery notification: ${ctx.hex(10)}`,
    );
    lines.push(`${head}/qmgr[812]: ${id}: removed`);
  }
  return lines;
}

function sendmailLines(kind: OutcomeKind | null, ctx: Context, d: Date): string[] {
  const { rcpt, carrier: c, pid } = ctx;
  const head = `${ctx.stamp(d)} mail sendmail[${pid}]`;
  const { id } = ctx;
  const from = `from=<${SENDER}>, size=${4000 + pid}, class=0, nrcpts=1`;
  const msgid = `msgid=<${ctx.b62(14)}@sender.example>, relay=news@localhost`;
  const lines = ctx.first ? [`${head}: ${id}: ${from}, ${msgid}`] : [];
  const common = `to=<${rcpt}>, ctladdr=<${SENDER}> (1000/1000), delay=00:00:0${pid % 10}, xdelay=00:00:01, mailer=esmtp, pri=120${pid % 1000}`;
  if (kind === null) {
    lines.push(
      `${head}: ${id}: ${common}, relay=${c.mx}. [${c.ip}], dsn=2.0.0, stat=Sent (${ctx.hex(12)} Message accepted for delivery)`,
    );
    return lines;
  }
  const a = sendmailStat(kind, c, rcpt);
  const relay = a.answered ? `relay=${c.mx}. [${c.ip}]` : `relay=${c.mx}.`;
  lines.push(`${head}: ${id}: ${common}, ${relay}, dsn=${a.dsn}, stat=${a.text}`);
  if (PERMANENT.has(kind)) {
    lines.push(`${head}: ${id}: ${ctx.b62(8)}: DSN: ${a.text}`);
  }
  return lines;
}

function eximLines(kind: OutcomeKind | null, ctx: Context, d: Date): string[] {
  const { rcpt, carrier: c } = ctx;
  const head = ctx.stamp(d);
  const { id } = ctx;
  const arrival = `<= ${SENDER} U=news P=local S=${4000 + ctx.pid} id=${ctx.b62(14)}@sender.example`;
  const lines = ctx.first ? [`${head} ${id} ${arrival}`] : [];
  const route = 'R=dnslookup T=remote_smtp';
  if (kind === null) {
    lines.push(
      `${head} ${id} => ${rcpt} ${route} H=${c.mx} [${c.ip}] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="250 2.0.0 OK ${ctx.hex(8)}"`,
    );
    lines.push(`${head} ${id} Completed`);
    return lines;
  }
  const a = eximDetail(kind, c, rcpt);
  const flag = PERMANENT.has(kind) ? '**' : '==';
  lines.push(`${head} ${id} ${flag} ${rcpt} ${route} ${a.text}`);
  if (flag === '**') lines.push(`${head} ${id} Completed`);
  return lines;
}

/** `1G`, `200M`, `64K` or a byte count. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([KMG]?)B?$/i.exec(text.trim());
  if (!m) throw new Error(`--size: expected a size such as 1G, 200M or 65536, not '${text}'`);
  const unit = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[2]!.toUpperCase() as 'K'];
  return Math.round(Number(m[1]) * unit);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '10M' },
      format: { type: 'string', default: 'mixed' },
      seed: { type: 'string', default: '1' },
      truth: { type: 'string' },
      start: { type: 'string', default: '2026-11-20T00:00:00' },
    },
  });
  const format = values.format as Options['format'];
  if (!['postfix', 'sendmail', 'exim', 'mixed'].includes(format)) {
    throw new Error(`--format: postfix, sendmail, exim or mixed, not '${format}'`);
  }
  const options = {
    size: parseSize(values.size),
    format,
    seed: Number(values.seed),
    start: new Date(values.start),
  };

  const run = generate(options);
  for (;;) {
    const next = run.next();
    if (next.done) {
      if (values.truth) writeFileSync(values.truth, `${JSON.stringify(next.value, null, 1)}\n`);
      return;
    }
    if (!process.stdout.write(next.value)) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Piped into `head` and the like: stop quietly once the reader has gone.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  main().catch((error: unknown) => {
    process.stderr.write(`gen-log: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
