import { fold, splitLines, type Line } from '../text.ts';
import { cleanAddress } from './codes.ts';

/** A recipient and the server's words about it, as read from a bounce's human-readable text. */
export interface TextRecord {
  recipient: string | null;
  diagnostic: string;
  /** The host the MTA was talking to, where the text says. */
  remoteHost?: string | null;
}

const MARKER_START = /^[obtmiha=_*-]/i;

/**
 * Lines that begin the copy of the returned message in a bounce's text; nothing after them is
 * the notification (qmail "--- Below this line is a copy of the message.", Exim "------ This is a
 * copy of the message, including all the headers. ------", Exchange "Original message headers:",
 * Sendmail "----- Original message follows -----").
 */
function isReturnedMarker(trimmed: string): boolean {
  // Every marker below starts with one of these; most lines are dismissed without lowercasing
  if (!MARKER_START.test(trimmed)) return false;
  const lower = trimmed.toLowerCase();
  if (lower.startsWith('original message headers')) return true;
  if (lower.startsWith('below this line is a copy of the message')) return true;
  // MXLogic and others: "Included is a copy of the message header:"
  if (
    /^(?:included is|here is|below is|attached is) (?:a copy of )?the (?:original )?message/.test(
      lower,
    )
  ) {
    return true;
  }
  // DragonFly Mail Agent: "Message headers follow."
  if (/^(?:the )?(?:original )?message(?: headers?)? follows?\.?:?$/.test(lower)) return true;
  if (!/^[-=_*]{2}/.test(lower)) return false;
  if (!/message|header|mail/.test(lower)) return false;
  return /original|copy of|returned|unsent|undelivered|below this line|follows|included|attached/.test(
    lower,
  );
}

/** The notification part of a bounce's text: everything before the returned message. */
export function notificationLines(text: string): Line[] {
  const lines = splitLines(text);
  const end = lines.findIndex((line) => isReturnedMarker(line.text.trim()));
  return end >= 0 ? lines.slice(0, end) : lines;
}

/** A line that starts with an address: `<a@b>: …`, `a@b`, `<a@b>... …`, `a@b (expanded from …)`. */
const RECIPIENT_LINE =
  /^["<]{0,2}([\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8})[">]{0,2}(?:\s*\([^)]{0,300}\))?(?:\.\.\.|:|,|\s|$)/iu;

/**
 * A label before the address: KDDI's "Could not be delivered to: <a@b>", "Failed recipient:
 * a@b", "Undeliverable to a@b", DragonFly's "There was an error delivering your mail to <a@b>."
 * The words that follow on later lines are its diagnostic.
 */
const RECIPIENT_LABELS = [
  'could not be delivered to',
  'failed recipients',
  'failed recipient',
  'original recipient',
  'recipient address',
  'recipient',
  'undeliverable to',
  'unable to deliver to',
  'not delivered to',
  'delivery to',
  'there was an error delivering your mail to',
];

/** What follows a label: the address alone, perhaps quoted or bracketed, ending the line. */
const AFTER_LABEL = /^\s*(?::\s*)?["<]?([^\s"<>@]{1,64}@[^\s"<>]{1,255}?)[">]?\s*[:.]?$/;

/** The line and its address when the line is a label and an address, else null. */
function labelledRecipient(trimmed: string): [line: string, address: string] | null {
  const lower = trimmed.toLowerCase();
  for (const label of RECIPIENT_LABELS) {
    if (!lower.startsWith(label)) continue;
    const m = AFTER_LABEL.exec(trimmed.slice(label.length));
    if (m) return [trimmed, m[1]!];
  }
  return null;
}

/** Sendmail's transcript names the recipient it is talking about: `>>> RCPT To:<a@b>`. */
const TRANSCRIPT_RCPT = /^>>> RCPT TO:\s?<?([^>\s@]{1,320}@[^>\s]{1,255})>?/i;

/** Lines carrying the reply (`<<< 550 …`) or a coded line naming the address (`550 5.1.1 <a@b>…`). */
const CODED_ADDRESS =
  /^(?:<<<\s?)?[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s)?<([^>\s@]{1,320}@[^>\s]{1,255})>/;

