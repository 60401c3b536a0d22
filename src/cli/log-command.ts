import { Command, InvalidArgumentError, type Option } from 'commander';
import type { KnowledgeEntry } from '../knowledge/types.ts';
import { LineSplitter, LogSummariser, parseSince } from '../log/index.ts';
import type { CliIo } from './io.ts';
import { indexKnowledge } from './knowledge.ts';
import { formatLogText } from './log-format.ts';
import { counted, decompressed, nodeLogStreams, type LogStreams } from './log-input.ts';
import { Progress } from './log-progress.ts';
import { langFromEnv, t, type Lang } from './messages.ts';
import { describeReadError } from './read-error.ts';

export interface LogCommandOptions {
  json: boolean;
  lang: Lang;
  /** Milliseconds since the epoch, already parsed. */
  since: number | null;
  domain: string | null;
  bouncedOut: string | null;
  year: number;
}

interface ParsedFlags {
  json?: boolean;
  lang?: Lang;
  since?: number;
  domain?: string;
  bouncedOut?: string;
  year?: number;
}

/** The `log` subcommand, on a command already given the program's settings. */
export function logCommand(
  command: Command,
  lang: Lang,
  langOption: Option,
  io: CliIo,
  setExitCode: (code: number) => void,
  streams: LogStreams = nodeLogStreams(),
): Command {
  return command
    .description(t(lang, 'cli.log.description'))
    .argument('[files...]', t(lang, 'cli.log.files'))
    .option('--json', t(lang, 'cli.log.json'))
    .addOption(langOption)
    .option('--since <time>', t(lang, 'cli.log.since'), (value) => sinceArg(value, lang))
    .option('--domain <domain>', t(lang, 'cli.log.domain'))
    .option('--bounced-out <file>', t(lang, 'cli.log.bouncedOut'))
    .option('--year <year>', t(lang, 'cli.log.year'), (value) => yearArg(value, lang))
    .addHelpText('after', `\n${t(lang, 'cli.log.after')}`)
    .action(async (files: string[], flags: ParsedFlags) => {
      const options: LogCommandOptions = {
        json: flags.json === true,
        lang: flags.lang ?? langFromEnv(io.env),
        since: flags.since ?? null,
        domain: flags.domain ?? null,
        bouncedOut: flags.bouncedOut ?? null,
        year: flags.year ?? new Date().getFullYear(),
      };
      setExitCode(await runLog(files, options, io, streams));
    });
}

function sinceArg(value: string, lang: Lang): number {
  const since = parseSince(value, Date.now());
  if (since === null || Number.isNaN(since))
    throw new InvalidArgumentError(t(lang, 'cli.log.badSince'));
  return since;
}

function yearArg(value: string, lang: Lang): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 1970)
    throw new InvalidArgumentError(t(lang, 'cli.log.badYear'));
  return year;
}

/**
 * Summarises the logs as one stream, file after file; an unreadable file is reported and the
 * others still read. Resolves to the exit code.
 */
export async function runLog(
  files: readonly string[],
  options: LogCommandOptions,
  io: CliIo,
  streams: LogStreams,
): Promise<number> {
  const { json, lang } = options;
  const entries = (io.knowledge ?? []) as readonly KnowledgeEntry[];
  if (!json && io.knowledge === null) io.stderr(`${t(lang, 'cli.report.noKnowledge')}\n`);
  const summariser = new LogSummariser({ entries, ...options });
  const inputs = files.length === 0 ? ['-'] : files;
  const sizes = await Promise.all(
    inputs.map((input) => (input === '-' ? null : streams.size(input))),
  );
  const total = sizes.includes(null)
    ? null
    : sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0);
  const progress = new Progress(io.stderr, streams.now, streams.stderrIsTerminal, total);

  let failed = false;
  for (const input of inputs) {
    if (!(await readInto(summariser, input, { lang, io, streams, progress }))) failed = true;
  }
  progress.finish();

  const summary = summariser.summary();
  if (options.bouncedOut !== null) {
    const text = summary.bounced.map((address) => `${address}\n`).join('');
    try {
      await streams.writeFile(options.bouncedOut, text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr(
        `bounce-explainer: ${t(lang, 'cli.log.writeError', { file: options.bouncedOut, detail })}\n`,
      );
      failed = true;
    }
  }
  if (json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  else {
    const knowledge = indexKnowledge(io.knowledge ?? []);
    io.stdout(formatLogText(summary, { lang, knowledge, bouncedOut: options.bouncedOut }));
  }
  return failed ? 1 : 0;
}

interface ReadContext {
  lang: Lang;
  io: CliIo;
  streams: LogStreams;
  progress: Progress;
}

/** Feeds one input's lines to the summariser; false once the reason it failed is on stderr. */
async function readInto(summariser: LogSummariser, input: string, ctx: ReadContext) {
  const { lang, io, streams, progress } = ctx;
  if (input === '-' && io.stdinIsTerminal) io.stderr(`${t(lang, 'cli.decode.paste')}\n`);
  const splitter = new LineSplitter((line) => summariser.add(line));
  const decoder = new TextDecoder();

  try {
    const source = input === '-' ? streams.stdin() : await streams.open(input);
    for await (const chunk of decompressed(counted(source, (n) => progress.advance(n)))) {
      splitter.push(decoder.decode(chunk, { stream: true }));
    }
    splitter.push(decoder.decode());
    splitter.end();
    return true;
  } catch (error) {
    splitter.end();
    io.stderr(`bounce-explainer: ${describeReadError(lang, input, error)}\n`);
    return false;
  }
}
