import type { DecodeResult, Evidence, Notice, RecipientReport } from '../core/index.ts';

/** One line of `decode --json`: a recipient, or the whole input when no recipient was found. */
export interface JsonLine {
  file: string;
  kind: DecodeResult['kind'];
  recipient: string | null;
  /** Null when there is no recipient to give a reason for (not a bounce, or none found). */
  reason: RecipientReport['reason'] | null;
  status: string | null;
  statusInferred: boolean;
  reply: string | null;
  command: RecipientReport['command'];
  remoteHost: string | null;
  provider: string | null;
  permanence: RecipientReport['permanence'] | null;
  action: string | null;
  diagnostic: string | null;
  rule: string | null;
  faq: string[];
  evidence: Evidence[];
  notices: Notice[];
}

/** The JSON lines for one input, in the order of its recipients; never an empty list. */
export function toJsonLines(file: string, result: DecodeResult): JsonLine[] {
  const { kind, notices } = result;
  if (result.recipients.length === 0) return [{ file, kind, ...noRecipient(), notices }];

  return result.recipients.map((report) => ({
    file,
    kind,
    recipient: report.recipient,
    reason: report.reason,
    status: report.status,
    statusInferred: report.statusInferred,
    reply: report.reply,
    command: report.command,
    remoteHost: report.remoteHost,
    provider: report.provider,
    permanence: report.permanence,
    action: report.action,
    diagnostic: report.diagnostic,
    rule: report.rule,
    faq: report.faq,
    evidence: report.evidence,
    notices,
  }));
}

function noRecipient(): Omit<JsonLine, 'file' | 'kind' | 'notices'> {
  return {
    recipient: null,
    reason: null,
    status: null,
    statusInferred: false,
    reply: null,
    command: null,
    remoteHost: null,
    provider: null,
    permanence: null,
    action: null,
    diagnostic: null,
    rule: null,
    faq: [],
    evidence: [],
  };
}

export function formatJsonLines(file: string, result: DecodeResult): string {
  return toJsonLines(file, result)
    .map((line) => `${JSON.stringify(line)}\n`)
    .join('');
}
