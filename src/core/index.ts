export { decode, type DecodeOptions } from './decode.ts';
export { REASONS, isReason, type Reason } from './reasons.ts';
export type * from './types.ts';
