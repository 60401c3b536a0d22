import type { ParsedMessage } from './message.ts';

/**
 * Many bounces (qmail, Exim, old Sendmail, most webmail forwards) are one text part in 7bit or
 * 8bit: nothing in them needs MIME decoding but the charset. Reading those directly spares the
 * MIME parser's per-part work; anything multipart or transfer-encoded goes to the parser.
 */

/**
 * The header block and the body, or null when the message needs the MIME parser. Encoded words
 * (RFC 2047) in the Subject are left for the caller to decode.
 */
export function readPlainMessage(input: string | Uint8Array): ParsedMessage | null {
  const end = typeof input === 'string' ? headerEnd(input) : headerEndOfBytes(input);
  // The MIME parser's header limit holds here too: past it, the parser rejects the message.
  if (end < 0 || end > MAX_HEADER_BLOCK) return null;

  // Latin-1 keeps one character per byte: the fields are ASCII, or RFC 2047 words for the caller
  const block =
    typeof input === 'string' ? input.slice(0, end) : LATIN1.decode(input.subarray(0, end));
  const headers = parseHeaders(block);
  const type = (headers.get('content-type') ?? 'text/plain').toLowerCase();
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase();
  if (!/^text\/plain\b/.test(type) || !PLAIN_ENCODINGS.has(encoding)) return null;

  const body = typeof input === 'string' ? input.slice(end) : input.subarray(end);
  const text = decodeBody(body, charsetOf(type));
  if (text === null) return null;
  return { headers, text, deliveryStatus: [], feedbackReport: [], returned: null };
}

const LATIN1 = new TextDecoder('latin1');

/** Same as the MIME parser's `maxHeadersSize`: a header block of megabytes is not a bounce. */
const MAX_HEADER_BLOCK = 256 * 1024;
const PLAIN_ENCODINGS = new Set(['7bit', '8bit', 'binary']);

/** Offset of the body: after the first empty line (LF or CRLF line ends). */
function headerEnd(raw: string): number {
  const m = /\r?\n\r?\n/.exec(raw);
  return m ? m.index + m[0].length : -1;
}

/** The same in bytes, looked for no further than the header limit. */
function headerEndOfBytes(bytes: Uint8Array): number {
  const last = Math.min(bytes.length, MAX_HEADER_BLOCK + 3);
  for (let lf = bytes.indexOf(10); lf >= 0 && lf < last; lf = bytes.indexOf(10, lf + 1)) {
    if (bytes[lf + 1] === 10) return lf + 2;
    if (bytes[lf + 1] === 13 && bytes[lf + 2] === 10) return lf + 3;
  }
  return -1;
}

/** Fields unfolded (RFC 5322 section 2.2.3), names lowercased, the first of each kept. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = block.replace(/\r?\n(?=[ \t])/g, '');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

function charsetOf(contentType: string): string {
  return /charset\s*=\s*"?([a-z0-9_.:-]{1,40})/i.exec(contentType)?.[1] ?? 'us-ascii';
}

/** The body in its charset; null for a charset this runtime cannot decode. */
function decodeBody(body: string | Uint8Array, charset: string): string | null {
  if (typeof body === 'string') return body;
  const label = /^(?:us-ascii|ascii|utf-?8)$/i.test(charset) ? 'utf-8' : charset.toLowerCase();
  const decoder = decoderFor(label);
  return decoder ? decoder.decode(body) : null;
}

/**
 * Decoders by charset label, made once: a new TextDecoder costs more than decoding a bounce's
 * body. Labels come from the input, so only the first few are kept.
 */
const DECODERS = new Map<string, TextDecoder>();
const MAX_DECODERS = 16;

function decoderFor(label: string): TextDecoder | null {
  let decoder = DECODERS.get(label);
  if (decoder) return decoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null;
  }
  if (DECODERS.size < MAX_DECODERS) DECODERS.set(label, decoder);
  return decoder;
}
