import type { Reason } from '../reasons.ts';
import type { SmtpCommand } from '../types.ts';
import { PHRASES as authfailure } from './reasons/authfailure.ts';
import { PHRASES as badreputation } from './reasons/badreputation.ts';
import { PHRASES as blocked } from './reasons/blocked.ts';
import { PHRASES as contenterror } from './reasons/contenterror.ts';
import { PHRASES as exceedlimit } from './reasons/exceedlimit.ts';
import { PHRASES as expired } from './reasons/expired.ts';
import { PHRASES as feedback } from './reasons/feedback.ts';
import { PHRASES as filtered } from './reasons/filtered.ts';
import { PHRASES as hasmoved } from './reasons/hasmoved.ts';
import { PHRASES as hostunknown } from './reasons/hostunknown.ts';
import { PHRASES as mailboxfull } from './reasons/mailboxfull.ts';
import { PHRASES as mailererror } from './reasons/mailererror.ts';
import { PHRASES as mesgtoobig } from './reasons/mesgtoobig.ts';
import { PHRASES as networkerror } from './reasons/networkerror.ts';
import { PHRASES as norelaying } from './reasons/norelaying.ts';
import { PHRASES as notaccept } from './reasons/notaccept.ts';
import { PHRASES as notcompliantrfc } from './reasons/notcompliantrfc.ts';
import { PHRASES as policyviolation } from './reasons/policyviolation.ts';
import { AT_MAIL as rejectedAtMail, PHRASES as rejected } from './reasons/rejected.ts';
import { PHRASES as requireptr } from './reasons/requireptr.ts';
import { PHRASES as securityerror } from './reasons/securityerror.ts';
import {
  CONTENT_REJECTED as contentRejected,
  PHRASES as spamdetected,
} from './reasons/spamdetected.ts';
import { PHRASES as speeding } from './reasons/speeding.ts';
import { PHRASES as suspend } from './reasons/suspend.ts';
import { PHRASES as syntaxerror } from './reasons/syntaxerror.ts';
import { PHRASES as systemerror } from './reasons/systemerror.ts';
import { PHRASES as systemfull } from './reasons/systemfull.ts';
import { PHRASES as toomanyconn } from './reasons/toomanyconn.ts';
import {
  GENERIC as userunknownWords,
  PHRASES as userunknown,
  SPECIFIC as userunknownSpecific,
} from './reasons/userunknown.ts';
import { PHRASES as vacation } from './reasons/vacation.ts';
import { PHRASES as virusdetected } from './reasons/virusdetected.ts';
import type { Facts, PhraseRow } from './types.ts';

/**
 * One reason's phrases, tried over the diagnostic. The step also decides when the status code
 * points to its reason (`byStatus`) or when the reply code is one of `replies`; `when` and
 * `unless` keep it from deciding where the same words mean something else.
 */
export interface PhraseStep {
  kind: 'phrases';
  reason: Reason;
  phrases: readonly PhraseRow[];
  byStatus?: boolean;
  replies?: readonly string[];
  /** Rule id for a phrase match, when not `phrase:<reason>`. */
  rule?: string;
  when?: (facts: Facts) => boolean;
  /** Phrases that, when in the diagnostic, stop this step. */
  unless?: readonly (readonly PhraseRow[])[];
}

/** A reason the facts decide without any phrase: a stage, a reply code, an action. */
export interface DefaultStep {
  kind: 'default';
  reason: Reason;
  rule: string;
  when: (facts: Facts) => boolean;
}

export type Step =
  | { kind: 'format' }
  | { kind: 'delivered' }
  | { kind: 'providers' }
  | PhraseStep
  | { kind: 'status' }
  | { kind: 'context' }
  | DefaultStep;

/** Stages before the message itself was sent: content filters cannot have judged it yet. */
const BEFORE_DATA: ReadonlySet<SmtpCommand> = new Set([
  'CONN',
  'HELO',
  'EHLO',
  'STARTTLS',
  'AUTH',
  'MAIL',
  'RCPT',
]);

const atDataOrUnknown = (f: Facts): boolean => f.command === null || !BEFORE_DATA.has(f.command);
const notAtGreeting = (f: Facts): boolean =>
  f.command !== 'CONN' && f.command !== 'HELO' && f.command !== 'EHLO';
