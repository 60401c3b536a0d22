/**
 * Decoder speed, printed (not a test):
 *   npm run bench [-- DIR]            (DIR defaults to ../shared/corpus/emails)
 * Everything runs from a bundle built as the CLI is (scripts/build-cli.ts), by a fresh node:
 * 1. In one process: per-message decode time, median and p99, after a warm-up round.
 * 2. Whole process against whole process, side by side on the same files: this decoder against
 *    Sisimai (Debian's libsisimai-perl), as a ratio; and, for scale, a process that only reads
 *    the files, one that only runs postal-mime over them, and one that only runs it over the
 *    files the decoder hands it (the rest are single-part and read without it): the ratio that
 *    last one gives is the most this decoder could reach, were all of its own work free.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const dir = resolve(process.argv[2] ?? '../shared/corpus/emails');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.eml'))
  .map((name) => join(dir, name));

/** The runners' sources: each takes the files on its command line and prints one line. */
const RUNNERS = {
  decode: `import { readFileSync } from 'node:fs';
import { decode } from ${JSON.stringify(resolve('src/core/index.ts'))};
let n = 0;
for (const file of process.argv.slice(2)) n += (await decode(readFileSync(file))).recipients.length;
console.log(n);
`,
  times: `import { readFileSync } from 'node:fs';
import { decode } from ${JSON.stringify(resolve('src/core/index.ts'))};
const inputs = process.argv.slice(2).map((file) => readFileSync(file));
for (const input of inputs) await decode(input);
const times = [];
for (let round = 0; round < 5; round++) {
  for (const input of inputs) {
    const start = performance.now();
    await decode(input);
    times.push(performance.now() - start);
  }
}
console.log(JSON.stringify(times));
`,
  read: `import { readFileSync } from 'node:fs';
let n = 0;
for (const file of process.argv.slice(2)) n += readFileSync(file).length;
console.log(n);
`,
  // with the options of src/core/extract/message.ts and the CLI's Blob
  postalMime: `import { readFileSync } from 'node:fs';
import PostalMime from 'postal-mime';
import { MIME_OPTIONS } from ${JSON.stringify(resolve('src/core/extract/message.ts'))};
let n = 0;
for (const file of process.argv.slice(2))
  n += (await PostalMime.parse(readFileSync(file), MIME_OPTIONS)).attachments.length;
console.log(n);
`,
  // the files the decoder cannot read without the MIME parser: see src/core/extract/message.ts
  postalMimeNeeded: `import { readFileSync } from 'node:fs';
import PostalMime from 'postal-mime';
import { MIME_OPTIONS } from ${JSON.stringify(resolve('src/core/extract/message.ts'))};
import { readPlainMessage } from ${JSON.stringify(resolve('src/core/extract/plain-message.ts'))};
let n = 0;
for (const file of process.argv.slice(2)) {
  const input = readFileSync(file);
  if (readPlainMessage(input)) continue;
  await PostalMime.parse(input, MIME_OPTIONS);
  n++;
}
console.log(n);
`,
};

type Runner = keyof typeof RUNNERS;

async function bundle(work: string, name: Runner): Promise<string> {
  const entry = join(work, `${name}.ts`);
  writeFileSync(entry, RUNNERS[name]);
  const out = join(work, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    absWorkingDir: process.cwd(),
    nodePaths: [resolve('node_modules')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    // as the CLI is built (scripts/build-cli.ts)
    inject: [resolve('src/cli/parts-blob.ts')],
  });
  return out;
}

/**
 * Node reads the certificates NODE_EXTRA_CA_CERTS names before running any script: on a machine
 * that sets it, 80 ms of every start goes there. The decoder makes no connection, so the ratio
 * is also given without it.
 */
const WITHOUT_CA: NodeJS.ProcessEnv = { ...process.env, NODE_EXTRA_CA_CERTS: undefined };

function timeProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): { ms: number; out: string } | null {
  const best: number[] = [];
  let out = '';
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26, env });
    if (run.status !== 0) return null;
    best.push(performance.now() - start);
    out = run.stdout.trim();
  }
  return { ms: Math.min(...best), out };
}

function inProcess(runner: string): void {
  const run = spawnSync(process.execPath, [runner, ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) return console.log(`in-process: failed to run\n${run.stderr}`);
  const times = (JSON.parse(run.stdout) as number[]).sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`in-process, ${files.length} messages x 5 rounds:`);
  console.log(
    `  median ${at(0.5).toFixed(3)} ms   p99 ${at(0.99).toFixed(3)} ms   ` +
      `mean ${mean.toFixed(3)} ms`,
  );
}

function wholeProcess(runners: Record<Runner, string>): void {
  const sisimai = timeProcess('perl', [
    '-MSisimai',
    '-e',
    'my $n = 0; for my $f (@ARGV) { my $d = Sisimai->make($f); $n += scalar @$d if $d } ' +
      'print "$n\\n"',
    ...files,
  ]);
  const times = (ms: number) => (sisimai ? `, ${(sisimai.ms / ms).toFixed(2)}x Sisimai` : '');
  console.log(`whole process, ${files.length} files, best of 5:`);
  if (sisimai)
    console.log(`  sisimai 4.25     ${sisimai.ms.toFixed(0)} ms (${sisimai.out} recipients)`);
  else console.log('  sisimai: not available (apt-get install libsisimai-perl)');

  const envs: [string, NodeJS.ProcessEnv][] = [['', process.env]];
  if (process.env.NODE_EXTRA_CA_CERTS) envs.push([' (without NODE_EXTRA_CA_CERTS)', WITHOUT_CA]);
  for (const [label, env] of envs) {
    const ours = timeProcess(process.execPath, [runners.decode, ...files], env);
    if (!ours) return console.log('  bounce-explainer: failed to run');
    const ratio = sisimai ? `, ${(sisimai.ms / ours.ms).toFixed(2)}x Sisimai's throughput` : '';
    console.log(
      `  bounce-explainer ${ours.ms.toFixed(0)} ms (${ours.out} recipients)${ratio}${label}`,
    );
  }

  const env = process.env.NODE_EXTRA_CA_CERTS ? WITHOUT_CA : process.env;
  const read = timeProcess(process.execPath, [runners.read, ...files], env);
  const mime = timeProcess(process.execPath, [runners.postalMime, ...files], env);
  const needed = timeProcess(process.execPath, [runners.postalMimeNeeded, ...files], env);
  if (!read || !mime || !needed) return console.log('  for scale: failed to run');
  console.log('  for scale, processes that do nothing else:');
  console.log(`    node reading the files              ${read.ms.toFixed(0)} ms${times(read.ms)}`);
  console.log(`    postal-mime parsing every file      ${mime.ms.toFixed(0)} ms${times(mime.ms)}`);
  console.log(
    `    postal-mime on the ${needed.out} the decoder hands it ` +
      `${needed.ms.toFixed(0)} ms${times(needed.ms)}: the most this decoder could reach`,
  );
}

const work = mkdtempSync(join(tmpdir(), 'bounce-bench-'));
const runners = {} as Record<Runner, string>;
for (const name of Object.keys(RUNNERS) as Runner[]) runners[name] = await bundle(work, name);
inProcess(runners.times);
wholeProcess(runners);
