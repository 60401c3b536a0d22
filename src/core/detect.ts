import { LineCursor } from './text.ts';

/** Header fields that a message has and pasted DSN fields or log lines do not. */
const MESSAGE_FIELDS = new Set([
  'from',
  'to',
  'subject',
  'date',
  'received',
  'return-path',
  'message-id',
  'content-type',
  'mime-version',
  'delivered-to',
  'x-failed-recipients',
]);

const FIELD_NAME = /^([A-Za-z][A-Za-z0-9-]{0,60}):/;

/** Lines read before deciding: a header block is at most a few hundred lines. */
const HEADER_LINES = 400;

/**
 * True when the text begins with an RFC 5322 header block (after blank lines and an mbox
 * `From ` line): every line up to the first blank one is a field or its continuation, and one
 * of them is a field that only messages have. Only the first lines are read.
 */
export function looksLikeMessage(text: string): boolean {
  const cursor = new LineCursor(text.slice(0, 64 * 1024));
  let line = cursor.next();
  let i = 0;
  const advance = () => {
    line = cursor.next();
    i++;
  };
  while (line && line.text.trim() === '') advance();
  if (line?.text.startsWith('From ')) advance();

  let fields = 0;
  let messageFields = 0;
  for (; line && i < HEADER_LINES; advance()) {
    const text = line.text;
    if (text.trim() === '') break;
    if (/^[ \t]/.test(text) && fields > 0) continue;
    const m = FIELD_NAME.exec(text);
    if (!m) return false;
    fields++;
    if (MESSAGE_FIELDS.has(m[1]!.toLowerCase())) messageFields++;
  }
  return fields >= 2 && messageFields >= 1;
}
