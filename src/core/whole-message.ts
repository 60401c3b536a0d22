import type { Facts } from './classify/types.ts';
import { looksLikeMessage } from './detect.ts';
import { parseMessage } from './extract/message.ts';
import { readMessage } from './read-message.ts';
import { readBounceText } from './read-text.ts';

/**
 * A message's own structure first; then, when it says nothing, a bounce forwarded inside it,
 * and the raw body read as text (a boundary that does not match its header hides every part).
 */
export async function readWholeMessage(input: string | Uint8Array, text: string) {
  const message = await parseMessage(loneCrToLf(input));
  const unreadable =
    message.text.trim() === '' &&
    message.deliveryStatus.length + message.feedbackReport.length === 0;
  const facts = unreadable ? [] : readMessage(message);
  if (facts.length > 0 && !facts.every(isSilent)) return facts;

  if (message.returned && looksLikeMessage(message.returned)) {
    const nested = readMessage(await parseMessage(message.returned));
    if (!nested.every(isSilent)) return nested;
  }
  const blank = /\r?\n\r?\n|\r\r/.exec(text);
  const body = blank ? text.slice(blank.index) : '';
  const fromBody = readBounceText(body);
  if (fromBody.length > 0 && !fromBody.every(isSilent)) return fromBody;
  if (facts.length > 0) return facts;
  // A part header broken across lines hides the text part from the parser: read the raw body
  // as the notification, with the message's own headers.
  return readMessage(unreadable ? { ...message, text: body } : message);
}

/**
 * The MIME parser splits lines on LF only; a message with bare CR line ends (old Mac mail, some
 * exports) would be one long header. CR becomes LF, one character for one, so offsets hold.
 */
function loneCrToLf(input: string | Uint8Array): string | Uint8Array {
  if (typeof input === 'string') return input.replace(/\r(?!\n)/g, '\n');
  if (!input.includes(13)) return input;
  const copy = input.slice();
  for (let i = 0; i < copy.length; i++) {
    if (copy[i] === 13 && copy[i + 1] !== 10) copy[i] = 10;
  }
  return copy;
}

/** Facts with no words of the server's own: no diagnostic, no status, no stated reason. */
function isSilent(facts: Facts): boolean {
  return !facts.diagnostic && !facts.status && !facts.reason;
}
