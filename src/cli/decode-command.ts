import { basename } from 'node:path';
import { analyse } from './analyse.ts';
import { formatJsonLines } from './format-json.ts';
import { formatText } from './format-text.ts';
import { PLAIN_MARKER, TERMINAL_MARKER } from './highlight.ts';
import type { CliIo } from './io.ts';
import { indexKnowledge } from './knowledge.ts';
import { t, type Lang } from './messages.ts';
import { describeReadError } from './read-error.ts';

export interface DecodeCommandOptions {
  json: boolean;
  lang: Lang;
}

/** Decodes each input in turn; one unreadable file is reported and the others still decoded. */
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
    const bytes = await readInput(input, lang, io);
    if (bytes === undefined) {
      failed = true;
      continue;
    }

    const result = await analyse(bytes, entries);
    const file = input === '-' ? '-' : basename(input);
    const text = json ? formatJsonLines(file, result) : formatText(input, result, textOptions);
    io.stdout(!json && printed > 0 ? `\n${text}` : text);
    printed += 1;
  }
  return failed ? 1 : 0;
}

/** The input's bytes, or undefined once the reason it cannot be read is on stderr. */
async function readInput(input: string, lang: Lang, io: CliIo): Promise<Uint8Array | undefined> {
  if (input === '-' && io.stdinIsTerminal) io.stderr(`${t(lang, 'cli.decode.paste')}\n`);

  try {
    return input === '-' ? await io.readStdin() : await io.readFile(input);
  } catch (error) {
    io.stderr(`bounce-explainer: ${describeReadError(lang, input, error)}\n`);
    return undefined;
  }
}
