import type { KnowledgeEntry } from '../knowledge/types.ts';
import { LineSplitter } from './lines.ts';
import { LogSummariser, type SummariserOptions } from './summariser.ts';
import type { LogSummary } from './types.ts';

/**
 * The per-domain summary of pasted log lines, for the extension's pages: the same summariser the
 * CLI streams a log through, given the whole text at once. Times of syslog lines are read as of
 * `options.year`, this year by default.
 */
export function summariseLines(
  text: string,
  entries: readonly KnowledgeEntry[],
  options: Omit<SummariserOptions, 'entries'> = {},
): LogSummary {
  const summariser = new LogSummariser({ ...options, entries });
  const splitter = new LineSplitter((line) => summariser.add(line));
  splitter.push(text.replace(/\r(?!\n)/g, '\n'));
  splitter.end();
  return summariser.summary();
}
