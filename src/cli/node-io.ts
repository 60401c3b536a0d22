import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './io.ts';
import { readFileHead, readHead } from './read-head.ts';

/** The CLI's link to the real process: files, standard streams, environment. */
export function nodeIo(knowledge: unknown[] | null): CliIo {
  // Standard input is read once: a second `-` reads nothing, and is reported as empty. Reading
  // the stream again after a cut would fail with the abort that stopped it.
  let stdinRead = false;
  const readStdin = async (limit: number) => {
    if (stdinRead) return { bytes: new Uint8Array(0), size: 0 };
    stdinRead = true;
    return readHead(process.stdin, limit);
  };
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: readFileHead,
    readStdin,
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