/** Sendmail names the host a transcript is with: `... while talking to mx.example.jp.:`. */
const TALKING_TO = /while talking to ([a-z0-9][a-z0-9.-]{0,252})\.?:/i;

/** A line of a Sendmail transcript that the remote host wrote, or a new coded line. */
const REPLY_LINE = /^(?:<<<\s?)?[245]\d\d[ -]/;

interface Open {
  recipient: string;
  parts: string[];
  host: string | null;
  /** Opened by a coded line: only `<<<` replies and indented lines continue it. */
  coded: boolean;
}

/**
 * Reads recipients and their diagnostics from a notification's lines. A recipient line is
 * followed by its diagnostic up to a blank line or the next recipient; Sendmail transcripts pair
 * `>>> RCPT To:` with the `<<<` replies that follow, and each coded `NNN <a@b>... text` line
 * stands for its own address.
 */
export function readRecipients(lines: Line[]): TextRecord[] {
  const records: TextRecord[] = [];
  let current = null as Open | null;
  let host: string | null = null;
  const flush = () => {
    if (current) {
      const diagnostic = fold(current.parts.join(' '));
      records.push({ recipient: current.recipient, diagnostic, remoteHost: current.host });
    }
    current = null;
  };

  for (const { text } of lines) {
    const trimmed = text.trim();
    if (trimmed === '') {
      // A recipient line with no words of its own takes the paragraph after the blank line
      // (DragonFly, Gmail's "Technical details of permanent failure:").
      if (current && current.parts.some((part) => part !== '')) flush();
      continue;
    }
    host = TALKING_TO.exec(trimmed)?.[1]?.toLowerCase() ?? host;
    // Every pattern that opens a record needs an address: most lines are dismissed at once
    const named = trimmed.includes('@');
    const transcript = named ? TRANSCRIPT_RCPT.exec(trimmed) : null;
    const start = named
      ? (RECIPIENT_LINE.exec(trimmed) ?? labelledRecipient(trimmed) ?? transcript)
      : null;
    const coded = named && !start ? CODED_ADDRESS.exec(trimmed) : null;
    if (start) {
      flush();
      const parts = [start === transcript ? trimmed : rest(trimmed, start[0])];
      current = { recipient: cleanAddress(start[1]!), parts, host, coded: false };
    } else if (coded) {
      const recipient = cleanAddress(coded[1]!);
      if (current?.recipient !== recipient) {
        flush();
        current = { recipient, parts: [], host, coded: true };
      }
      current.parts.push(trimmed);
    } else if (current && continues(current, text, trimmed)) {
      current.parts.push(trimmed);
    } else if (current?.coded) {
      flush();
    }
  }
  flush();
  return merge(records);
}

function continues(current: Open, line: string, trimmed: string): boolean {
  if (!current.coded) return true;
  return trimmed.startsWith('<<<') || (/^[ \t]/.test(line) && !REPLY_LINE.test(trimmed));
}

function rest(line: string, matched: string): string {
  return line.slice(matched.length).replace(/^[\s:.]+/, '');
}

/** Distinct diagnostics kept per recipient: a real transcript has a handful. */
const MAX_PARTS = 32;

/**
 * One record per recipient: a transcript names an address several times. Its diagnostics are
 * joined once at the end, each distinct one once: joining as they come was quadratic for an
 * address named thousands of times.
 */
function merge(records: TextRecord[]): TextRecord[] {
  const byRecipient = new Map<string, { record: TextRecord; parts: Set<string> }>();
  for (const record of records) {
    const key = record.recipient ?? '';
    const seen = byRecipient.get(key);
    if (!seen) byRecipient.set(key, { record: { ...record }, parts: new Set([record.diagnostic]) });
    else if (record.diagnostic && seen.parts.size < MAX_PARTS) seen.parts.add(record.diagnostic);
  }
  return [...byRecipient.values()].map(({ record, parts }) => ({
    ...record,
    diagnostic: fold([...parts].join(' ')),
  }));
}
