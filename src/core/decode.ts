import { classify } from './classify/classify.ts';
import type { Facts } from './classify/types.ts';
import { looksLikeMessage } from './detect.ts';
import { readLog } from './read-log.ts';
import { readBounceText, readReply } from './read-text.ts';
import { EvidenceFinder, toReport } from './report.ts';
import { bytesToText, longLines, MAX_LINE, splitLines, utf16Text } from './text.ts';
import type { DecodeResult, InputKind, Notice, RecipientReport } from './types.ts';

export interface DecodeOptions {
  /**
   * Largest input read, in characters (bytes for byte input). A bounce with its returned
   * message is rarely over a few hundred kilobytes; past this, reading would cost the person
   * seconds for text that only repeats the returned message. The rest is cut off and reported.
   */
  maxInput?: number;
  /**
   * Most recipients reported. A report of a mailing-list send can name thousands; past this the
   * result would be too long to read and to render.
   */
  maxRecipients?: number;
}

export const DEFAULT_MAX_INPUT = 2 * 1024 * 1024;
export const DEFAULT_MAX_RECIPIENTS = 1000;

interface Finding {
  facts: Facts;
  offset: number;
}

/**
 * Decodes a whole bounce message, a bounce's text, MTA log lines or a bare SMTP reply into one
 * report per recipient. Never throws on input: what cannot be read is reported as a notice.
 */
export async function decode(
  given: string | Uint8Array,
  options: DecodeOptions = {},
): Promise<DecodeResult> {
  const input = typeof given === 'string' ? given : (utf16Text(given) ?? given);
  const maxInput = options.maxInput ?? DEFAULT_MAX_INPUT;
  const notices: Notice[] = [];
  const size = typeof input === 'string' ? input.length : input.byteLength;
  const cut = size > maxInput ? input.slice(0, boundaryBefore(input, maxInput)) : input;
  if (cut !== input) notices.push({ code: 'input-truncated', detail: { limit: maxInput, size } });
  const text = typeof cut === 'string' ? cut : bytesToText(cut);
  // Lines that only exist once a part is decoded (base64, quoted-printable) are cut by the
  // readers without a notice: this scan reads the input as given.
  const long = longLines(text);
  if (long.count > 0) {
    const detail = { limit: MAX_LINE, lines: long.count, size: long.longest };
    notices.push({ code: 'lines-truncated', detail });
  }

  const { kind, findings } = await read(cut, text, notices);
  return finish(kind, text, findings, notices, options.maxRecipients ?? DEFAULT_MAX_RECIPIENTS);
}

/**
 * Where to cut so that no character is split: a UTF-8 sequence cut in its middle made the whole
 * text invalid UTF-8, so it was read as Latin-1 and every Japanese word was lost; a string cut
 * between the halves of a surrogate pair leaves half a character.
 */
function boundaryBefore(input: string | Uint8Array, limit: number): number {
  let end = limit;
  if (typeof input === 'string') {
    const last = input.charCodeAt(end - 1);
    return last >= 0xd800 && last <= 0xdbff ? end - 1 : end;
  }
  // At most three continuation bytes (10xxxxxx) follow a lead byte
  while (end > limit - 3 && end > 0 && (input[end]! & 0xc0) === 0x80) end--;
  return end;
}

async function read(
  input: string | Uint8Array,
  text: string,
  notices: Notice[],
): Promise<{ kind: InputKind; findings: Finding[] }> {
  if (looksLikeMessage(text)) {
    try {
      // Loaded on first use, as the MIME parser is: replies, log lines and a bounce's text
      // never need the message reader, and the extension's popup fetches less without it.
      const { readWholeMessage } = await import('./whole-message.ts');
      const findings = await readWholeMessage(input, text);
      return { kind: 'message', findings: findings.map(at(0)) };
    } catch (error) {
      notices.push({ code: 'mime-error', detail: { message: String(error).slice(0, 200) } });
    }
  }
  const lines = splitLines(text);
  const logged = readLog(lines);
  if (logged) return { kind: 'log', findings: logged };

  // One line naming one address is a reply, even when it reads like a recipient block.
  const bounce = readBounceText(text);
  const oneLine = lines.filter((line) => line.text.trim() !== '').length <= 1;
  if (bounce.length > 0 && !(oneLine && bounce.length === 1)) {
    return { kind: 'bounce-text', findings: bounce.map(at(0)) };
  }

  const reply = readReply(text);
  return { kind: 'reply', findings: reply.diagnostic ? [{ facts: reply, offset: 0 }] : [] };
}

function at(offset: number) {
  return (facts: Facts): Finding => ({ facts, offset });
}

function finish(
  kind: InputKind,
  text: string,
  findings: Finding[],
  notices: Notice[],
  maxRecipients: number,
): DecodeResult {
  if (findings.length > maxRecipients) {
    notices.push({
      code: 'recipients-truncated',
      detail: { limit: maxRecipients, count: findings.length },
    });
  }
  const finder = new EvidenceFinder(text);
  const recipients: RecipientReport[] = [];
  for (const { facts, offset } of findings.slice(0, maxRecipients)) {
    // A deferral in a log is "delayed" (RFC 3464) but nothing has expired yet, while the
    // classifier reads a DSN's "delayed" as expired, as Sisimai does: log lines go without it.
    const verdict = classify(kind === 'log' ? { ...facts, action: null } : facts);
    if (kind === 'reply' && !isBounceLike(facts, verdict.reason)) continue;
    const from = offset > 0 ? offset : finder.placeOf(facts.recipient);
    recipients.push(toReport(facts, verdict, finder.find(facts, verdict.matches, from)));
  }
  if (recipients.length === 0) {
    notices.push({ code: 'not-a-bounce' });
    return { kind: 'none', text, recipients, notices };
  }
  return { kind, text, recipients, notices };
}

/** A pasted line is a bounce when it carries a code or words that decide a reason. */
function isBounceLike(facts: Facts, reason: string): boolean {
  if (facts.status || facts.reply) return true;
  return reason !== 'onhold' && reason !== 'undefined';
}
