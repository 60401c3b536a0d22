import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { lookup } from '../src/knowledge/explain.ts';
import { loadContent } from '../src/knowledge/load-content.ts';
import { formatProblem } from '../src/knowledge/normalise.ts';
import { createSearch } from '../src/knowledge/search.ts';

/**
 * Measures the one input box: for each query of a query file, is the expected entry among the
 * first three answers? Pasted errors are decoded as well as searched, as the product does.
 * Usage: tsx scripts/eval-search.ts [queries.yaml]
 */

const TARGET = 0.9;

interface Query {
  query: string;
  expect: string;
  kind?: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = resolve(process.argv[2] ?? resolve(root, 'test/knowledge/search-queries.yaml'));
const { entries, problems } = loadContent(resolve(root, 'content'));
if (problems.length > 0) {
  for (const p of problems) console.error(`content/${formatProblem(p)}`);
  process.exit(1);
}

const queries = parse(readFileSync(file, 'utf8')) as Query[];
const known = new Set(entries.map((e) => e.id));
const search = createSearch(entries);
const misses: string[] = [];
const byKind = new Map<string, [number, number]>();
let hits = 0;
const started = performance.now();

for (const q of queries) {
  const { ids } = await lookup(String(q.query), entries, search, 3);
  const ok = ids.includes(q.expect);
  const kind = q.kind ?? 'other';
  const [kHits, kAll] = byKind.get(kind) ?? [0, 0];
  byKind.set(kind, [kHits + (ok ? 1 : 0), kAll + 1]);
  if (ok) hits += 1;
  else {
    const note = known.has(q.expect) ? '' : ' (no such entry)';
    misses.push(
      `  ${q.query}\n    expected ${q.expect}${note}, got ${ids.join(', ') || '(nothing)'}`,
    );
  }
}

const ms = (performance.now() - started) / queries.length;

// Search alone, timed again after the warm-up above; CPU time as well as wall time, because the
// wall time of a busy machine says little about the code.
const cpu0 = process.cpuUsage();
const wall0 = performance.now();
const rounds = 5;
for (let i = 0; i < rounds; i += 1) for (const q of queries) search(String(q.query), { limit: 3 });
const cpu1 = process.cpuUsage(cpu0);
const n = rounds * queries.length;
const searchWall = (performance.now() - wall0) / n;
const searchCpu = (cpu1.user + cpu1.system) / 1000 / n;
const share = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}% (${n}/${of})`;
if (misses.length > 0) console.log(`Misses:\n${misses.join('\n')}\n`);
for (const [kind, [h, all]] of [...byKind].sort())
  console.log(`  ${kind.padEnd(10)} ${share(h, all)}`);
console.log(`Top 3: ${share(hits, queries.length)} of ${file}`);
console.log(
  `Time per query: search ${searchWall.toFixed(2)} ms wall, ${searchCpu.toFixed(2)} ms CPU; ` +
    `decode + advice + search ${ms.toFixed(2)} ms wall (${entries.length} entries)`,
);

// The target for the query sets is 90%: below it the run fails, so CI can hold the line.
if (hits / queries.length < TARGET) process.exitCode = 1;
