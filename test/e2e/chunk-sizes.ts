import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What each page of a built extension can load, chunk by chunk, gzipped at level 9: the scripts
 * its HTML names and their static imports ("load"), then every chunk reachable through a dynamic
 * import ("first use"). Shared by the speed benchmark and scripts/ext-size.ts.
 */

export type When = 'load' | 'first use' | 'whole messages';

export interface ChunkSize {
  file: string;
  when: When;
  /** Bytes after gzip -9. */
  gzip: number;
}

/** The MIME parser: the decoder imports it only when the pasted text is a whole message. */
const FOR_WHOLE_MESSAGES = /^postal-mime-/;

const STATIC = /\bimport\s*(?:[\w$*{},\s]+from\s*)?["'`]\.\/([\w.-]+\.js)["'`]/g;
/** `import('./x.js')`, and the dependency lists Vite preloads with it (`"chunks/x.js"`). */
const DYNAMIC = /(?:\bimport\(\s*["'`]\.\/|["'`]chunks\/)([\w.-]+\.js)["'`]/g;

function references(source: string, pattern: RegExp): string[] {
  return [...source.matchAll(pattern)].flatMap((m) => (m[1] === undefined ? [] : [m[1]]));
}

export function pageChunks(dir: string, html: string): ChunkSize[] {
  const read = (file: string) => readFileSync(path.join(dir, 'chunks', file));
  const page = readFileSync(path.join(dir, html), 'utf8');
  const entries = [...page.matchAll(/(?:src|href)="\/chunks\/([\w.-]+\.js)"/g)].map((m) => m[1]);
  const seen = new Map<string, When>();
  const queue: [string, When][] = entries.flatMap((f) => (f === undefined ? [] : [[f, 'load']]));

  // Breadth first, so a chunk that is both imported at load and later keeps the earlier label.
  while (queue.length > 0) {
    const [file, when] = queue.shift() ?? ['', 'load'];
    if (seen.has(file)) continue;
    const label = FOR_WHOLE_MESSAGES.test(file) ? 'whole messages' : when;
    seen.set(file, label);
    const source = read(file).toString('utf8');
    for (const f of references(source, STATIC)) queue.push([f, label]);
    for (const f of references(source, DYNAMIC))
      queue.push([f, label === 'load' ? 'first use' : label]);
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

/** One line per chunk and a total, with and without the chunks for whole messages. */
export function sizeReport(dir: string, html: string, detailed: boolean): string[] {
  const chunks = pageChunks(dir, html).sort((a, b) => b.gzip - a.gzip);
  const sum = (xs: ChunkSize[]) => xs.reduce((n, c) => n + c.gzip, 0);
  const total = sum(chunks);
  const common = sum(chunks.filter((c) => c.when !== 'whole messages'));
  const atLoad = sum(chunks.filter((c) => c.when === 'load'));
  const lines = detailed
    ? chunks.map((c) => `  ${c.when.padEnd(15)}${c.file.padEnd(32)}${kib(c.gzip).padStart(10)}`)
    : [];
  lines.push(
    `${html}: ${kib(total)} gzipped in all (${total} B); ${kib(common)} without whole-message ` +
      `chunks; ${kib(atLoad)} at load`,
  );
  return lines;
}
