import type { Facts } from './classify/types.ts';
import { findAddress, findStatus } from './extract/codes.ts';
import { parseDsn } from './extract/dsn.ts';
import { notificationLines, readRecipients, type TextRecord } from './extract/notification.ts';
import { completeFacts } from './facts.ts';
import { fold, splitLines } from './text.ts';

/** How much of a notification is kept as context for the classifier. */
const CONTEXT_CHARS = 4000;

/**
 * Reads a bounce's text as a webmail shows it: DSN fields where they are printed, recipient
 * blocks of the common MTAs, and the rest of the notification as context.
 */
export function readBounceText(text: string): Facts[] {
  const lines = notificationLines(text);
  const notification = lines.map((line) => line.text).join('\n');
  const dsn = parseDsn(notification).filter((record) => record.finalRecipient);
  const byText = readRecipients(lines);
  const context = fold(notification).slice(0, CONTEXT_CHARS);

  if (dsn.length > 0) {
    const textOf = byRecipient(byText);
    return dsn.map((record) => {
      const fromText = textOf.get(record.finalRecipient);
      return completeFacts({
        recipient: record.finalRecipient,
        diagnostic: record.diagnostic ?? fromText?.diagnostic ?? '',
        // A Status field is whatever the report says: only an RFC 3463 code is kept
        status: findStatus(record.status ?? ''),
        action: record.action,
        diagnosticType: record.diagnosticType,
        remoteHost: hostOf(record.remoteMta) ?? fromText?.remoteHost,
        context: dsn.length === 1 ? context : (fromText?.diagnostic ?? ''),
      });
    });
  }
  if (byText.length > 0) {
    return byText.map((record) =>
      completeFacts({
        recipient: record.recipient,
        diagnostic: record.diagnostic,
        remoteHost: record.remoteHost,
        context: byText.length === 1 ? context : '',
      }),
    );
  }
  return [];
}

/**
 * Longest text read whole as one reply. A pasted reply is a line or a short paragraph; a longer
 * text that no reader recognised is searched for its coded lines only, so that a page of noise
 * with a stray number in it is not taken for a reply.
 */
const REPLY_CHARS = 4000;

/** A line that starts with a reply code, as servers and MTAs print one. */
const CODED_LINE = /^\s*(?:[<>]{3}\s?)?[245]\d\d[ -]/;

/** A bare reply or error line, perhaps with words around it: one recipient, maybe unnamed. */
export function readReply(text: string): Facts {
  const lines = splitLines(text).map((line) => line.text);
  const chosen =
    text.length <= REPLY_CHARS ? lines : lines.filter((line) => CODED_LINE.test(line)).slice(0, 20);
  const diagnostic = fold(chosen.join(' ')).slice(0, REPLY_CHARS);
  return completeFacts({ recipient: findAddress(diagnostic), diagnostic });
}

/**
 * Text records by recipient, for the DSN records to find theirs in one step: searching the list
 * for each DSN record was quadratic, seconds for a pasted report of 30,000 recipients.
 */
export function byRecipient(records: TextRecord[]): Map<string | null, TextRecord> {
  const map = new Map<string | null, TextRecord>();
  for (const record of records) if (!map.has(record.recipient)) map.set(record.recipient, record);
  return map;
}

export function hostOf(mta: string | null): string | null {
  if (!mta) return null;
  // "gmail-smtp-in.l.google.com. (2001:db8::1b, the server for …)": the name comes first
  const first = mta.trim().split(/[\s(]/, 1)[0] ?? '';
  const host = first.replace(/^\[|\]$/g, '').toLowerCase();
  return /^[a-z0-9.-]{1,253}$/.test(host) && host.includes('.') ? host.replace(/\.$/, '') : null;
}
