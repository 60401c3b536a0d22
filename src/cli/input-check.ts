import { utf16Text } from '../core/text.ts';

/** Why an input is not decoded at all: nothing in it, or not text. */
export type InputProblem = 'empty' | 'gzip' | 'binary';

/** Bytes looked at for a NUL: git and grep look at the first 8 KiB the same way. */
const SNIFF = 8 * 1024;

/**
 * An input that is empty or only white space, or that is not text: gzip's magic bytes (RFC
 * 1952), or a NUL byte near the start, which no mail (RFC 5322 section 2.3) and no log has but
 * images, archives and PDFs do. Decoding those would say "not a bounce", which hides the mistake.
 */
export function inputProblem(bytes: Uint8Array): InputProblem | null {
  // UTF-16 has a NUL beside every ASCII character; the decoder reads it by its byte order mark
  const utf16 = utf16Text(bytes.subarray(0, SNIFF));
  if (utf16 !== null) return utf16.trim() === '' && bytes.length <= SNIFF ? 'empty' : null;
  if (bytes.every(isSpace)) return 'empty';
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  if (bytes.subarray(0, SNIFF).includes(0)) return 'binary';
  return null;
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}
