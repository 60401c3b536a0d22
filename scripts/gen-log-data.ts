/**
 * What the synthetic log generator sends to and what those servers answer. The texts follow the
 * shapes that Postfix, Sendmail and Exim log and that the named providers are known to send;
 * they are written for this generator, not copied from any provider's page or any real log.
 */

export interface Carrier {
  domain: string;
  /** The inbound host and its address (documentation ranges, RFC 5737). */
  mx: string;
  ip: string;
  /** Relative share of the recipients. */
  weight: number;
  /** Outcome kinds this carrier is given, besides delivery; each with its relative share. */
  failures: ReadonlyArray<readonly [OutcomeKind, number]>;
}

export type OutcomeKind =
  | 'reset'
  | 'timeout'
  | 'greeting-lost'
  | 'rate-limit'
  | 'greylist'
  | 'over-quota-temp'
  | 'over-quota'
  | 'unknown-user'
  | 'refused';

export type Mta = 'postfix' | 'sendmail' | 'exim';

export const CARRIERS: readonly Carrier[] = [
  {
    domain: 'ezweb.ne.jp',
    mx: 'lsean.ezweb.ne.jp',
    ip: '192.0.2.24',
    weight: 22,
    failures: [
      ['reset', 6],
      ['greeting-lost', 4],
      ['timeout', 3],
      ['over-quota-temp', 1],
      ['unknown-user', 2],
    ],
  },
  {
    domain: 'au.com',
    mx: 'msmx.au.com',
    ip: '192.0.2.25',
    weight: 12,
    failures: [
      ['reset', 4],
      ['timeout', 2],
      ['unknown-user', 2],
      ['over-quota', 1],
    ],
  },
  {
    domain: 'docomo.ne.jp',
    mx: 'mfsmax.docomo.ne.jp',
    ip: '192.0.2.40',
    weight: 18,
    failures: [
      ['unknown-user', 3],
      ['rate-limit', 1],
      ['timeout', 1],
    ],
  },
  {
    domain: 'softbank.ne.jp',
    mx: 'mx.softbank.ne.jp',
    ip: '192.0.2.60',
    weight: 10,
    failures: [
      ['unknown-user', 2],
      ['over-quota', 1],
      ['refused', 1],
    ],
  },
  {
    domain: 'gmail.com',
    mx: 'gmail-smtp-in.l.google.com',
    ip: '198.51.100.27',
    weight: 16,
    failures: [
      ['rate-limit', 2],
      ['unknown-user', 2],
      ['over-quota', 1],
    ],
  },
  {
    domain: 'outlook.com',
    mx: 'outlook-com.olc.protection.outlook.com',
    ip: '198.51.100.52',
    weight: 8,
    failures: [
      ['unknown-user', 2],
      ['rate-limit', 1],
    ],
  },
  {
    domain: 'yahoo.co.jp',
    mx: 'mx.mail.yahoo.co.jp',
    ip: '198.51.100.80',
    weight: 8,
    failures: [
      ['unknown-user', 2],
      ['greylist', 1],
    ],
  },
  {
    domain: 'example.com',
    mx: 'mx.example.com',
    ip: '203.0.113.10',
    weight: 3,
    failures: [
      ['greylist', 3],
      ['refused', 2],
      ['unknown-user', 1],
    ],
  },
  {
    domain: 'example.jp',
    mx: 'mail.example.jp',
    ip: '203.0.113.20',
    weight: 3,
    failures: [
      ['timeout', 2],
      ['over-quota-temp', 1],
      ['unknown-user', 1],
    ],
  },
];

/** Outcomes that end the message's delivery as a bounce; the others are retried. */
export const PERMANENT: ReadonlySet<OutcomeKind> = new Set(['over-quota', 'unknown-user']);

export interface Attempt {
  /** What the MTA wrote about the attempt. */
  text: string;
  /** The enhanced status code logged with it. */
  dsn: string;
  /** Whether a remote host answered (it is then named as the relay). */
  answered: boolean;
  /** A separate line Postfix writes about the host before the recipient's line, if any. */
  hostLine?: string;
}

