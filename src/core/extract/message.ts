import type { Email } from 'postal-mime';
import { readPlainMessage } from './plain-message.ts';

/** What the decoder needs of a whole message, decoded from whatever transfer encoding it had. */
export interface ParsedMessage {
  /** Top-level header fields, names lowercased; the first value of each. */
  headers: Map<string, string>;
  /** The human-readable notification: the text parts, or the HTML part reduced to text. */
  text: string;
  /** Bodies of `message/delivery-status` and `message/global-delivery-status` parts. */
  deliveryStatus: string[];
  /** Bodies of `message/feedback-report` parts (RFC 5965). */
  feedbackReport: string[];
  /** The returned message or its headers, when the bounce carries them as a part. */
  returned: string | null;
}

/**
 * Most attachments a message may have to be read by its structure: a bounce has two or three
 * (report, returned message), a hostile message thousands, each decoded and kept. Past this the
 * parser's result is dropped and decode reads the raw text instead, with a `mime-error` notice,
 * so that no part is skipped without a word.
 */
export const MAX_PARTS = 64;

/**
 * MIME limits passed to the parser. Depth: a bounce nests two or three levels; each level costs
 * a parser frame, so a message of a million nested boundaries must not get that far. Headers:
 * folded header blocks of megabytes cost seconds of unfolding.
 */
const MIME_LIMITS = { maxNestingDepth: 32, maxHeadersSize: 256 * 1024, maxRfc822NestingDepth: 0 };

/** What postal-mime is given: the limits, and returned messages kept whole as attachments. */
export const MIME_OPTIONS = { ...MIME_LIMITS, forceRfc822Attachments: true };

const STATUS_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const RETURNED_TYPES = new Set([
  'message/rfc822',
  'text/rfc822-headers',
  'message/global',
  'message/global-headers',
  'message/partial',
]);

/** Parses a whole message; rejects (never hangs) on input past the MIME limits. */
export async function parseMessage(input: string | Uint8Array): Promise<ParsedMessage> {
  const plain = readPlainMessage(input);
  if (plain) {
    const subject = plain.headers.get('subject');
    if (subject?.includes('=?')) {
      const { decodeWords } = await import('postal-mime');
      plain.headers.set('subject', decodeWords(subject));
    }
    return plain;
  }
  // Loaded on first use: pasted replies, log lines and plain bounces never need it, and the
  // extension's popup opens faster without it.
  const { default: PostalMime } = await import('postal-mime');
  const email = await PostalMime.parse(input, MIME_OPTIONS);
  if (email.attachments.length > MAX_PARTS) {
    throw new Error(`More than ${MAX_PARTS} MIME parts: ${email.attachments.length}`);
  }
  return fromEmail(email);
}

function fromEmail(email: Email): ParsedMessage {
  const headers = new Map<string, string>();
  for (const h of email.headers) if (!headers.has(h.key)) headers.set(h.key, h.value);
  // RFC 2047 encoded words decoded: Japanese subjects arrive as =?ISO-2022-JP?B?…?=
  if (email.subject !== undefined) headers.set('subject', email.subject);

  const message: ParsedMessage = {
    headers,
    text: email.text ?? htmlToText(email.html ?? ''),
    deliveryStatus: [],
    feedbackReport: [],
    returned: null,
  };
  for (const part of email.attachments) {
    const type = part.mimeType.toLowerCase();
    if (STATUS_TYPES.has(type)) message.deliveryStatus.push(asText(part.content));
    else if (type === 'message/feedback-report') message.feedbackReport.push(asText(part.content));
    else if (RETURNED_TYPES.has(type) && message.returned === null) {
      message.returned = asText(part.content);
    } else if (type === 'text/plain' && part.disposition !== 'attachment') {
      message.text += `\n${asText(part.content)}`;
    }
  }
  return message;
}

const UTF8 = new TextDecoder('utf-8');

function asText(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return content;
  return UTF8.decode(content);
}

/**
 * Enough of HTML to read a notification: tags dropped, breaks kept, common entities decoded. A
 * tag stops at the next `<` as well as at `>`: with `[^>]`, a run of a million `<` made each one
 * scan 2,000 characters ahead, seconds of work for a pasted page.
 */
function htmlToText(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h\d)\b[^<>]{0,200}>/gi, '\n')
    .replace(/<[^<>]{0,2000}>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
