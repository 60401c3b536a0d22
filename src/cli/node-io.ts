import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './io.ts';
import { readFileHead, readHead } from './read-head.ts';

/** The CLI's link to the real process: files, standard streams, environment. */
export function nodeIo(knowledge: unknown[] | null): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: readFileHead,
    readStdin: (limit) => readHead(process.stdin, limit),
    env: process.env,
    stdinIsTerminal: Boolean(process.stdin.isTTY),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    knowledge,
  };
}

/**
 * generated/knowledge.json of the checkout this file runs from: src/cli/ under tsx, dist/ once
 * bundled, so the package root is found by walking up to package.json. Null when not built.
 */
export async function loadKnowledge(from: string = import.meta.url): Promise<unknown[] | null> {
  let directory = dirname(fileURLToPath(from));
  for (let depth = 0; depth < 4; depth += 1) {
    const text = await readFile(join(directory, 'package.json'), 'utf8').catch(() => null);
    if (text !== null) return readEntries(join(directory, 'generated', 'knowledge.json'));
    directory = dirname(directory);
  }
  return null;
}

async function readEntries(path: string): Promise<unknown[] | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    // Not built yet, or half written by a build running now: decode without answers.
    return null;
  }
}
