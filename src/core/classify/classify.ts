import { isReason, type Reason } from '../reasons.ts';
import { ORDER, type DefaultStep, type PhraseStep, type Step } from './order.ts';
import { LiteralIndex } from './literal-index.ts';
import { Matcher, prepare, toSource, type Found, type Prepared } from './phrase.ts';
import { PROVIDER_TABLES } from './providers/index.ts';
import type { ProviderTable } from './providers/provider.ts';
import { reasonOfStatus } from './status-codes.ts';
import type { Facts, Match, MatchField, PhraseRow, Verdict } from './types.ts';

/** Reasons a format may state but that say nothing: a later rule may still decide. */
const UNDECIDED: ReadonlySet<Reason> = new Set(['onhold', 'undefined']);

let matcher: Matcher | null = null;

/** Every literal of the tables, indexed on first use so that importing the core stays cheap. */
function tables(): Matcher {
  matcher ??= new Matcher(new LiteralIndex(tableLiterals()));
  return matcher;
}

function* tableLiterals(): Generator<string> {
  const rows: PhraseRow[] = PROVIDER_TABLES.flatMap((table) => table.rows);
  for (const step of ORDER) {
    if (step.kind === 'phrases') rows.push(...step.phrases, ...(step.unless ?? []).flat());
  }
  for (const row of rows) yield* typeof row.phrase === 'string' ? [row.phrase] : row.phrase;
}

interface Texts {
  diagnostic: Prepared;
  context: Prepared | null;
}

/**
 * Decides Sisimai's reason for one recipient by trying the rules of `ORDER` in turn. Pure and
 * linear in the length of the texts; it never throws on any facts.
 */
export function classify(facts: Facts): Verdict {
  const texts: Texts = {
    diagnostic: prepare(facts.diagnostic ?? ''),
    context: facts.context ? prepare(facts.context) : null,
  };

  for (const step of ORDER) {
    const verdict = tryStep(step, facts, texts);
    if (verdict) return verdict;
  }

  const reason = texts.diagnostic.text.trim() === '' ? 'undefined' : 'onhold';
  return { reason, rule: reason, matches: [] };
}

function tryStep(step: Step, facts: Facts, texts: Texts): Verdict | null {
  switch (step.kind) {
    case 'format':
      return byFormat(facts);
    case 'delivered':
      return byDelivery(facts);
    case 'providers': {
      const tables = applicable(facts);
      return (
        byProvider(tables, facts, texts.diagnostic, 'diagnostic') ??
        (texts.context ? byProvider(tables, facts, texts.context, 'context') : null)
      );
    }
    case 'phrases':
      return byPhraseStep(step, facts, texts.diagnostic);
    case 'status':
      return byStatus(facts);
    case 'context':
      return texts.context ? byContext(facts, texts.context) : null;
    case 'default':
      return byDefault(step, facts);
  }
}

function byFormat(facts: Facts): Verdict | null {
  if (!facts.reason || !isReason(facts.reason) || UNDECIDED.has(facts.reason)) return null;
  return { reason: facts.reason, rule: 'format', matches: [whole('format', 0)] };
}

function byDelivery(facts: Facts): Verdict | null {
  const delivered = facts.status?.startsWith('2.') || facts.action === 'delivered';
  if (!delivered) return null;
  const matches = facts.status ? [whole('status', facts.status.length)] : [];
  return { reason: 'delivered', rule: 'delivered', matches };
}

/**
 * A provider's own texts, in the diagnostic first and then in the notification around it: au
 * states a full mailbox or a disabled account in the notice text, not in the SMTP reply.
 */
function byProvider(
  applicable: readonly ProviderTable[],
  facts: Facts,
  text: Prepared,
  field: MatchField,
): Verdict | null {
  for (const table of applicable) {
    const hit = tables().firstRow(text, table.rows, (i) => {
      const row = table.rows[i]!;
      if (row.command && row.command !== facts.command) return false;
      if (row.status && row.status !== facts.status) return false;
      return !(row.unlessPreciseStatus && isPrecise(facts.status));
    });
    if (!hit) continue;
    const rule = field === 'context' ? `provider-context:${table.id}` : `provider:${table.id}`;
    return { reason: table.rows[hit.row]!.reason, rule, matches: [at(text, hit.found, field)] };
  }
  return null;
}

