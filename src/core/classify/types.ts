import type { Reason } from '../reasons.ts';
import type { SmtpCommand } from '../types.ts';

/**
 * What extraction found for one recipient: the stage between reading the input and deciding the
 * reason. Every field is as stated by the input, or null.
 */
export interface Facts {
  recipient: string | null;
  /** The server's words for this recipient, whitespace folded. */
  diagnostic: string;
  /** Enhanced status code (RFC 3463) as stated, such as `5.1.1`. */
  status: string | null;
  /** Basic reply code (RFC 5321) as stated, such as `550`. */
  reply: string | null;
  command: SmtpCommand | null;
  /** RFC 3464 Action: failed, delayed, delivered, relayed, expanded. */
  action: string | null;
  /** The type of the Diagnostic-Code field (`smtp`, `x-unix`, …), lowercased. */
  diagnosticType: string | null;
  remoteHost: string | null;
  /** Provider id from the recipient domain or remote host (`au`, `docomo`, `gmail`, …). */
  provider: string | null;
  /** A reason the input's format states outright (an ARF report is `feedback`). */
  reason: Reason | null;
  /**
   * Other human-readable text of the same bounce (the notification's text part), consulted after
   * the diagnostic; empty when there is none or when it concerns several recipients.
   */
  context: string;
}

/**
 * A phrase that servers write: a literal (matched case-insensitively) or a sequence of literals
 * that must appear in this order. Never a regular expression, so matching stays linear.
 */
export type Phrase = string | readonly string[];

export interface PhraseRow {
  phrase: Phrase;
  /** Where the phrase is seen: the MTA, provider or product that writes it. */
  seen: string;
}

/** Where in the facts a match was found. */
export type MatchField = 'diagnostic' | 'context' | 'status' | 'reply' | 'command' | 'format';

export interface Match {
  field: MatchField;
  /** Offset and length inside that field's text. */
  start: number;
  end: number;
}

export interface Verdict {
  reason: Reason;
  /** The id of the rule that decided, such as `phrase:mailboxfull` or `status:5.1.1`. */
  rule: string;
  matches: Match[];
}
