export { decode, type DecodeOptions } from './decode.ts';
export { REASONS, isReason, type Reason } from './reasons.ts';
export { isHardBounce } from './report.ts';
export { parseLogLine, parseQueueEnd, type LogRecord } from './extract/log.ts';
export { providerOf } from './extract/provider.ts';
export type * from './types.ts';
