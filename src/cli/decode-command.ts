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
  const knowledge = indexKnowledge(entries);
  const marker = io.color ? TERMINAL_MARKER : PLAIN_MARKER;
  if (!json && io.knowledge === null) io.stderr(`${t(lang, 'cli.report.noKnowledge')}\n`);

  let failed = false;
  let printed = 0;
  for (const input of files.length === 0 ? ['-'] : files) {
    if (input === '-' && io.stdinIsTerminal) io.stderr(`${t(lang, 'cli.decode.paste')}\n`);
    let bytes: Uint8Array;
    try {
      bytes = input === '-' ? await io.readStdin() : await io.readFile(input);
    } catch (error) {
      io.stderr(`bounce-explainer: ${describeReadError(lang, input, error)}\n`);
      failed = true;
      continue;
    }

    const result = await analyse(bytes, entries);
    if (json) io.stdout(formatJsonLines(input === '-' ? '-' : basename(input), result));
    else
      io.stdout(
        `${printed > 0 ? '\n' : ''}${formatText(input, result, { lang, knowledge, marker })}`,
      );
    printed += 1;
  }
  return failed ? 1 : 0;
}
