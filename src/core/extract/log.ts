import { fold } from '../text.ts';
import { cleanAddress, findHost } from './codes.ts';

/** One delivery attempt as an MTA logged it. */
export interface LogRecord {
  mta: 'postfix' | 'sendmail' | 'exim';
  /** sent, deferred, bounced, expired; `connection` for a line about a host, not a recipient. */
  status: 'sent' | 'deferred' | 'bounced' | 'expired' | 'connection';
  recipient: string | null;
  /** Every recipient the line names, `recipient` first: Sendmail logs one line for several. */
  recipients: string[];
  /** The MTA's queue id of the message, which ties the lines about one message together. */
  queue: string | null;
  /** The relay or host the MTA talked to, without the address. */
  host: string | null;
  /** The DSN code the MTA logged (`dsn=5.1.1`). */
  dsn: string | null;
  /** The MTA's words about the attempt: what is inside `status=bounced (…)`, `stat=…`, and so on. */
  diagnostic: string;
  /** Where the diagnostic starts in the line. */
  offset: number;
}

/**
 * Postfix delivery agents (smtp, lmtp, local, virtual, pipe, error):
 * `postfix/smtp[123]: 4F9D2: to=<a@b>, relay=mx.b[192.0.2.1]:25, …, dsn=5.1.1, status=bounced (…)`.
 */
const POSTFIX_STATUS =
  /postfix(?:\/[a-z0-9_-]{1,40}){1,3}\[\d{1,10}\]: ([0-9A-Za-z]{1,40}): to=<([^>]{0,320})>.{0,2000}?, status=(sent|deferred|bounced|expired|undeliverable)\b ?(.*)$/;

