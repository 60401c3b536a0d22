import { basename } from 'node:path';
import { DEFAULT_MAX_INPUT } from '../core/decode.ts';
import type { DecodeResult } from '../core/index.ts';
import { analyse } from './analyse.ts';
import { formatJsonLines } from './format-json.ts';
import { formatText } from './format-text.ts';
import { PLAIN_MARKER, TERMINAL_MARKER } from './highlight.ts';
import { inputProblem } from './input-check.ts';
import type { CliIo, InputHead } from './io.ts';
import { indexKnowledge } from './knowledge.ts';
import { t, type Lang } from './messages.ts';
import { printable } from './printable.ts';
import { describeReadError } from './read-error.ts';

export interface DecodeCommandOptions {
  json: boolean;
  lang: Lang;
}

/**
 * Decodes each input in turn, one at a time and at most DEFAULT_MAX_INPUT bytes of each, so that
 * memory does not grow with the number or the size of the files. An input that cannot be read,
 * is empty or is not text is reported on stderr and the others are still decoded.
 */
export async function runDecode(
  files: readonly string[],
  options: DecodeCommandOptions,
  io: CliIo,
): Promise<number> {
  const { json, lang } = options;
  const entries = io.knowledge ?? [];
  const marker = io.color ? TERMINAL_MARKER : PLAIN_MARKER;
  const textOptions = { lang, knowledge: indexKnowledge(entries), marker };
  if (!json && io.knowledge === null) io.stderr(`${t(lang, 'cli.report.noKnowledge')}\n`);

  let failed = false;
  let printed = 0;
  for (const input of files.length === 0 ? ['-'] : files) {
    const head = await readInput(input, lang, io);
    const result = head && (await decodeHead(input, head, lang, io, entries));
    if (!result) {
      failed = true;
      continue;
    }

    const file = input === '-' ? '-' : basename(input);
    const text = json ? formatJsonLines(file, result) : formatText(input, result, textOptions);
    io.stdout(!json && printed > 0 ? `\n${text}` : text);
    printed += 1;
  }
  return failed ? 1 : 0;
}

/** The input's first bytes, or undefined once the reason it cannot be read is on stderr. */
async function readInput(input: string, lang: Lang, io: CliIo): Promise<InputHead | undefined> {
  if (input === '-' && io.stdinIsTerminal) io.stderr(`${t(lang, 'cli.decode.paste')}\n`);

  try {
    const limit = DEFAULT_MAX_INPUT;
    return input === '-' ? await io.readStdin(limit) : await io.readFile(input, limit);
  } catch (error) {
    io.stderr(`bounce-explainer: ${describeReadError(lang, input, error)}\n`);
    return undefined;
  }
}

/**
 * The decoded input, with the cut reported as the decoder reports its own; undefined once the
 * reason it is not decoded (empty, not text, a failure of the decoder) is on stderr.
 */
async function decodeHead(
  input: string,
  head: InputHead,
  lang: Lang,
  io: CliIo,
  entries: readonly unknown[],
): Promise<DecodeResult | undefined> {
  const file = printable(input);
  const problem = inputProblem(head.bytes);
  if (problem) {
    io.stderr(`bounce-explainer: ${t(lang, `cli.input.${problem}`, { file })}\n`);
    return undefined;
  }

  let result: DecodeResult;
  try {
    result = await analyse(head.bytes, entries);
  } catch (error) {
    // The decoder promises never to throw on input: this is a bug, and the other files go on.
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`bounce-explainer: ${t(lang, 'cli.error.decode', { file, detail })}\n`);
    return undefined;
  }
  if (head.size !== null && head.size <= head.bytes.length) return result;

  const limit = head.bytes.length;
  const key = head.size === null ? 'cli.input.cutUnknown' : 'cli.input.cut';
  io.stderr(`bounce-explainer: ${t(lang, key, { file, limit, size: head.size ?? '' })}\n`);
  const detail: Record<string, number> =
    head.size === null ? { limit } : { limit, size: head.size };
  return { ...result, notices: [{ code: 'input-truncated', detail }, ...result.notices] };
}