const subjectOf = (f: Facts): string => (f.status ?? '').split('.')[1] ?? '';
const replyIn =
  (low: number, high: number) =>
  (f: Facts): boolean =>
    f.reply !== null && Number(f.reply) >= low && Number(f.reply) <= high;

/**
 * The order in which rules are tried; the first that decides wins. It follows Sisimai's class
 * order: what the format states, then provider texts, then reasons whose words are specific
 * (a full mailbox, a size limit, a suspended account) before the broad ones (blocked, system
 * errors), then the status code alone, then the notification's other text, then what the stage
 * and the reply code imply. Some reasons trust their status code as much as their words
 * (`byStatus`); the others only take a code when no words decided, in the `status` step.
 *
 * "User unknown" needs the most care: it is userunknown with an X.1.1 code or at RCPT, but
 * filtered after DATA, with a mailbox-status code (X.2.X), or with neither stage nor code,
 * because filters answer with the same words (Sisimai 5.1 reads them so).
 */
export const ORDER: readonly Step[] = [
  { kind: 'format' },
  { kind: 'delivered' },
  { kind: 'providers' },
  // A delivery program's failure often quotes a "no such user" from the program itself.
  { kind: 'phrases', reason: 'mailererror', phrases: mailererror },
  { kind: 'phrases', reason: 'feedback', phrases: feedback },
  // "Insufficient disk space" is the whole system's disk; before the mailbox's own quota.
  { kind: 'phrases', reason: 'systemfull', phrases: systemfull },
  { kind: 'phrases', reason: 'mailboxfull', phrases: mailboxfull, byStatus: true },
  { kind: 'phrases', reason: 'mesgtoobig', phrases: mesgtoobig, byStatus: true },
  { kind: 'phrases', reason: 'exceedlimit', phrases: exceedlimit, byStatus: true },
  // RFC 5321 names no 525; servers use it with 5.7.13 "User account disabled" (RFC 4954).
  { kind: 'phrases', reason: 'suspend', phrases: suspend, replies: ['525'] },
  { kind: 'phrases', reason: 'hasmoved', phrases: hasmoved },
  { kind: 'phrases', reason: 'norelaying', phrases: norelaying, when: notAtGreeting },
  { kind: 'phrases', reason: 'authfailure', phrases: authfailure, byStatus: true },
  { kind: 'phrases', reason: 'requireptr', phrases: requireptr, byStatus: true },
  { kind: 'phrases', reason: 'notaccept', phrases: notaccept },
  // X.1.1 is trusted unless the words say the refusal was about the sender or its host.
  {
    kind: 'phrases',
    reason: 'userunknown',
    phrases: [],
    byStatus: true,
    unless: [blocked, rejected, speeding, norelaying, hostunknown, filtered],
  },
  { kind: 'phrases', reason: 'filtered', phrases: filtered, unless: [spamdetected] },
  // "User unknown" with a mailbox-status code (5.2.x) is a per-recipient filter's refusal,
  // unless it came at RCPT, where Sisimai 5.1 takes the words over the code.
  {
    kind: 'phrases',
    reason: 'filtered',
    phrases: userunknown,
    rule: 'status-phrase:filtered',
    when: (f) => subjectOf(f) === '2' && f.command !== 'RCPT',
  },
  // After DATA the recipient was already accepted, so "user unknown" there is a filter.
  {
    kind: 'phrases',
    reason: 'filtered',
    phrases: userunknown,
    rule: 'phrase:filtered-after-data',
    when: (f) => f.command === 'DATA',
  },
  // The bare words with neither a stage nor a precise code nor more specific words: Sisimai 5.1
  // calls these filtered, since carriers' filters (au, docomo and others) answer the same way.
  // Known gap: a server that truly has no such mailbox and says only this is reported filtered;
  // the stage (RCPT) or an X.1.1 code, when the input states them, gives userunknown.
  {
    kind: 'phrases',
    reason: 'filtered',
    phrases: userunknownWords,
    rule: 'phrase:filtered-unstaged',
    when: (f) => f.command === null && !isPrecise(f.status),
    unless: [userunknownSpecific],
  },
  {
    kind: 'phrases',
    reason: 'userunknown',
    phrases: userunknown,
    when: (f) => f.command !== 'MAIL',
    unless: [rejected],
  },
  { kind: 'phrases', reason: 'notcompliantrfc', phrases: notcompliantrfc },
  { kind: 'phrases', reason: 'badreputation', phrases: badreputation },
  {
    kind: 'phrases',
    reason: 'contenterror',
    phrases: contenterror,
    byStatus: true,
    unless: [spamdetected],
  },
  { kind: 'phrases', reason: 'rejected', phrases: rejected, byStatus: true },
  {
    kind: 'phrases',
    reason: 'rejected',
    phrases: rejectedAtMail,
    rule: 'phrase:rejected-at-mail',
    when: (f) => f.command === 'MAIL',
  },
  {
    kind: 'phrases',
    reason: 'hostunknown',
    phrases: hostunknown,
    byStatus: true,
    // At HELO an "invalid domain" is the client's own name, not the recipient's domain.
    when: notAtGreeting,
    unless: [networkerror],
  },
  // Before spam: scanners that name a virus often mention spam in the same breath.
  { kind: 'phrases', reason: 'virusdetected', phrases: virusdetected },
  {
    kind: 'phrases',
    reason: 'spamdetected',
    phrases: [...spamdetected, ...contentRejected],
    byStatus: true,
    when: atDataOrUnknown,
  },
  { kind: 'phrases', reason: 'policyviolation', phrases: policyviolation },
  { kind: 'phrases', reason: 'speeding', phrases: speeding },
  { kind: 'phrases', reason: 'toomanyconn', phrases: toomanyconn, byStatus: true },
  { kind: 'phrases', reason: 'blocked', phrases: blocked, byStatus: true },
  { kind: 'phrases', reason: 'systemerror', phrases: systemerror },
  { kind: 'phrases', reason: 'networkerror', phrases: networkerror },
  { kind: 'phrases', reason: 'expired', phrases: expired },
  { kind: 'phrases', reason: 'securityerror', phrases: securityerror },
  { kind: 'phrases', reason: 'syntaxerror', phrases: syntaxerror },
  { kind: 'phrases', reason: 'vacation', phrases: vacation },
  { kind: 'status' },
  { kind: 'context' },
  { kind: 'default', reason: 'mailererror', rule: 'type:x-unix', when: isUnixType },
  // RFC 5321: 521 and 556 say the host or domain accepts no mail (RFC 7504).
  { kind: 'default', reason: 'notaccept', rule: 'reply:521', when: replyIn(521, 521) },
  { kind: 'default', reason: 'notaccept', rule: 'reply:556', when: replyIn(556, 556) },
  // RFC 5321: 551 "User not local; please try <forward-path>".
  { kind: 'default', reason: 'hasmoved', rule: 'reply:551', when: replyIn(551, 551) },
  // RFC 5321 4.2.4: 500-504 answer a command the server could not parse or did not expect.
  { kind: 'default', reason: 'syntaxerror', rule: 'reply:50x', when: replyIn(500, 504) },
  { kind: 'default', reason: 'expired', rule: 'action:delayed', when: isDelayed },
  { kind: 'default', reason: 'blocked', rule: 'command:CONN', when: commandIs('CONN') },
  { kind: 'default', reason: 'blocked', rule: 'command:HELO', when: commandIs('HELO') },
  { kind: 'default', reason: 'blocked', rule: 'command:EHLO', when: commandIs('EHLO') },
  { kind: 'default', reason: 'rejected', rule: 'command:MAIL', when: commandIs('MAIL') },
];

/** A status code that says more than its class: not X.0.0. */
function isPrecise(status: string | null): boolean {
  return !!status && !/^\d\.0\.0$/.test(status);
}

function isUnixType(f: Facts): boolean {
  return f.diagnosticType === 'x-unix';
}

function isDelayed(f: Facts): boolean {
  return f.action === 'delayed' || f.action === 'expired';
}

function commandIs(command: SmtpCommand) {
  return (f: Facts): boolean => f.command === command;
}
