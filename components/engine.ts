import { looksLikeMessage } from '../src/core/detect.ts';
import type { DecodeResult } from '../src/core/types.ts';
import { ENTRIES } from './knowledge.ts';
import type { LogPanel } from './lookup-view.tsx';

/**
 * Everything the popup needs only once there is text: the decoder, the knowledge base, search and
 * the result view. Loaded apart from the page, so the input box is usable before this is parsed.
 */
export { lookup } from '../src/knowledge/explain.ts';
export { ENTRIES } from './knowledge.ts';
export { getSearch } from './search-index.ts';
export { LookupView } from './lookup-view.tsx';

type LogChunk = typeof import('./log-summary.ts');

/**
 * The per-domain summary of pasted log lines comes in a chunk of its own. Called with the text
 * before it is decoded, this starts fetching that chunk when the text could hold log lines (two
 * lines or more, not a whole message), so that the fetch runs while the decoder reads; the
 * function it returns gives the summary once the decoder has said the text is a log.
 */
export function logPanelFor(
  text: string,
): (decoded: DecodeResult | null) => Promise<LogPanel | null> {
  const chunk: Promise<LogChunk> | null =
    text.trim().includes('\n') && !looksLikeMessage(text) ? import('./log-summary.ts') : null;
  // Should the fetch fail for a text that is not a log after all, nothing is waiting for it.
  chunk?.catch(() => undefined);
  return async (decoded) => {
    if (chunk === null || decoded?.kind !== 'log') return null;
    const { logSummaryOf, LogSummaryView } = await chunk;
    const summary = logSummaryOf(decoded.text, ENTRIES);
    return summary === null ? null : { summary, View: LogSummaryView };
  };
}
