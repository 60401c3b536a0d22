import type { DecodeResult } from './types.ts';

export interface DecodeOptions {
  /** Largest input read, in UTF-16 code units; the rest is cut off and reported. */
  maxInput?: number;
}

/** Decodes a bounce, a bounce's text, MTA log lines or a bare SMTP reply. Never throws on input. */
export async function decode(
  input: string | Uint8Array,
  _options: DecodeOptions = {},
): Promise<DecodeResult> {
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  return { kind: 'none', text, recipients: [], notices: [{ code: 'not-a-bounce' }] };
}
