import type { Facts } from './classify/types.ts';
import { ADDRESS, cleanAddress, findCommand, findReply, findStatus } from './extract/codes.ts';
import { parseDsn, type DsnRecord } from './extract/dsn.ts';
import { FORMAT_RULES } from './extract/formats.ts';
import type { ParsedMessage } from './extract/message.ts';
import { notificationLines, readRecipients, type TextRecord } from './extract/notification.ts';
import { completeFacts } from './facts.ts';
import { byRecipient, hostOf } from './read-text.ts';
import { fold } from './text.ts';

const CONTEXT_CHARS = 4000;

/**
 * Characters of a field searched for its address: a path is at most 256 (RFC 5321 section
 * 4.5.3.1.3), with room for a display name. ADDRESS tries 64 characters at each position, so a
 * field of megabytes of letters cost seconds.
 */
const ADDRESS_FIELD = 1024;

/** Reads the recipients of a parsed bounce: a feedback report, a DSN, an auto-reply or a text body. */
export function readMessage(message: ParsedMessage): Facts[] {
  if (message.feedbackReport.length > 0) return readFeedback(message);
  const format = FORMAT_RULES.find((rule) => rule.test(message));
  if (format) {
    const diagnostic = fold(
      notificationLines(message.text)
        .map((l) => l.text)
        .join(' '),
    );
    return [
      completeFacts({
        recipient: failedRecipient(message),
        diagnostic: diagnostic.slice(0, CONTEXT_CHARS),
        reason: format.reason,
      }),
    ];
  }

  const lines = notificationLines(message.text);
  const notification = lines.map((line) => line.text).join('\n');
  const context = fold(`${message.headers.get('subject') ?? ''}\n${notification}`).slice(
    0,
    CONTEXT_CHARS,
  );
  const byText = readRecipients(lines);
  const dsn = message.deliveryStatus.flatMap(parseDsn);
  const reportingHost = hostOf(dsn[0]?.reportingMta ?? null) ?? senderHost(message);

  const textOf = byRecipient(byText);
  if (dsn.length > 0) return dsn.map((r) => fromDsn(r, textOf, dsn.length === 1 ? context : ''));

  const inlineDsn = parseDsn(notification).filter((record) => record.finalRecipient);
  if (inlineDsn.length > 0) {
    return inlineDsn.map((r) => fromDsn(r, textOf, inlineDsn.length === 1 ? context : ''));
  }
  if (isAutoReply(message, byText)) return [autoReply(message)];

  const named = byText.filter((record) => record.recipient);
  if (named.length > 0) {
    const single = named.length === 1;
    return named.map((record) =>
      completeFacts(
        {
          recipient: record.recipient,
          diagnostic: record.diagnostic,
          context: single ? context : '',
        },
        reportingHost,
      ),
    );
  }
  const diagnostic = codedLines(notification);
  if (!looksLikeBounce(message, diagnostic)) return [];
  return [
    completeFacts({ recipient: failedRecipient(message), diagnostic, context }, reportingHost),
  ];
}

function fromDsn(
  record: DsnRecord,
  textOf: Map<string | null, TextRecord>,
  context: string,
): Facts {
  const recipient = record.finalRecipient ?? record.originalRecipient;
  const fromText = textOf.get(recipient);
  const textDiagnostic = fromText?.diagnostic ?? '';
  return completeFacts(
    {
      recipient,
      diagnostic: record.diagnostic ?? textDiagnostic,
      // A Status field is whatever the report says: only an RFC 3463 code is kept
      status: findStatus(record.status ?? ''),
      action: record.action,
      diagnosticType: record.diagnosticType,
      remoteHost: hostOf(record.remoteMta) ?? fromText?.remoteHost,
      command: findCommand(`${record.diagnostic ?? ''} ${textDiagnostic}`.toLowerCase()),
      context: record.diagnostic ? `${textDiagnostic} ${context}` : context,
    },
    hostOf(record.reportingMta),
  );
}

/** RFC 5965 feedback reports: one result per reported recipient. */
function readFeedback(message: ParsedMessage): Facts[] {
  const report = message.feedbackReport.join('\n');
  const recipients = fieldValues(report, /^(?:original-rcpt-to|removal-recipient):\s*(.+)$/gim);
  const targets = recipients.length > 0 ? recipients : [returnedTo(message)];
  const diagnostic = fold(message.text).slice(0, CONTEXT_CHARS);
  return targets.map((recipient) =>
    completeFacts({ recipient, diagnostic, reason: 'feedback', status: null, reply: null }),
  );
}

const AUTO_SUBJECT =
  /^(?:auto(?:matic)?[ -]?(?:reply|response)|out of (?:the )?office|vacation|自動応答|自動返信|不在)/i;

/**
 * RFC 3834 auto-replies, and the subjects of the common ones that omit Auto-Submitted; a
 * delivery failure also carries Auto-Submitted, so a mailer-daemon sender or a coded recipient
 * line rules it out.
 */
