import { providerOf } from '../core/extract/provider.ts';
import type { RecipientReport } from '../core/types.ts';
import type { KnowledgeEntry } from './types.ts';

/**
 * Ranks the knowledge entries that explain one decoded recipient: the reason guide, the FAQ
 * entries whose triggers match, and the meanings of its status and reply codes.
 */

type Facts = Pick<RecipientReport, 'reason' | 'status' | 'reply' | 'provider' | 'diagnostic'> &
  Partial<Pick<RecipientReport, 'remoteHost' | 'recipient'>>;

/** Points per kind of matching trigger; a phrase names the case most precisely. */
const POINTS = { phrase: 6, reason: 3, status: 2, statusClass: 1, reply: 1 } as const;
/** A provider's own FAQ comes before the general guide when the bounce concerns that provider. */
const SAME_PROVIDER = 4;
/** Another provider's FAQ matched only by a phrase comes after the reason guide. */
const OTHER_PROVIDER = 0.5;
const REASON_GUIDE = 5;
const STATUS_CODE = 1.5;
const REPLY_CODE = 1;

/** `5.1.x` matches `5.1.1` and `x.1.1` matches `4.1.1`; `55x` matches `550`. Lowercase. */
function codeMatches(pattern: string, code: string): boolean {
  const split = (s: string) => (s.includes('.') ? s.split('.') : s.split(''));
  const p = split(pattern);
  const c = split(code);
  return p.length === c.length && p.every((part, i) => part === 'x' || part === c[i]);
}

function statusPoints(patterns: string[], status: string | null): number {
  if (status === null) return 0;
  let best = 0;
  for (const p of patterns) {
    if (p === status) return POINTS.status;
    if (codeMatches(p, status)) best = POINTS.statusClass;
  }
  return best;
}

function triggerPoints(entry: KnowledgeEntry, facts: Facts, diagnostic: string) {
  const t = entry.triggers;
  const ownProvider = entry.provider === undefined || entry.provider === facts.provider;
  const said = (p: string) => diagnostic.includes(p);
  const phrase = t.phrases.some(said) ? POINTS.phrase : 0;
  const symptom = ownProvider && t.symptoms.some(said) ? POINTS.phrase : 0;
  const reason = t.reasons.includes(facts.reason) ? POINTS.reason : 0;
  const status = statusPoints(t.statuses, facts.status?.toLowerCase() ?? null);
  const reply =
    facts.reply !== null && t.replies.some((p) => codeMatches(p, facts.reply ?? ''))
      ? POINTS.reply
      : 0;
  // A reply code or a status class alone (550, 5.x.x) says too little to pick an entry.
  const strong = Math.max(phrase, symptom) + reason + (status === POINTS.status ? status : 0);
  return { phrase, total: strong === 0 ? 0 : Math.max(phrase, symptom) + reason + status + reply };
}

function faqScore(entry: KnowledgeEntry, facts: Facts, diagnostic: string): number {
  const { phrase, total } = triggerPoints(entry, facts, diagnostic);
  if (total === 0) return 0;

  const tieBreak = (entry.priority ?? 0) * 0.1;
  if (entry.provider === undefined) return total + tieBreak;
  if (entry.provider === facts.provider) return total + SAME_PROVIDER + tieBreak;
  // Another provider's rule explains this bounce only when its own words appear in it.
  return phrase > 0 ? Math.min(total * OTHER_PROVIDER, REASON_GUIDE - 1) + tieBreak : 0;
}

/** Code entries are written `X.1.1` for every class; a concrete class code also has its own. */
function codeEntryIds(facts: Facts): [string, number][] {
  const ids: [string, number][] = [];
  const status = facts.status?.toLowerCase();
  if (status !== undefined && /^[245]\.\d+\.\d+$/.test(status)) {
    ids.push([`code-${status}`, STATUS_CODE], [`code-x${status.slice(1)}`, STATUS_CODE]);
    ids.push([`code-${status[0]}.x.x`, STATUS_CODE - 0.5]);
  }
  if (facts.reply !== null && /^\d{3}$/.test(facts.reply))
    ids.push([`code-${facts.reply}`, REPLY_CODE]);
  return ids;
}

/**
 * The report's provider, else the first provider host named in the diagnostic: a bare log line
 * such as "connect to mx.ezweb.ne.jp: Connection timed out" names au's host only in its text.
 */
function providerIn(report: Facts): string | null {
  if (report.provider) return report.provider;
  const named = providerOf(report.remoteHost ?? null) ?? providerOf(report.recipient ?? null);
  if (named !== null) return named;
  for (const [host] of report.diagnostic.matchAll(/[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi)) {
    const found = providerOf(host);
    if (found !== null) return found;
  }
  return null;
}

/** Knowledge ids for one recipient, best first; only ids present in `entries` are returned. */
export function advise(facts: Facts, entries: readonly KnowledgeEntry[]): string[] {
  const report = { ...facts, provider: providerIn(facts) };
  const diagnostic = report.diagnostic.toLowerCase();
  const known = new Set(entries.map((e) => e.id));
  const scored = new Map<string, number>();
  const add = (id: string, score: number) => {
    if (score > 0 && known.has(id) && score > (scored.get(id) ?? 0)) scored.set(id, score);
  };

  add(`reason-${report.reason}`, REASON_GUIDE);
  for (const entry of entries)
    if (entry.kind === 'faq') add(entry.id, faqScore(entry, report, diagnostic));
  for (const [id, score] of codeEntryIds(report)) add(id, score);

  const order = new Map(entries.map((e, i) => [e.id, i]));
  return [...scored]
    .sort((a, b) => b[1] - a[1] || (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
    .map(([id]) => id);
}
