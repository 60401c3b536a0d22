/**
 * Whether decoding time grows in step with the input, printed (not a test):
 *   npm run bench:linear
 * For each kind of input, the time to decode 1 KB, 10 KB, 100 KB, 1 MB and 10 MB of it (best of
 * a few runs, after a warm-up), and the ratio to the size before. A linear decoder shows a ratio
 * near 10 per decade; past the input cap (DEFAULT_MAX_INPUT) the time should stop growing.
 * Then the regular expressions of src/core that take longest over a megabyte of the adversarial
 * text test/limits/patterns.test.ts feeds them (that test checks they finish; this times them).
 */
import { readFileSync } from 'node:fs';
import { decode, DEFAULT_MAX_INPUT } from '../src/core/decode.ts';
import { boundOf, collectPatterns, runPatterns } from '../test/limits/patterns.ts';

const KB = 1024;
const SIZES = [KB, 10 * KB, 100 * KB, 1024 * KB, 10 * 1024 * KB];

/** Reproducible bytes: xorshift32, so two runs decode the same noise. */
function noiseBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let x = 0x2545f491;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** Printable noise in lines of 80, as a pasted log or page might be. */
function printableNoise(size: number): string {
  const bytes = noiseBytes(size);
  for (let i = 0; i < size; i++) bytes[i] = i % 80 === 79 ? 10 : 32 + (bytes[i]! % 95);
  return new TextDecoder('latin1').decode(bytes);
}

function repeated(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const fixture = (name: string) =>
  readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'latin1');

const BOUNCE_TEXT =
  '<taro@ezweb.ne.jp>: host lsean.ezweb.ne.jp[222.15.69.135] said: 550 5.1.1 ' +
  '<taro@ezweb.ne.jp>: user unknown (in reply to RCPT TO command)\n\n';

const LOG_LINE =
  'Dec  3 10:15:02 mail postfix/smtp[12345]: 4F9D2: to=<hanako@au.com>, ' +
  'relay=msmx.au.com[111.87.3.1]:25, dsn=4.2.2, status=deferred (host msmx.au.com' +
  '[111.87.3.1] said: 452 4.2.2 <hanako@au.com>: over quota (in reply to RCPT TO command))\n';

/** A whole message whose body repeats: one header block, then the bounce text over and over. */
function wholeMessage(size: number): string {
  const message = fixture('postfix-user-unknown.eml');
  const blank = message.indexOf('\n\n');
  const head = message.slice(0, blank + 2);
  return head + repeated(message.slice(blank + 2), size - head.length);
}

const KINDS: ReadonlyArray<readonly [string, (size: number) => string | Uint8Array]> = [
  ['random bytes', noiseBytes],
  ['printable noise', printableNoise],
  ['one long line of letters', (size) => 'x'.repeat(size)],
  ['bounce text repeated', (size) => repeated(BOUNCE_TEXT, size)],
  ['Postfix log lines repeated', (size) => repeated(LOG_LINE, size)],
  ['a message, its body repeated', wholeMessage],
];

async function timeOf(input: string | Uint8Array): Promise<number> {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    await decode(input);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function label(size: number): string {
  return size >= 1024 * KB ? `${size / 1024 / KB} MB` : `${size / KB} KB`;
}

console.log(`input cap: ${label(DEFAULT_MAX_INPUT)}; time is the best of 3 runs`);
for (const [name, make] of KINDS) {
  await decode(make(10 * KB));
  const cells: string[] = [];
  let before: number | null = null;
  for (const size of SIZES) {
    const ms = await timeOf(make(size));
    const ratio = before === null ? '' : ` (x${(ms / Math.max(before, 0.001)).toFixed(1)})`;
    cells.push(`${label(size)} ${ms.toFixed(1)} ms${ratio}`);
    before = ms;
  }
  console.log(`${name}:\n  ${cells.join('\n  ')}`);
}

const patterns = collectPatterns();
const runs = await runPatterns(
  patterns.filter((p) => !boundOf(p)),
  1024 * KB,
  60_000,
);
const slowest = runs
  .map((run) => ({ run, ms: run.times.reduce((sum, t) => sum + t.ms, 0) }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, 8);
console.log(`\nregular expressions, all adversarial inputs of 1 MB (${runs.length} patterns):`);
if (runs.some((run) => !run.finished)) console.log('  NOT FINISHED within 60 s: see the test');
for (const { run, ms } of slowest) {
  const worst = run.times.reduce((a, b) => (b.ms > a.ms ? b : a));
  const where = `${run.pattern.file}:${run.pattern.line}`;
  console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${where}  worst: ${worst.input}`);
}

for (const pattern of patterns.filter((p) => boundOf(p))) {
  const length = boundOf(pattern)!.length;
  const [run] = await runPatterns([pattern], length, 60_000);
  const ms = run!.times.reduce((sum, t) => sum + t.ms, 0);
  const where = `${pattern.file}:${pattern.line}`;
  console.log(`  ${ms.toFixed(1).padStart(6)} ms  ${where}  (bounded: ${length} characters)`);
}
