import { fold, splitLines } from '../text.ts';

/** The per-recipient fields of a delivery status notification (RFC 3464 section 2.3). */
export interface DsnRecord {
  finalRecipient: string | null;
  originalRecipient: string | null;
  action: string | null;
  status: string | null;
  remoteMta: string | null;
  diagnosticType: string | null;
  diagnostic: string | null;
  /** Per-message fields that apply to every recipient (RFC 3464 section 2.2). */
  reportingMta: string | null;
}

const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,40})\s*:\s?(.*)$/;

/** Field names lowercased, as RFC 3464 and its common extensions spell them. */
type Fields = Map<string, string>;

/**
 * Reads the recipient records of a `message/delivery-status` body. Also reads such fields when
 * they stand in a text body, as some MTAs print them there. A record starts at a blank line or
 * at a second Final-Recipient field, since some reports omit the blank line between recipients.
 */
export function parseDsn(text: string): DsnRecord[] {
  const blocks: Fields[] = [new Map()];
  let last: string | null = null;

  for (const { text: line } of splitLines(text)) {
    if (line.trim() === '') {
      if (blocks[blocks.length - 1]!.size > 0) blocks.push(new Map());
      last = null;
      continue;
    }
    const current = blocks[blocks.length - 1]!;
    if (/^[ \t]/.test(line) && last) {
      current.set(last, `${current.get(last)} ${line.trim()}`);
      continue;
    }
    const m = FIELD.exec(line);
    if (!m) {
      last = null;
      continue;
    }
    const name = m[1]!.toLowerCase();
    if (name === 'final-recipient' && current.has('final-recipient')) {
      blocks.push(new Map([[name, m[2]!]]));
    } else if (!current.has(name)) {
      current.set(name, m[2]!);
    }
    last = name;
  }

  return toRecords(blocks);
}

function toRecords(blocks: Fields[]): DsnRecord[] {
  let reportingMta: string | null = null;
  const records: DsnRecord[] = [];

  for (const block of blocks) {
    if (block.has('reporting-mta')) reportingMta = typed(block.get('reporting-mta')).value;
    const isRecipient =
      block.has('final-recipient') ||
      block.has('original-recipient') ||
      (block.has('action') && block.has('status'));
    if (!isRecipient) continue;

    const diagnostic = typed(block.get('diagnostic-code'));
    records.push({
      finalRecipient: address(block.get('final-recipient')),
      originalRecipient: address(block.get('original-recipient')),
      action: block.get('action')?.trim().toLowerCase() || null,
      status: block.get('status')?.trim() || null,
      remoteMta: typed(block.get('remote-mta')).value,
      diagnosticType: diagnostic.type,
      diagnostic: diagnostic.value,
      reportingMta,
    });
  }
  return records;
}

/** Splits `type; value` (RFC 3464 section 2.1.2), the type lowercased. */
function typed(raw: string | undefined): { type: string | null; value: string | null } {
  if (raw === undefined) return { type: null, value: null };
  const semi = raw.indexOf(';');
  const type = semi >= 0 ? raw.slice(0, semi).trim().toLowerCase() : null;
  const value = fold(semi >= 0 ? raw.slice(semi + 1) : raw);
  return { type, value: value || null };
}

function address(raw: string | undefined): string | null {
  const value = typed(raw).value;
  if (!value) return null;
  const bare = value.replace(/^<|>$/g, '').trim().toLowerCase();
  return bare.includes('@') ? bare : null;
}
