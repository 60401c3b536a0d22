/** A line of the input and where it starts, so that findings keep their place. */
export interface Line {
  text: string;
  start: number;
}

/**
 * Longest line the readers look at, in characters. RFC 5322 section 2.1.1 caps a line at 998; a
 * longer one is a base64 blob or a page pasted without breaks. Read whole, such a line became one
 * recipient's diagnostic: megabytes carried into the result, the page and every JSON line. The
 * rest of the line is not read, and decode reports the cut.
 */
export const MAX_LINE = 16 * 1024;

/**
 * Splits on LF, CRLF or a lone CR, keeping each line's offset in `text`. Each line's text stops
 * at `maxLine` characters; its offset still holds.
 */
export function splitLines(text: string, maxLine = MAX_LINE): Line[] {
  const lines: Line[] = [];
  const cursor = new LineCursor(text, maxLine);
  for (let line = cursor.next(); line; line = cursor.next()) lines.push(line);
  return lines;
}

/** The lines of a text one at a time, as splitLines gives them, for readers that stop early. */
export class LineCursor {
  private start = 0;
  private readonly ends: LineEnds;

  constructor(
    private readonly text: string,
    private readonly maxLine = MAX_LINE,
  ) {
    this.ends = new LineEnds(text);
  }

  next(): Line | null {
    const { text, start } = this;
    if (start >= text.length) return null;
    const found = this.ends.after(start);
    const end = found < 0 ? text.length : found;
    const ending = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1;
    this.start = end + ending;
    return { text: text.slice(start, Math.min(end, start + this.maxLine)), start };
  }
}

/** How many lines of `text` are longer than `maxLine`, and the length of the longest. */
export function longLines(text: string, maxLine = MAX_LINE): { count: number; longest: number } {
  const ends = new LineEnds(text);
  let count = 0;
  let longest = 0;
  let start = 0;
  while (start <= text.length) {
    const found = ends.after(start);
    const end = found < 0 ? text.length : found;
    if (end - start > maxLine) count++;
    longest = Math.max(longest, end - start);
    start = end + 1;
  }
  return { count, longest };
}

/**
 * The next CR or LF at or after an offset. The runtime's indexOf finds them much faster than a
 * loop over every character; each kind's next place is kept, so a text is searched once.
 */
class LineEnds {
  private lf = -1;
  private cr = -1;

  constructor(private readonly text: string) {}

  after(from: number): number {
    if (this.lf !== Infinity && this.lf < from) this.lf = this.find('\n', from);
    if (this.cr !== Infinity && this.cr < from) this.cr = this.find('\r', from);
    const next = Math.min(this.lf, this.cr);
    return next === Infinity ? -1 : next;
  }

  private find(end: string, from: number): number {
    const at = this.text.indexOf(end, from);
    return at < 0 ? Infinity : at;
  }
}

/**
 * White space that folding changes: a run of two or more, or one character that is not a space.
 * A lone space stays as it is, so text that is folded already costs a scan and no new string;
 * `/\s+/g` replaced every space between words with a new one.
 */
const UNFOLDED_SPACE = /\s{2,}|[^\S ]/g;

/** Runs of white space (`\s`) as one space each, the same as replacing `/\s+/g` with ' '. */
export function foldSpaces(text: string): string {
  return text.replace(UNFOLDED_SPACE, ' ');
}

/** Folds runs of white space into one space and trims the ends. */
export function fold(text: string): string {
  return foldSpaces(text).trim();
}

/**
 * Text saved as UTF-16 with its byte order mark, as Windows Notepad saves "Unicode": read as
 * UTF-8 or Latin-1, every ASCII character would come with a NUL and nothing would match. Null
 * for bytes without the mark: UTF-16 is never guessed.
 */
export function utf16Text(bytes: Uint8Array): string | null {
  const little = bytes[0] === 0xff && bytes[1] === 0xfe;
  const big = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!little && !big) return null;
  // the decoder drops the mark itself
  return new TextDecoder(little ? 'utf-16le' : 'utf-16be').decode(bytes);
}

const LATIN1 = new TextDecoder('latin1');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads bytes as text for offsets and for the readers that work on text. UTF-8 when the bytes
 * are valid UTF-8 (ASCII is), else Latin-1 so that every byte keeps one character; the MIME
 * library decodes the charsets that parts declare.
 */
export function bytesToText(bytes: Uint8Array): string {
  // ASCII reads the same either way; the runtime's decoder checks it far faster than a loop here
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return LATIN1.decode(bytes);
  }
}
