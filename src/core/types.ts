import type { Reason } from './reasons.ts';

/** What the decoder recognised the input as. */
export type InputKind = 'message' | 'bounce-text' | 'log' | 'reply' | 'none';

/** The SMTP stage at which delivery failed; `CONN` is the connection itself. */
export type SmtpCommand = 'CONN' | 'HELO' | 'EHLO' | 'STARTTLS' | 'AUTH' | 'MAIL' | 'RCPT' | 'DATA';

export type Permanence = 'permanent' | 'transient' | 'unknown';

/** A span of `DecodeResult.text`, as UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Why a span was highlighted: the part it played in the decision. */
export type EvidenceRole = 'phrase' | 'status' | 'reply' | 'host' | 'recipient';

export interface Evidence extends Span {
  role: EvidenceRole;
  /** The input's text at the span. */
  text: string;
}

/** One bounced (or delayed, or delivered) recipient. */
export interface RecipientReport {
  recipient: string | null;
  reason: Reason;
  /** Enhanced status code (RFC 3463), such as `5.1.1`. */
  status: string | null;
  /** True when `status` was not stated but inferred from the reason or the reply code. */
  statusInferred: boolean;
  /** Basic SMTP reply code (RFC 5321), such as `550`. */
  reply: string | null;
  command: SmtpCommand | null;
  remoteHost: string | null;
  /** Provider id (`au`, `docomo`, `gmail`, …) from the recipient domain or the remote host. */
  provider: string | null;
  permanence: Permanence;
  /** RFC 3464 Action, when stated: failed, delayed, delivered, relayed, expanded. */
  action: string | null;
  /** The server's own words, whitespace folded. */
  diagnostic: string;
  /** The id of the rule that decided the reason, such as `phrase:mailboxfull`. */
  rule: string;
  /** Spans of `DecodeResult.text` that decided the reason. */
  evidence: Evidence[];
  /** Knowledge-entry ids, best first. */
  faq: string[];
}

/** Something the decoder wants the caller to know about the input as a whole. */
export interface Notice {
  code:
    'input-truncated' | 'lines-truncated' | 'recipients-truncated' | 'mime-error' | 'not-a-bounce';
  /** Figures that go with the notice, such as the limit and the size seen. */
  detail?: Record<string, number | string>;
}

export interface DecodeResult {
  kind: InputKind;
  /** The text the evidence offsets refer to: the input itself, or its bytes read as text. */
  text: string;
  recipients: RecipientReport[];
  notices: Notice[];
}
