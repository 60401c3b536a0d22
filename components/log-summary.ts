/**
 * The grouped view of pasted log lines and the summariser behind it: loaded only when a paste
 * holds more than one line of a log, so a single error or a search does not wait for it.
 */
export { logSummaryOf } from './log-view.ts';
export { LogSummaryView } from './log-summary-view.tsx';
