import type { SmtpCommand } from '../types.ts';

/** Basic reply code (RFC 5321 section 4.2): not glued to other digits or dots. */
const REPLY = /(?<![\d.#])([245][0-5]\d)(?![\d.])/;

/**
 * Enhanced status code (RFC 3463 section 2): class.subject.detail, each subject and detail at most
 * three digits. The look-arounds keep IPv4 addresses and version numbers out.
 */
const STATUS = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)/;

export function findReply(text: string): string | null {
  return REPLY.exec(text)?.[1] ?? null;
}

export function findStatus(text: string): string | null {
  const m = STATUS.exec(text);
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : null;
}

/**
 * The phrases MTAs use to say at which SMTP command the remote host answered; the first one
 * found in the text wins. Matched on the lowercased text.
 */
const COMMAND_PHRASES: ReadonlyArray<readonly [string, SmtpCommand]> = [
  // Postfix: "(in reply to RCPT TO command)"
  ['in reply to rcpt to', 'RCPT'],
  ['in reply to mail from', 'MAIL'],
  ['in reply to end of data', 'DATA'],
  ['in reply to data', 'DATA'],
  ['in reply to message body', 'DATA'],
  ['in reply to ehlo', 'EHLO'],
  ['in reply to helo', 'HELO'],
  ['in reply to starttls', 'STARTTLS'],
  ['in reply to auth', 'AUTH'],
  // Exim: "SMTP error from remote mail server after RCPT TO:<…>"
  ['after rcpt to', 'RCPT'],
  // GMX: "SMTP error from remote server after RCPT command:"
  ['after rcpt command', 'RCPT'],
  ['after mail command', 'MAIL'],
  ['after data command', 'DATA'],
  ['after mail from', 'MAIL'],
  ['after end of data', 'DATA'],
  ['after pipelined data', 'DATA'],
  ['after data', 'DATA'],
  ['after ehlo', 'EHLO'],
  ['after helo', 'HELO'],
  ['after starttls', 'STARTTLS'],
  ['after auth', 'AUTH'],
  ['after initial connection', 'CONN'],
  // Sendmail transcripts: ">>> RCPT To:<…>"
  ['>>> rcpt to', 'RCPT'],
  ['>>> mail from', 'MAIL'],
  ['>>> data', 'DATA'],
  ['>>> ehlo', 'EHLO'],
  ['>>> helo', 'HELO'],
  // Postfix: "refused to talk to me" is the 5xx greeting; qmail: "does not like recipient"
  ['refused to talk to me', 'CONN'],
  ['does not like recipient', 'RCPT'],
  ['does not like sender', 'MAIL'],
  ['failed after i sent the message', 'DATA'],
  ['my name was rejected', 'HELO'],
  ['during user open', 'RCPT'],
  // Postfix: "lost connection with … while sending RCPT TO", "… while receiving the initial
  // server greeting", "connect to …: Connection refused"
  ['while sending rcpt to', 'RCPT'],
  ['while sending mail from', 'MAIL'],
  ['while sending data command', 'DATA'],
  ['while sending message body', 'DATA'],
  ['while sending end of data', 'DATA'],
  ['while performing the ehlo handshake', 'EHLO'],
  ['while performing the helo handshake', 'HELO'],
  ['while receiving the initial server greeting', 'CONN'],
  ['during greeting wait', 'CONN'],
  ['connect to ', 'CONN'],
  ['connection refused', 'CONN'],
];

export function findCommand(lower: string): SmtpCommand | null {
  let best: SmtpCommand | null = null;
  let bestAt = Infinity;
  for (const [phrase, command] of COMMAND_PHRASES) {
    const at = lower.indexOf(phrase);
    if (at >= 0 && at < bestAt) {
      best = command;
      bestAt = at;
    }
  }
  return best;
}

/** Remote host names as MTAs write them around a reply: "host mx.example.jp[192.0.2.1] said". */
const HOST_PATTERNS: readonly RegExp[] = [
  /\bhost ([a-z0-9][a-z0-9.-]{0,252})\s?\[/i,
  // Postfix writes "connect to mx.example.jp[192.0.2.1]:25: …"; pasted copies lose the address
  /\bconnect to ([a-z0-9][a-z0-9.-]{0,252})[[:]/i,
  /\b(?:lost connection|conversation) with ([a-z0-9][a-z0-9.-]{0,252})[[ ]/i,
  /\bwhile talking to ([a-z0-9][a-z0-9.-]{0,252})\.?:/i,
  /\bremote server at ([a-z0-9][a-z0-9.-]{0,252}) /i,
  /\bremote host ([a-z0-9][a-z0-9.-]{0,252}) said/i,
  /\brelay=([a-z0-9][a-z0-9.-]{0,252})[[ ,]/i,
  /\bH=([a-z0-9][a-z0-9.-]{0,252}) \[/,
  // GMX: "host: mx.example.jp" on a line of its own
  /(?:^|\s)host: ([a-z0-9][a-z0-9.-]{0,252})(?:\s|$)/i,
];

export function findHost(text: string): string | null {
  for (const pattern of HOST_PATTERNS) {
    const m = pattern.exec(text);
    if (m?.[1] && m[1].includes('.')) return m[1].replace(/\.+$/, '').toLowerCase();
  }
  return null;
}

/**
 * An address as bounces print it, with or without angle brackets. Bounded lengths (RFC 5321
 * section 4.5.3.1) keep the pattern linear on long runs of address-like characters.
 */
export const ADDRESS =
  /[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/giu;

export function findAddress(text: string): string | null {
  // No '@', no address: spares the pattern's 64 tries at each letter of a long Japanese text.
  if (!text.includes('@')) return null;
  ADDRESS.lastIndex = 0;
  const m = ADDRESS.exec(text);
  return m ? cleanAddress(m[0]) : null;
}

export function cleanAddress(address: string): string {
  return address.replace(/^[.'`]+|[.'`]+$/g, '').toLowerCase();
}
