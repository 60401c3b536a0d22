import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';

/** One regular expression literal of the source, where it is written. */
export interface SourcePattern {
  file: string;
  line: number;
  source: string;
  flags: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Every regular expression literal under `dir` (default src/core), found by the TypeScript
 * parser so that none is missed however it is written or wrapped. A pattern built with
 * `new RegExp` is not a literal: the meta-test fails when one appears, so it gets a check too.
 */
export function collectPatterns(dir = join(ROOT, 'src/core')): SourcePattern[] {
  const found: SourcePattern[] = [];
  for (const path of tsFiles(dir)) {
    const text = readFileSync(path, 'utf8');
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const end = literal.lastIndexOf('/');
        found.push({
          file: relative(ROOT, path),
          line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          source: literal.slice(1, end),
          flags: literal.slice(end + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

/** Files under `dir` that build a pattern at run time, which a literal scan cannot see. */
export function dynamicPatternFiles(dir = join(ROOT, 'src/core')): string[] {
  return tsFiles(dir)
    .filter((path) => /\bnew RegExp\b|\bRegExp\(/.test(readFileSync(path, 'utf8')))
    .map((path) => relative(ROOT, path));
}

/**
 * Patterns that are quadratic on a long run of the characters they trim, and that the code only
 * ever applies to a short string. Each is checked at that length instead of a megabyte; a new
 * use on longer text must either bound it too or rewrite the pattern.
 */
export const BOUNDED: ReadonlyArray<{ file: string; source: string; length: number; why: string }> =
  [
    {
      file: 'src/core/extract/codes.ts',
      source: '\\.+$',
      length: 253,
      why: 'trims the host name that HOST_PATTERNS capture, at most 253 characters',
    },
    {
      file: 'src/core/extract/log.ts',
      source: '\\.+$',
      length: 253,
      why: "trims Sendmail's relay= host, captured as at most 253 characters",
    },
    {
      file: 'src/core/extract/codes.ts',
      source: "^[.'`]+|[.'`]+$",
      length: 1000,
      why: 'cleanAddress gets matched addresses: ADDRESS, recipient lines, log fields of ≤ 1000',
    },
  ];

export function boundOf(pattern: SourcePattern) {
  return BOUNDED.find((b) => b.file === pattern.file && b.source === pattern.source);
}

export interface PatternRun {
  pattern: SourcePattern;
  /** Time per adversarial input, in milliseconds. */
  times: Array<{ input: string; ms: number }>;
  /** False when the pattern was still running on `stuckOn` after the time allowed. */
  finished: boolean;
  stuckOn?: string;
}

/**
 * Runs each pattern over adversarial text of `size` characters in a worker thread. A pattern
 * that has not finished within `allowMs` is stopped and reported as not finished; the worker is
 * started again for the next one.
 */
export async function runPatterns(
  patterns: readonly SourcePattern[],
  size: number,
  allowMs: number,
): Promise<PatternRun[]> {
  const runs: PatternRun[] = [];
  let worker: Worker | null = null;
  for (const [id, pattern] of patterns.entries()) {
    worker ??= new Worker(new URL('./pattern-worker.mjs', import.meta.url));
    const run: PatternRun = { pattern, times: [], finished: false };
    runs.push(run);
    const done = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), allowMs);
      const listener = (message: { id: number; input?: string; ms?: number; done?: true }) => {
        if (message.id !== id) return;
        if (message.done) {
          clearTimeout(timer);
          worker!.off('message', listener);
          resolve(true);
        } else run.times.push({ input: message.input!, ms: message.ms! });
      };
      worker!.on('message', listener);
      worker!.postMessage({ id, source: pattern.source, flags: pattern.flags, size });
    });
    run.finished = done;
    if (!done) {
      run.stuckOn = `the input after ${run.times.map((t) => t.input).join(', ') || 'none'}`;
      await worker.terminate();
      worker = null;
    }
  }
  await worker?.terminate();
  return runs;
}
