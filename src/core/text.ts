/** A line of the input and where it starts, so that findings keep their place. */
export interface Line {
  text: string;
  start: number;
}

/** Splits on LF, CRLF or a lone CR, keeping each line's offset in `text`. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push({ text: text.slice(start, i), start });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (start < text.length) lines.push({ text: text.slice(start), start });
  return lines;
}

/** Folds runs of white space into one space and trims the ends. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const UTF8 = new TextDecoder('utf-8');
const LATIN1 = new TextDecoder('latin1');

/**
 * Reads bytes as text for offsets and for the readers that work on text. UTF-8 when the bytes
 * are valid UTF-8 (ASCII is), else Latin-1 so that every byte keeps one character; the MIME
 * library decodes the charsets that parts declare.
 */
export function bytesToText(bytes: Uint8Array): string {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) return tryUtf8(bytes) ?? LATIN1.decode(bytes);
  }
  return LATIN1.decode(bytes);
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function textToBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export { UTF8 };
