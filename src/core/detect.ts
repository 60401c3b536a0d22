import type { Line } from './text.ts';

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

/**
 * True when the lines begin with an RFC 5322 header block (after blank lines and an mbox
 * `From ` line): every line up to the first blank one is a field or its continuation, and one
 * of them is a field that only messages have.
 */
export function looksLikeMessage(lines: Line[]): boolean {
  let i = 0;
  while (i < lines.length && lines[i]!.text.trim() === '') i++;
  if (lines[i]?.text.startsWith('From ')) i++;

  let fields = 0;
  let messageFields = 0;
  for (; i < lines.length && i < 400; i++) {
    const text = lines[i]!.text;
    if (text.trim() === '') break;
    if (/^[ \t]/.test(text) && fields > 0) continue;
    const m = FIELD_NAME.exec(text);
    if (!m) return false;
    fields++;
    if (MESSAGE_FIELDS.has(m[1]!.toLowerCase())) messageFields++;
  }
  return fields >= 2 && messageFields >= 1;
}
