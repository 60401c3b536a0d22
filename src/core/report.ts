import type { Facts, Match, Verdict } from './classify/types.ts';
import type { Reason } from './reasons.ts';
import type { Evidence, Permanence, RecipientReport } from './types.ts';

/** Reasons that stay true however often the sender retries. */
const HARD: ReadonlySet<Reason> = new Set(['userunknown', 'hostunknown', 'hasmoved', 'notaccept']);

/**
 * A hard bounce in Sisimai's sense: the address itself is wrong (no such user, no such domain,
 * moved, a domain that takes no mail), so it belongs off every list, whatever the reply class.
 */
export function isHardBounce(reason: Reason): boolean {
  return HARD.has(reason);
}

/** Reasons whose cause passes with time, for a failure that states no code at all. */
const SOFT: ReadonlySet<Reason> = new Set([
  'mailboxfull',
  'toomanyconn',
  'speeding',
  'systemfull',
  'expired',
  'networkerror',
  'onhold',
  'blocked',
]);

/** Not a failure at all: nothing to retry. */
const NOT_FAILURES: ReadonlySet<Reason> = new Set(['delivered', 'feedback', 'vacation']);

/**
 * Whether the failure as reported is final: permanent when the address itself is wrong
 * (Sisimai's hard bounces) or the server answered 5xx, transient when it answered 4xx or the
 * delivery is still being retried. Whether to try again later is the reason guide's advice, not
 * this: a full mailbox answered with 552 is a permanent failure of that message, and worth
 * sending again once the mailbox has room.
 */
export function permanenceOf(facts: Facts, reason: Reason): Permanence {
  if (NOT_FAILURES.has(reason)) return 'unknown';
  if (HARD.has(reason)) return 'permanent';
  if (facts.action === 'delayed') return 'transient';
  const first = facts.status?.[0] ?? facts.reply?.[0];
  if (first === '5') return 'permanent';
  if (first === '4') return 'transient';
  if (SOFT.has(reason)) return 'transient';
  return 'unknown';
}

/** The subject and detail (RFC 3463) each reason usually goes with, for an unstated status. */
const TYPICAL_STATUS: Partial<Record<Reason, string>> = {
  userunknown: '1.1',
  hostunknown: '1.2',
  hasmoved: '1.6',
  mailboxfull: '2.2',
  exceedlimit: '2.3',
  suspend: '2.1',
  mesgtoobig: '3.4',
  systemfull: '3.1',
  networkerror: '4.0',
  expired: '4.7',
  toomanyconn: '4.5',
  notaccept: '1.10',
  norelaying: '7.1',
  rejected: '7.1',
  blocked: '7.1',
  policyviolation: '7.1',
  spamdetected: '7.1',
  virusdetected: '7.1',
  securityerror: '7.0',
  authfailure: '7.26',
  requireptr: '7.25',
  contenterror: '6.0',
  syntaxerror: '5.2',
  systemerror: '3.0',
  mailererror: '3.0',
  speeding: '7.0',
  delivered: '0.0',
};

/**
 * Failures of the connection itself, with no reply at all: RFC 3463 X.4.1 (no answer from host)
 * and X.4.2 (bad connection) say more than any reason's usual code.
 */
const CONNECTION_STATUS: ReadonlyArray<readonly [RegExp, string]> = [
  [/timed out|timeout|no response|not responding|refused/i, '4.1'],
  [/reset|lost connection|broken pipe|connection closed/i, '4.2'],
];

/** An enhanced status code inferred from the reason and whether the failure is permanent. */
function inferStatus(facts: Facts, reason: Reason, permanence: Permanence): string | null {
  const connection = facts.reply
    ? undefined
    : CONNECTION_STATUS.find(([pattern]) => pattern.test(facts.diagnostic))?.[1];
  const typical = connection ?? TYPICAL_STATUS[reason];
  if (!typical) return null;
  if (reason === 'delivered') return '2.0.0';
  const cls = permanence === 'transient' ? '4' : permanence === 'permanent' ? '5' : null;
  return cls ? `${cls}.${typical}` : null;
}

/**
 * How far past a recipient's own place the finder looks for its evidence before it falls back to
 * the first occurrence in the whole text: a recipient's record is a few lines long.
 */
const WINDOW = 16 * 1024;

/**
 * Finds spans of the input for what decided: phrases first, then the codes and the host. Each
 * recipient's evidence is looked for from where that recipient is named, so that two recipients
 * with the same code each point at their own lines. First occurrences are cached per needle:
 * a report of a thousand recipients repeats the same few codes and phrases.
 */
export class EvidenceFinder {
  private lower: string | null = null;
  private readonly first = new Map<string, number>();

  constructor(private readonly text: string) {}

  /** Where a recipient is first named, to start its search from; 0 when it is not. */
  placeOf(recipient: string | null): number {
    if (!recipient) return 0;
    return Math.max(0, this.firstIndex(recipient.toLowerCase()));
  }

  find(facts: Facts, matches: Match[], from = 0): Evidence[] {
    const found: Evidence[] = [];
    for (const match of matches) {
      const source = match.field === 'context' ? facts.context : facts.diagnostic;
      if (match.field !== 'diagnostic' && match.field !== 'context') continue;
      this.add(found, 'phrase', source.slice(match.start, match.end), from);
    }
    if (facts.status) this.add(found, 'status', facts.status, from);
    if (facts.reply) this.add(found, 'reply', facts.reply, from);
    if (facts.remoteHost) this.add(found, 'host', facts.remoteHost, from);
    return found;
  }

  private add(found: Evidence[], role: Evidence['role'], needle: string, from: number): void {
    if (needle.trim() === '') return;
    const lowerNeedle = needle.toLowerCase();
    const at = this.locate(lowerNeedle, from);
    if (at < 0) return;
    const text = this.text.slice(at, at + needle.length);
    if (text.toLowerCase() !== lowerNeedle) return;
    found.push({ role, start: at, end: at + needle.length, text });
  }

  private locate(needle: string, from: number): number {
    if (from > 0) {
      const near = this.lowered()
        .slice(from, from + WINDOW)
        .indexOf(needle);
      if (near >= 0) return from + near;
    }
    return this.firstIndex(needle);
  }

  private firstIndex(needle: string): number {
    let at = this.first.get(needle);
    if (at === undefined) {
      at = this.lowered().indexOf(needle);
      this.first.set(needle, at);
    }
    return at;
  }

  private lowered(): string {
    this.lower ??= this.text.toLowerCase();
    return this.lower;
  }
}

export function toReport(facts: Facts, verdict: Verdict, evidence: Evidence[]): RecipientReport {
  const permanence = permanenceOf(facts, verdict.reason);
  const inferred = facts.status ? null : inferStatus(facts, verdict.reason, permanence);
  return {
    recipient: facts.recipient,
    reason: verdict.reason,
    status: facts.status ?? inferred,
    statusInferred: inferred !== null,
    reply: facts.reply,
    command: facts.command,
    remoteHost: facts.remoteHost,
    provider: facts.provider,
    permanence,
    action: facts.action,
    diagnostic: facts.diagnostic,
    rule: verdict.rule,
    evidence,
    faq: [],
  };
}