/** Postfix's own lines about a host: `connect to …`, `lost connection with …`, `conversation with … timed out`. */
const POSTFIX_HOST =
  /postfix\/[a-z0-9_-]{1,40}\[\d{1,10}\]: (?:[0-9A-Za-z]{1,40}: )?((?:connect to|lost connection with|conversation with|host) ([a-z0-9.-]{1,253})\[.*)$/i;

/**
 * Sendmail: `sendmail[123]: x1AB: to=<a@b>, …, relay=mx.b. [192.0.2.1], dsn=5.1.1, stat=…`.
 * One line may name several recipients of a domain: `to=<a@b>,<c@b>, delay=…`, the addresses
 * separated by a bare comma, the fields by a comma and a space.
 */
const SENDMAIL =
  /(?:sendmail|sm-mta|sm-msp-queue)\[\d{1,10}\]: ([0-9A-Za-z]{1,40}): to=(.{1,4000}?), (?=[a-z]{1,12}=)/;
/** `stat=` is looked for apart: after the lazy address list, a lazy gap made the pattern quadratic. */
const STAT = /\bstat=/g;

/**
 * Exim main log: `1rAbCd-000Xyz-9Q ** a@b R=… T=… H=mx.b [192.0.2.1]: SMTP error …` for a
 * bounce, `==` for a deferral, `=>` for a delivery.
 */
const EXIM =
  /\b([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) (\*\*|==|=>|->) (\S{1,320})(.*)$/;

export function parseLogLine(line: string): LogRecord | null {
  if (line.length > 64 * 1024) return null;
  return postfix(line) ?? sendmail(line) ?? exim(line);
}

function postfix(line: string): LogRecord | null {
  const m = POSTFIX_STATUS.exec(line);
  if (m) {
    const status = m[3] === 'undeliverable' ? 'bounced' : (m[3] as LogRecord['status']);
    const detail = m[4] ?? '';
    return {
      mta: 'postfix',
      status,
      ...recipientsOf([m[2]!]),
      queue: m[1]!,
      // relay=none when no connection was made: the words still name the host tried
      host:
        /\brelay=([a-z0-9.-]{1,253})\[/i.exec(line)?.[1]?.toLowerCase() ??
        findHost(detail.slice(0, 2000)),
      dsn: /\bdsn=(\d\.\d{1,3}\.\d{1,3})/.exec(line)?.[1] ?? null,
      diagnostic: unwrap(detail),
      offset: m.index + m[0].length - detail.length + (detail.startsWith('(') ? 1 : 0),
    };
  }
  const h = POSTFIX_HOST.exec(line);
  if (!h) return null;
  return {
    mta: 'postfix',
    status: 'connection',
    recipient: null,
    recipients: [],
    queue: null,
    host: h[2]!.toLowerCase(),
    dsn: null,
    diagnostic: fold(h[1]!),
    offset: line.indexOf(h[1]!),
  };
}

function sendmail(line: string): LogRecord | null {
  const m = SENDMAIL.exec(line);
  if (!m) return null;
  const fields = m.index + m[0].length;
  STAT.lastIndex = fields;
  const found = STAT.exec(line);
  if (!found || found.index - fields > 2000) return null;
  const statAt = found.index + found[0].length;
  const stat = line.slice(statAt);
  const lower = stat.toLowerCase();
  return {
    mta: 'sendmail',
    status: lower.startsWith('sent')
      ? 'sent'
      : lower.startsWith('deferred')
        ? 'deferred'
        : 'bounced',
    ...recipientsOf(m[2]!.split(',').map((address) => address.replace(/[<>]/g, ''))),
    queue: m[1]!,
    host:
      /\brelay=([a-z0-9.-]{1,253}) ?\[/i.exec(line)?.[1]?.replace(/\.+$/, '').toLowerCase() ?? null,
    dsn: /\bdsn=(\d\.\d{1,3}\.\d{1,3})/.exec(line)?.[1] ?? null,
    diagnostic: fold(stat),
    offset: statAt,
  };
}

function exim(line: string): LogRecord | null {
  const m = EXIM.exec(line);
  if (!m) return null;
  const flag = m[2]!;
  const detail = m[4] ?? '';
  const status = flag === '**' ? 'bounced' : flag === '==' ? 'deferred' : 'sent';
  const colon = detail.indexOf(': ');
  const diagnostic = colon >= 0 ? detail.slice(colon + 2) : detail.trim();
  return {
    mta: 'exim',
    status,
    ...recipientsOf([m[3]!.replace(/[<>]/g, '')]),
    queue: m[1]!,
    host: /\bH=([a-z0-9.-]{1,253}) /i.exec(detail)?.[1]?.toLowerCase() ?? null,
    dsn: null,
    diagnostic: fold(eximDefer(detail, diagnostic)),
    offset: line.length - detail.length + (colon >= 0 ? colon + 2 : 0),
  };
}

/**
 * Postfix's queue manager gives a message up after its queue lifetime with one line that names
 * the sender, not the recipients: `postfix/qmgr[812]: 4F9D2: from=<a@b>, status=expired,
 * returned to sender`. The recipients are those of the message's last deferrals.
 */
const POSTFIX_EXPIRED =
  /postfix(?:\/[a-z0-9_-]{1,40}){1,3}\[\d{1,10}\]: ([0-9A-Za-z]{1,40}): from=<[^>]{0,320}>, status=expired, returned to sender$/y;

/** Postfix's line when a message leaves the queue: `postfix/qmgr[812]: 4F9D2: removed`. */
const POSTFIX_REMOVED =
  /postfix(?:\/[a-z0-9_-]{1,40}){1,3}\[\d{1,10}\]: ([0-9A-Za-z]{1,40}): removed$/y;

/**
 * The queue id of a message Postfix gave up on, or of one it removed from its queue. A log has
 * one `removed` line per message: both are told by their end and matched from the program name
 * on, not searched for along the line.
 */
export function parseQueueEnd(line: string): { queue: string; expired: boolean } | null {
  const expired = line.endsWith(', returned to sender');
  if (!expired && !line.endsWith(': removed')) return null;
  const pattern = expired ? POSTFIX_EXPIRED : POSTFIX_REMOVED;
  pattern.lastIndex = Math.max(0, line.lastIndexOf(' postfix') + 1);
  const m = pattern.exec(line);
  return m ? { queue: m[1]!, expired } : null;
}

function recipientsOf(addresses: string[]): Pick<LogRecord, 'recipient' | 'recipients'> {
  const recipients = addresses.map(cleanAddress).filter((address) => address !== '');
  return { recipient: recipients[0] ?? null, recipients };
}

/** Exim writes `defer (-44): SMTP error …` or `defer (111): Connection refused`: keep the words. */
function eximDefer(detail: string, diagnostic: string): string {
  const m = /\bdefer \((-?\d{1,6})\): (.*)$/.exec(detail);
  return m ? m[2]! : diagnostic;
}

/** `(host … said: 550 … (in reply to RCPT TO command))`: the outer parentheses go. */
function unwrap(detail: string): string {
  const trimmed = detail.trim();
  if (trimmed.startsWith('(') && trimmed.endsWith(')')) return fold(trimmed.slice(1, -1));
  return fold(trimmed);
}
