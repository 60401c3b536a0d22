import { decode, type DecodeResult } from '../core/index.ts';

/**
 * Decodes one input and ranks its knowledge ids. The knowledge link is not written yet, so the
 * ids stay empty; once src/knowledge/explain.ts exists this becomes `explain(bytes, entries)`.
 */
export async function analyse(
  bytes: Uint8Array,
  _entries: readonly unknown[],
): Promise<DecodeResult> {
  return decode(bytes);
}
