export { LineSplitter } from './lines.ts';
export {
  LogSummariser,
  DEFAULT_LIMITS,
  type Limits,
  type SummariserOptions,
} from './summariser.ts';
export { summariseLines } from './summarise-lines.ts';
export { parseSince } from './timestamp.ts';
export type * from './types.ts';
