/**
 * Splits text that arrives in pieces into lines, LF or CRLF ended. A line longer than `maxLine`
 * is cut there and the rest of it skipped: a log line is a few hundred characters, and a file
 * with no line ends at all (a binary given by mistake) must not be held whole.
 */
export class LineSplitter {
  private rest = '';
  private skipping = false;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly maxLine = 64 * 1024,
  ) {}

  push(chunk: string): void {
    let text = this.rest + chunk;
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      if (end < 0) break;
      if (!this.skipping) this.emit(text, start, end);
      this.skipping = false;
      start = end + 1;
    }
    text = text.slice(start);
    if (text.length > this.maxLine) {
      if (!this.skipping) this.onLine(text.slice(0, this.maxLine));
      this.skipping = true;
      text = '';
    }
    this.rest = text;
  }

  /** The last line, when the text does not end with a line end. */
  end(): void {
    if (this.rest !== '' && !this.skipping) this.emit(this.rest, 0, this.rest.length);
    this.rest = '';
    this.skipping = false;
  }

  private emit(text: string, start: number, end: number): void {
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    this.onLine(text.slice(start, Math.min(stop, start + this.maxLine)));
  }
}
