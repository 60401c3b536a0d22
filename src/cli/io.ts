/** Everything the CLI takes from or gives to the outside world, so that tests can stand in. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  /** Whether standard input is a terminal, where a person pastes the input and ends it. */
  stdinIsTerminal: boolean;
  /** Whether stdout is a terminal that takes ANSI styles. */
  color: boolean;
  /** The parsed generated/knowledge.json, or null when it has not been built. */
  knowledge: unknown[] | null;
}
