import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What each page of a built extension can load, chunk by chunk, gzipped at level 9: the scripts
 * its HTML names and their static imports ("load"), then every chunk reachable through a dynamic
 * import ("first use"), except those fetched only for one kind of paste (see ON_DEMAND). Shared
 * by the speed benchmark and scripts/ext-size.ts.
 */

export type When = 'load' | 'first use' | 'whole messages' | 'log lines';

export interface ChunkSize {
  file: string;
  when: When;
  /** Bytes after gzip -9. */
  gzip: number;
}

/**
 * Chunks fetched only for one kind of paste: the MIME parser, which the decoder imports when the
 * text is a whole message, and the log summariser, imported when it holds several log lines.
 */
const ON_DEMAND: [RegExp, When][] = [
  [/^(?:postal-mime|whole-message)-/, 'whole messages'],
  [/^log-summary-/, 'log lines'],
];
const isOnDemand = (when: When) => ON_DEMAND.some(([, kind]) => kind === when);

const STATIC = /\bimport\s*(?:[\w$*{},\s]+from\s*)?["'`]\.\/([\w.-]+\.js)["'`]/g;
/**
 * `import('./x.js')`. The lists Vite preloads with it (`"chunks/x.js"`) are the static imports
 * of what it imports, followed anyway; read as imports of the importer, they would count a chunk
 * that only the log summary imports as fetched with the engine.
 */
const DYNAMIC = /\bimport\(\s*["'`]\.\/([\w.-]+\.js)["'`]/g;

function references(source: string, pattern: RegExp): string[] {
  return [...source.matchAll(pattern)].flatMap((m) => (m[1] === undefined ? [] : [m[1]]));
}

/** Earlier is sooner: a chunk reached in two ways is fetched by the sooner one. */
const RANK: Record<When, number> = { load: 0, 'first use': 1, 'whole messages': 2, 'log lines': 2 };

/** When a chunk is fetched through one import of a chunk fetched at `from`. */
function through(from: When, file: string, dynamic: boolean): When {
  if (!dynamic) return from;
  if (isOnDemand(from)) return from;
  return ON_DEMAND.find(([name]) => name.test(file))?.[1] ?? 'first use';
}

export function pageChunks(dir: string, html: string): ChunkSize[] {
  const read = (file: string) => readFileSync(path.join(dir, 'chunks', file));
  const page = readFileSync(path.join(dir, html), 'utf8');
  const entries = [...page.matchAll(/(?:src|href)="\/chunks\/([\w.-]+\.js)"/g)].map((m) => m[1]);
  const seen = new Map<string, When>();
  const queue: [string, When][] = entries.flatMap((f) => (f === undefined ? [] : [[f, 'load']]));
  const imports = new Map<string, { statics: string[]; dynamics: string[] }>();

  // A chunk's label is the soonest way to reach it: one reached again sooner is visited again, so
  // a chunk named like an on-demand one but imported statically by the engine counts as the engine.
  while (queue.length > 0) {
    const [file, when] = queue.shift() ?? ['', 'load'];
    const known = seen.get(file);
    if (known !== undefined && RANK[known] <= RANK[when]) continue;
    seen.set(file, when);
    let refs = imports.get(file);
    if (refs === undefined) {
      const source = read(file).toString('utf8');
      refs = { statics: references(source, STATIC), dynamics: references(source, DYNAMIC) };
      imports.set(file, refs);
    }
    for (const f of refs.statics) queue.push([f, through(when, f, false)]);
    for (const f of refs.dynamics) queue.push([f, through(when, f, true)]);
  }

  return [...seen].map(([file, when]) => ({
    file,
    when,
    gzip: gzipSync(read(file), { level: 9 }).length,
  }));
}

export function htmlPages(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * One line per chunk and three totals: everything; what explaining one error or answering a
 * search fetches, without the on-demand chunks; and what opening the page fetches.
 */
export function sizeReport(dir: string, html: string, detailed: boolean): string[] {
  const chunks = pageChunks(dir, html).sort((a, b) => b.gzip - a.gzip);
  const sum = (xs: ChunkSize[]) => xs.reduce((n, c) => n + c.gzip, 0);
  const total = sum(chunks);
  const common = sum(chunks.filter((c) => !isOnDemand(c.when)));
  const atLoad = sum(chunks.filter((c) => c.when === 'load'));
  const lines = detailed
    ? chunks.map((c) => `  ${c.when.padEnd(15)}${c.file.padEnd(32)}${kib(c.gzip).padStart(10)}`)
    : [];
  lines.push(
    `${html}: ${kib(total)} gzipped in all (${total} B); ${kib(common)} (${common} B) without ` +
      `the chunks for whole messages and log summaries; ${kib(atLoad)} at load`,
  );
  return lines;
}