function isAutoReply(message: ParsedMessage, byText: TextRecord[]): boolean {
  const from = (message.headers.get('from') ?? '').toLowerCase();
  if (mentions(from, BOUNCE_SENDERS)) return false;
  if (byText.some((record) => findReply(record.diagnostic) || findStatus(record.diagnostic))) {
    return false;
  }
  const auto = (message.headers.get('auto-submitted') ?? '').toLowerCase();
  const subject = (message.headers.get('subject') ?? '').trim();
  return (
    auto.startsWith('auto-replied') ||
    AUTO_SUBJECT.test(subject) ||
    message.headers.has('x-autoreply')
  );
}

function autoReply(message: ParsedMessage): Facts {
  const from = message.headers.get('from') ?? '';
  ADDRESS.lastIndex = 0;
  const address = ADDRESS.exec(from.slice(0, ADDRESS_FIELD))?.[0];
  return completeFacts({
    recipient: address ? cleanAddress(address) : null,
    diagnostic: fold(message.text).slice(0, 400),
    reason: 'vacation',
  });
}

/** Exim and others name the failed recipients in a header; else the returned message's To. */
function failedRecipient(message: ParsedMessage): string | null {
  const failed = message.headers.get('x-failed-recipients');
  // The address is taken by its bounded pattern first, from the field's start: the field can be
  // as long as the header block, and trimming a long run of dots from it was quadratic.
  ADDRESS.lastIndex = 0;
  const address = failed ? ADDRESS.exec(failed.split(',')[0]!.slice(0, ADDRESS_FIELD))?.[0] : null;
  if (address) return cleanAddress(address);
  // A session transcript names the recipient it was refused for: "In:  RCPT TO:<a@b>"
  const rcpt = /\bRCPT TO:\s?<?([^\s<>@]{1,64}@[^\s<>]{1,255})/i.exec(message.text.slice(0, 65536));
  if (rcpt) return cleanAddress(rcpt[1]!);
  return returnedTo(message);
}

function returnedTo(message: ParsedMessage): string | null {
  if (!message.returned) return null;
  const to = fieldValues(message.returned.slice(0, 64 * 1024), /^to:\s*(.+)$/gim)[0];
  return to ?? null;
}

function fieldValues(text: string, pattern: RegExp): string[] {
  const values: string[] = [];
  for (const m of text.matchAll(pattern)) {
    ADDRESS.lastIndex = 0;
    const address = ADDRESS.exec(m[1]!.slice(0, ADDRESS_FIELD))?.[0];
    if (address) values.push(cleanAddress(address));
  }
  return values;
}

/**
 * The notification lines that carry a reply or status code: the server's own words. A session
 * transcript also holds the 2xx replies before the failure (Postfix's "Transcript of session
 * follows"), so the failing ones are taken when there are any.
 */
function codedLines(notification: string): string {
  const coded = notification.split('\n').filter((line) => findReply(line) || findStatus(line));
  const failing = coded.filter((line) => /^[45]/.test(findReply(line) ?? findStatus(line) ?? ''));
  return (failing.length > 0 ? failing : coded).slice(0, 20).join(' ');
}

/**
 * The host that wrote the bounce: Exchange names it ("Generating server: …"), else the From
 * address's domain (Postmaster@ezweb.ne.jp).
 */
function senderHost(message: ParsedMessage): string | null {
  const generating = /generating server:\s*([a-z0-9.-]{1,253})/i.exec(message.text.slice(0, 8000));
  if (generating) return generating[1]!.toLowerCase();
  const from = message.headers.get('from') ?? '';
  const at = /@([a-z0-9.-]{1,253})/i.exec(from);
  return at ? at[1]!.toLowerCase() : null;
}

/** Words a bounce's sender has, in the MTAs' and providers' own wording, lowercased. */
const BOUNCE_SENDERS = ['mailer-daemon', 'mailer_daemon', 'postmaster', 'mail delivery', 'mdaemon'];

/** Words a bounce's subject has, lowercased: English from the MTAs, Japanese from carriers. */
const BOUNCE_SUBJECTS = [
  'undeliver',
  'returned mail',
  'delivery status',
  'delivery failure',
  'delivery notification',
  'delivery has failed',
  'mail delivery failed',
  'delivery problem',
  'failure notice',
  'not delivered',
  'nondeliverable',
  'non-delivery',
  'error',
  '配信',
  '不達',
  'エラー',
  '送信できません',
];

const mentions = (text: string, words: readonly string[]) => {
  const lower = text.toLowerCase();
  return words.some((word) => lower.includes(word));
};

/** A message with no report part, no recipient block and no code is a bounce only by its looks. */
function looksLikeBounce(message: ParsedMessage, diagnostic: string): boolean {
  if (diagnostic || message.headers.has('x-failed-recipients')) return true;
  const from = message.headers.get('from') ?? '';
  const subject = message.headers.get('subject') ?? '';
  return mentions(from, BOUNCE_SENDERS) || mentions(subject, BOUNCE_SUBJECTS);
}