/** Postfix's words for one outcome: `said:` for a reply, the client's own for a failure. */
export function postfixAttempt(kind: OutcomeKind, c: Carrier, rcpt: string): Attempt {
  const host = `${c.mx}[${c.ip}]`;
  const said = (reply: string, command = 'RCPT TO') =>
    `host ${host} said: ${reply} (in reply to ${command} command)`;
  switch (kind) {
    case 'reset':
      return {
        text: `lost connection with ${host} while sending RCPT TO`,
        dsn: '4.4.2',
        answered: true,
      };
    case 'timeout': {
      const text = `connect to ${host}:25: Connection timed out`;
      return { text, dsn: '4.4.1', answered: false, hostLine: text };
    }
    case 'greeting-lost':
      return {
        text: `lost connection with ${host} while receiving the initial server greeting`,
        dsn: '4.4.2',
        answered: true,
      };
    case 'rate-limit':
      return {
        text: said(
          `421 4.7.0 Too many messages from this client, rate limit exceeded`,
          'MAIL FROM',
        ),
        dsn: '4.7.0',
        answered: true,
      };
    case 'greylist':
      return {
        text: said(`450 4.7.1 <${rcpt}>: Recipient address rejected: Greylisted, try again later`),
        dsn: '4.7.1',
        answered: true,
      };
    case 'over-quota-temp':
      return {
        text: said(`452 4.2.2 <${rcpt}>: Mailbox full, user is over quota`),
        dsn: '4.2.2',
        answered: true,
      };
    case 'over-quota':
      return {
        text: said(`552 5.2.2 <${rcpt}>: Mailbox full, quota exceeded`, 'end of DATA'),
        dsn: '5.2.2',
        answered: true,
      };
    case 'unknown-user':
      return {
        text: said(`550 5.1.1 <${rcpt}>: Recipient address rejected: User unknown`),
        dsn: '5.1.1',
        answered: true,
      };
    case 'refused': {
      const text = `connect to ${host}:25: Connection refused`;
      return { text, dsn: '4.4.1', answered: false, hostLine: text };
    }
  }
}

/** Sendmail's `stat=` for one outcome. */
export function sendmailStat(kind: OutcomeKind, c: Carrier, rcpt: string): Attempt {
  switch (kind) {
    case 'reset':
      return { text: `Deferred: Connection reset by ${c.mx}.`, dsn: '4.0.0', answered: true };
    case 'timeout':
      return {
        text: `Deferred: Connection timed out with ${c.mx}.`,
        dsn: '4.0.0',
        answered: false,
      };
    case 'greeting-lost':
      return { text: `Deferred: Connection reset by ${c.mx}.`, dsn: '4.0.0', answered: true };
    case 'rate-limit':
      return {
        text: 'Deferred: 421 4.7.0 Too many messages from this client, rate limit exceeded',
        dsn: '4.7.0',
        answered: true,
      };
    case 'greylist':
      return {
        text: `Deferred: 450 4.7.1 <${rcpt}>... Greylisted, try again later`,
        dsn: '4.7.1',
        answered: true,
      };
    case 'over-quota-temp':
      return { text: 'Deferred: 452 4.2.2 Mailbox full', dsn: '4.2.2', answered: true };
    case 'over-quota':
      return { text: 'Service unavailable', dsn: '5.2.2', answered: true };
    case 'unknown-user':
      return { text: 'User unknown', dsn: '5.1.1', answered: true };
    case 'refused':
      return { text: `Deferred: Connection refused by ${c.mx}.`, dsn: '4.0.0', answered: false };
  }
}

/** Exim's words after the transport for a deferral (`==`) or a bounce (`**`). */
export function eximDetail(kind: OutcomeKind, c: Carrier, rcpt: string): Attempt {
  const host = `H=${c.mx} [${c.ip}]`;
  const error = (after: string, reply: string) =>
    `${host}: SMTP error from remote mail server after ${after}: ${reply}`;
  switch (kind) {
    case 'reset':
      return { text: `defer (104): Connection reset by peer ${host}`, dsn: '', answered: true };
    case 'timeout':
      return { text: `defer (110): Connection timed out ${host}`, dsn: '', answered: false };
    case 'greeting-lost':
      return {
        text: `${host}: Remote host closed connection in response to initial connection`,
        dsn: '',
        answered: true,
      };
    case 'rate-limit':
      return {
        text: error(
          'MAIL FROM:<news@sender.example>',
          '421 4.7.0 Too many messages, rate limit exceeded',
        ),
        dsn: '',
        answered: true,
      };
    case 'greylist':
      return {
        text: error(`RCPT TO:<${rcpt}>`, '450 4.7.1 Greylisted, try again later'),
        dsn: '',
        answered: true,
      };
    case 'over-quota-temp':
      return {
        text: error(`RCPT TO:<${rcpt}>`, '452 4.2.2 Mailbox full'),
        dsn: '',
        answered: true,
      };
    case 'over-quota':
      return {
        text: error('end of data', '552 5.2.2 Mailbox full, quota exceeded'),
        dsn: '',
        answered: true,
      };
    case 'unknown-user':
      return {
        text: error(`RCPT TO:<${rcpt}>`, `550 5.1.1 <${rcpt}>: User unknown`),
        dsn: '',
        answered: true,
      };
    case 'refused':
      return { text: `defer (111): Connection refused ${host}`, dsn: '', answered: false };
  }
}
