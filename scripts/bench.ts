/**
 * Decoder speed, printed (not a test):
 *   npm run bench [-- DIR]            (DIR defaults to ../shared/corpus/emails)
 * 1. In one Node process: per-message decode time, median and p99, after a warm-up round.
 * 2. Whole process against whole process, side by side on the same files: this decoder
 *    (bundled with esbuild, run by node) against Sisimai (Debian's libsisimai-perl), as a ratio.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { decode } from '../src/core/index.ts';

const dir = resolve(process.argv[2] ?? '../shared/corpus/emails');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.eml'))
  .map((name) => join(dir, name));
const inputs = files.map((file) => readFileSync(file));

async function inProcess(): Promise<void> {
  for (const input of inputs) await decode(input);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const input of inputs) {
      const start = performance.now();
      await decode(input);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`in-process, ${inputs.length} messages x 5 rounds:`);
  console.log(
    `  median ${at(0.5).toFixed(3)} ms   p99 ${at(0.99).toFixed(3)} ms   mean ${mean.toFixed(3)} ms`,
  );
}

/** Bundles a runner that decodes every file named on its command line, as a user's process would. */
async function bundleRunner(): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'bounce-bench-'));
  const entry = join(work, 'runner.ts');
  writeFileSync(
    entry,
    `import { readFileSync } from 'node:fs';
import { decode } from ${JSON.stringify(resolve('src/core/index.ts'))};
let n = 0;
for (const file of process.argv.slice(2)) n += (await decode(readFileSync(file))).recipients.length;
console.log(n);
`,
  );
  const out = join(work, 'runner.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    // as the CLI is built (scripts/build-cli.ts)
    inject: [resolve('src/cli/parts-blob.ts')],
  });
  return out;
}

function timeProcess(command: string, args: string[]): { ms: number; out: string } | null {
  const best: number[] = [];
  let out = '';
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) return null;
    best.push(performance.now() - start);
    out = run.stdout.trim();
  }
  return { ms: Math.min(...best), out };
}

async function wholeProcess(): Promise<void> {
  const runner = await bundleRunner();
  const ours = timeProcess(process.execPath, [runner, ...files]);
  const sisimai = timeProcess('perl', [
    '-MSisimai',
    '-e',
    'my $n = 0; for my $f (@ARGV) { my $d = Sisimai->make($f); $n += scalar @$d if $d } print "$n\\n"',
    ...files,
  ]);
  console.log(`whole process, ${files.length} files, best of 5:`);
  if (!ours) return console.log('  bounce-explainer: failed to run');
  console.log(`  bounce-explainer ${ours.ms.toFixed(0)} ms (${ours.out} recipients)`);
  if (!sisimai) {
    console.log('  sisimai: not available (apt-get install libsisimai-perl)');
    return;
  }
  console.log(`  sisimai 4.25     ${sisimai.ms.toFixed(0)} ms (${sisimai.out} recipients)`);
  console.log(`  throughput ratio ${(sisimai.ms / ours.ms).toFixed(2)}x Sisimai's`);
}

await inProcess();
await wholeProcess();