/** A status code whose subject or detail says something: not X.0.X. */
function isPrecise(status: string | null): boolean {
  return !!status && !status.includes('.0');
}

/** The provider tables that apply to these facts, in their order. */
function applicable(facts: Facts): ProviderTable[] {
  const host = facts.remoteHost?.toLowerCase().replace(/\.$/, '');
  return PROVIDER_TABLES.filter((table) => applies(table, facts, host));
}

function applies(table: ProviderTable, facts: Facts, host: string | undefined): boolean {
  if (table.anywhere) return true;
  if (facts.provider && table.providers.includes(facts.provider)) return true;
  return !!host && table.hosts.some((suffix) => host.endsWith(suffix));
}

function byPhraseStep(step: PhraseStep, facts: Facts, diagnostic: Prepared): Verdict | null {
  if (step.when && !step.when(facts)) return null;
  if (step.unless?.some((rows) => anyMatch(diagnostic, rows))) return null;

  if (step.byStatus && facts.status && reasonOfStatus(facts.status) === step.reason) {
    const matches = [whole('status', facts.status.length)];
    return { reason: step.reason, rule: `status:${facts.status}`, matches };
  }
  if (step.replies && facts.reply && step.replies.includes(facts.reply)) {
    const matches = [whole('reply', facts.reply.length)];
    return { reason: step.reason, rule: `reply:${facts.reply}`, matches };
  }

  const found = firstMatch(diagnostic, step.phrases);
  if (!found) return null;
  return { reason: step.reason, rule: step.rule ?? `phrase:${step.reason}`, matches: [found] };
}

function byStatus(facts: Facts): Verdict | null {
  const reason = reasonOfStatus(facts.status);
  if (!reason || !facts.status) return null;
  return {
    reason,
    rule: `status:${facts.status}`,
    matches: [whole('status', facts.status.length)],
  };
}

/** The notification's other text, read with the same phrase tables but no codes. */
function byContext(facts: Facts, context: Prepared): Verdict | null {
  for (const step of ORDER) {
    if (step.kind !== 'phrases' || step.phrases.length === 0) continue;
    if (step.when && !step.when(facts)) continue;
    if (step.unless?.some((rows) => anyMatch(context, rows))) continue;
    const found = firstMatch(context, step.phrases, 'context');
    if (found) return { reason: step.reason, rule: `context:${step.reason}`, matches: [found] };
  }
  return null;
}

/** A default names the fact that decided in its rule id: `reply:…` or `command:…`. */
function byDefault(step: DefaultStep, facts: Facts): Verdict | null {
  if (!step.when(facts)) return null;
  const matches: Match[] = [];
  if (step.rule.startsWith('reply:') && facts.reply) {
    matches.push(whole('reply', facts.reply.length));
  }
  if (step.rule.startsWith('command:') && facts.command) {
    matches.push(whole('command', facts.command.length));
  }
  return { reason: step.reason, rule: step.rule, matches };
}

function firstMatch(
  text: Prepared,
  rows: readonly PhraseRow[],
  field: MatchField = 'diagnostic',
): Match | null {
  const hit = tables().firstRow(text, rows);
  return hit && at(text, hit.found, field);
}

function anyMatch(text: Prepared, rows: readonly PhraseRow[]): boolean {
  return tables().firstRow(text, rows) !== null;
}

/** A match in the prepared text, as offsets of the field's own text. */
function at(text: Prepared, found: Found, field: MatchField): Match {
  const { start, end } = toSource(text, found);
  return { field, start, end };
}

function whole(field: MatchField, length: number): Match {
  return { field, start: 0, end: length };
}
