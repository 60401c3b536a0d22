/**
 * Log summary speed and memory against pflogsumm, printed (not a test):
 *   npx tsx scripts/bench-log.ts [--size 1G] [--seed 1] [--dir /tmp/bench-log]
 * 1. Generates a Postfix log of --size with scripts/gen-log.ts, or reuses the one made before
 *    with the same size and seed.
 * 2. Builds the CLI bundle (dist/cli.mjs), as `npm run build:cli` does.
 * 3. Runs, one after the other on the same file, `bounce-explainer log` as installed (the bin
 *    launcher), the same bundle with V8's young generation capped, and Debian's pflogsumm; prints
 *    the wall time, throughput and peak memory (VmHWM, polled from /proc) of each, and the
 *    delivered, deferred and bounced counts each found.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCli } from './build-cli.ts';
import { generate, parseSize } from './gen-log.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const PFLOGSUMM = '/usr/sbin/pflogsumm';
/** Target from the issue: peak memory of the log summary. */
const MEMORY_TARGET_MB = 100;
/**
 * V8 flags tried in the second run. Under a steady stream of short-lived strings V8 grows its
 * young generation to 2 x 16 MiB, and with a default old-generation limit of gigabytes lets dead
 * objects pile up to four times the live ones before a full collection; whatever the program
 * keeps, the peak then passes 100 MB. A limit of 256 MB brings that factor down to 1.3.
 */
const V8_FLAGS = ['--max-semi-space-size=2', '--max-old-space-size=256'];

interface Measure {
  seconds: number;
  peakMb: number | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Counts as each program prints them: pflogsumm rounds large ones in units of 1,024 (1,557,681
 * is its `1521k`).
 */
interface Found {
  sent: string;
  deferred: string;
  bounced: string;
}

async function ensureLog(dir: string, sizeText: string, seed: number): Promise<string> {
  const path = join(dir, `postfix-${sizeText}-seed${seed}.log`);
  if (existsSync(path)) {
    console.log(`reusing ${path}`);
    return path;
  }
  mkdirSync(dir, { recursive: true });
  const start = performance.now();
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  const options = {
    size: parseSize(sizeText),
    format: 'postfix' as const,
    seed,
    start: new Date('2026-11-20T00:00:00'),
  };
  for (const chunk of generate(options, 8 << 20)) {
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  await rename(partial, path);
  console.log(`generated ${path} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return path;
}

/** Peak resident memory of a running process, in MB, from its /proc status. */
function peakOf(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** Runs a command, polling its peak memory until it exits; keeps the first 64 KB of stdout. */
function measure(command: string, args: string[]): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let peak: number | null = null;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout.length < 65536) stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    // VmHWM only grows, so the last reading before exit is the peak but for the final 20 ms.
    const timer = setInterval(() => {
      const now = child.pid === undefined ? null : peakOf(child.pid);
      if (now !== null) peak = Math.max(peak ?? 0, now);
    }, 20);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - start) / 1000;
      resolve({ seconds, peakMb: peak, code, stdout, stderr });
    });
  });
}

/** Counts from `log --json`'s totals. */
function ourCounts(m: Measure): Found | null {
  const totals = /"totals": (\{[^}]*\})/.exec(m.stdout)?.[1];
  if (!totals) return null;
  const t = JSON.parse(totals) as Record<'sent' | 'deferred' | 'bounced' | 'expired', number>;
  return { sent: `${t.sent}`, deferred: `${t.deferred}`, bounced: `${t.bounced + t.expired}` };
}

/** Counts from pflogsumm's Grand Totals: delivered, deferrals (not messages), bounced. */
function pflogsummCounts(m: Measure): Found | null {
  const count = (pattern: RegExp) => pattern.exec(m.stdout)?.[1] ?? '';
  const found = {
    sent: count(/^\s*(\d+[km]?)\s+delivered/m),
    deferred: count(/\((\d+[km]?)\s+deferrals\)/),
    bounced: count(/^\s*(\d+[km]?)\s+bounced/m),
  };
  return Object.values(found).includes('') ? null : found;
}

function countsText(found: Found | null): string {
  if (!found) return 'counts not found in the output';
  return `delivered ${found.sent}, deferred ${found.deferred}, bounced ${found.bounced}`;
}

async function warmCache(path: string): Promise<void> {
  // Both runs read the file from the page cache, so that the first does not pay for the disk.
  for await (const chunk of createReadStream(path, { highWaterMark: 8 << 20 })) void chunk;
}

function row(name: string, m: Measure, bytes: number): string {
  const mbps = bytes / 1e6 / m.seconds;
  const peak = m.peakMb === null ? 'n/a' : `${m.peakMb.toFixed(1)} MB`;
  const status = m.code === 0 ? '' : `  (exit ${m.code}: ${m.stderr.trim().split('\n').pop()})`;
  const seconds = `${m.seconds.toFixed(1).padStart(8)} s`;
  const rate = `${mbps.toFixed(1).padStart(8)} MB/s`;
  return `${name.padEnd(34)} ${seconds} ${rate}   peak ${peak}${status}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '1G' },
      seed: { type: 'string', default: '1' },
      dir: { type: 'string', default: '/tmp/bench-log' },
    },
  });
  const log = await ensureLog(values.dir, values.size, Number(values.seed));
  const bytes = spawnSync('stat', ['-c', '%s', log]).stdout.toString().trim();
  await buildCli('warning');
  await warmCache(log);

  const args = ['log', '--json', '--year', '2026', log];
  const ours = await measure(join(root, 'bin', 'bounce-explainer.mjs'), args);
  // The same bundle with the flags a launcher could pass; see V8_FLAGS.
  const bundle = join(root, 'dist', 'cli.mjs');
  const capped = await measure(process.execPath, [...V8_FLAGS, bundle, ...args]);
  const theirs = existsSync(PFLOGSUMM) ? await measure(PFLOGSUMM, [log]) : null;

  const size = Number(bytes);
  console.log(`\n${log}: ${(size / 1e6).toFixed(0)} MB`);
  console.log(row('bounce-explainer log', ours, size));
  console.log(row('  node with V8 flags', capped, size));
  if (theirs) console.log(row('pflogsumm', theirs, size));
  else console.log(`pflogsumm: not installed (${PFLOGSUMM}); apt-get install pflogsumm`);
  console.log(`  (V8 flags: ${V8_FLAGS.join(' ')})`);
  console.log(`\ncounts, bounce-explainer log: ${countsText(ourCounts(ours))}`);
  if (theirs) {
    console.log(`counts, pflogsumm:            ${countsText(pflogsummCounts(theirs))}`);
    console.log('  (pflogsumm writes k for 1,024 and m for 1,048,576)');
  }
  if (theirs) {
    const ratio = theirs.seconds / ours.seconds;
    console.log(`\nbounce-explainer log is ${ratio.toFixed(2)}x as fast as pflogsumm`);
  }
  const under = (m: Measure) => (m.peakMb !== null && m.peakMb < MEMORY_TARGET_MB ? 'yes' : 'no');
  console.log(`peak memory under ${MEMORY_TARGET_MB} MB: ${under(ours)}; capped: ${under(capped)}`);
}

await main();
