/** The first bytes of an input, as many as were asked for, and how many it has in all. */
export interface InputHead {
  bytes: Uint8Array;
  /** The whole input's size in bytes; null when it is longer than what was read, by how much unknown. */
  size: number | null;
}

/** Everything the CLI takes from or gives to the outside world, so that tests can stand in. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** At most `limit` bytes of a file, read in pieces: a file of gigabytes costs no more memory. */
  readFile(path: string, limit: number): Promise<InputHead>;
  /** At most `limit` bytes of standard input; what follows is left unread. */
  readStdin(limit: number): Promise<InputHead>;
  env: Record<string, string | undefined>;
  /** Whether standard input is a terminal, where a person pastes the input and ends it. */
  stdinIsTerminal: boolean;
  /** Whether stdout is a terminal that takes ANSI styles. */
  color: boolean;
  /** The parsed generated/knowledge.json, or null when it has not been built. */
  knowledge: unknown[] | null;
}
