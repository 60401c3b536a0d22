import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { runDecode } from './decode-command.ts';
import { logCommand } from './log-command.ts';
import { runSearch } from './search-command.ts';
import type { CliIo } from './io.ts';
import { LANGS, langFromArgv, langFromEnv, t, type Lang } from './messages.ts';

/** Exit code for wrong usage, apart from 1 (an input could not be read). */
export const USAGE_ERROR = 2;

/**
 * Runs the CLI on `argv` (the arguments after the program name) and resolves to the exit code.
 * Nothing here touches the process, so tests call it directly.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const helpLang = langFromArgv(argv) ?? langFromEnv(io.env);
  let exitCode = 0;
  const program = buildProgram(helpLang, io, (code) => {
    exitCode = code;
  });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // Commander exits 1 on its own errors; ours keeps 1 for unreadable input. Help asked for is 0.
    return error.exitCode === 0 ? 0 : USAGE_ERROR;
  }
  return exitCode;
}

function buildProgram(lang: Lang, io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('bounce-explainer');
  configure(program, io, lang)
    .description(t(lang, 'cli.program.description'))
    .version(packageJson.version, '-V, --version', t(lang, 'cli.program.version'))
    .helpCommand('help [command]', t(lang, 'cli.program.helpCommand'))
    .addHelpText('after', `\n${t(lang, 'cli.program.after')}`);

  const decode = configure(new Command('decode'), io, lang)
    .description(t(lang, 'cli.decode.description'))
    .argument('[files...]', t(lang, 'cli.decode.files'))
    .option('--json', t(lang, 'cli.decode.json'))
    .addOption(langOption(lang))
    .addHelpText('after', `\n${t(lang, 'cli.decode.after')}`)
    .action(async (files: string[], options: { json?: boolean; lang?: Lang }) => {
      const chosen = options.lang ?? langFromEnv(io.env);
      setExitCode(await runDecode(files, { json: options.json === true, lang: chosen }, io));
    });
  program.addCommand(decode);

  const search = configure(new Command('search'), io, lang)
    .description(t(lang, 'cli.search.description'))
    .argument('<query...>', t(lang, 'cli.search.query'))
    .option('--json', t(lang, 'cli.search.json'))
    .addOption(langOption(lang))
    .addOption(limitOption(lang))
    .addHelpText('after', `\n${t(lang, 'cli.search.after')}`)
    .action((words: string[], options: { json?: boolean; lang?: Lang; limit: number }) => {
      const chosen = options.lang ?? langFromEnv(io.env);
      const { limit } = options;
      setExitCode(
        runSearch(words.join(' '), { json: options.json === true, lang: chosen, limit }, io),
      );
    });
  program.addCommand(search);
  program.addCommand(
    logCommand(configure(new Command('log'), io, lang), lang, langOption(lang), io, setExitCode),
  );
  return program;
}

/** Settings every command needs: output to `io`, help in `lang`, on stderr after a usage error. */
function configure(command: Command, io: CliIo, lang: Lang): Command {
  return command
    .exitOverride()
    .showHelpAfterError()
    .helpOption('-h, --help', t(lang, 'cli.program.help'))
    .configureHelp({ styleTitle: (title) => HELP_TITLES[title]?.(lang) ?? title })
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) });
}

/** Commander's own headings, in the help's language. */
const HELP_TITLES: Record<string, (lang: Lang) => string> = {
  'Usage:': (lang) => t(lang, 'cli.program.usage'),
  'Arguments:': (lang) => t(lang, 'cli.program.arguments'),
  'Options:': (lang) => t(lang, 'cli.program.options'),
  'Commands:': (lang) => t(lang, 'cli.program.commands'),
};

function langOption(lang: Lang): Option {
  return new Option('--lang <lang>', t(lang, 'cli.program.lang')).choices(LANGS);
}

function limitOption(lang: Lang): Option {
  return new Option('--limit <n>', t(lang, 'cli.search.limit')).default(10).argParser((value) => {
    const limit = Number(value);
    if (!Number.isInteger(limit) || limit < 1) {
      throw new InvalidArgumentError(t(lang, 'cli.search.badLimit'));
    }
    return limit;
  });
}
