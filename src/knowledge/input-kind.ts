/**
 * Tells a pasted error from a typed question, so that one input box can both decode bounces and
 * search the knowledge base. Both can be true: "550 5.1.1 とは?" is decoded and searched.
 */

/** Marks of a server's or MTA's own words; each alone is enough. */
const ERROR_MARKS: readonly RegExp[] = [
  /(?:^|\s)[245]\d\d[ -][^\n]*[a-z]/im, // an SMTP reply line: "550 5.1.1 <x@y>: user unknown"
  /(?<![\d.])[245]\.\d{1,3}\.\d{1,3}(?![\d.])/, // an enhanced status code (RFC 3463)
  /^(?:diagnostic-code|final-recipient|status|action|remote-mta|reporting-mta):/im, // RFC 3464
  /\b(?:status=(?:bounced|deferred)|dsn=\d|said:|relay=)/i, // Postfix log lines
  /\b(?:connection (?:reset|refused|timed out)|lost connection|timed out|host not found)\b/i,
  /\b(?:not delivered|not responding|delivery (?:has )?failed|could not be delivered)\b/i,
  /\b(?:mail delivery (?:failed|subsystem)|undeliver(?:ed|able)|returned mail|delivery status)\b/i,
  /\b(?:user unknown|mailbox (?:full|unavailable)|over quota|account is (?:disabled|temporarily))/i,
  /(?:^|\n)(?:received|return-path|from|to|subject|message-id):\s.+\n/i, // a pasted header
];

const QUESTION_MARKS: readonly RegExp[] = [
  /[?？]\s*$/,
  /(?:ですか|ますか|でしょうか|ませんか|のか|か[。.]?)\s*$/,
  /(?:どう|なぜ|何|なに|いつ|どこ|どれ|どの|誰|教えて|知りたい|とは|って)/,
  /^(?:how|why|what|when|where|which|who|can|could|should|is|are|do|does|will)\b/i,
];

export function looksLikeError(text: string): boolean {
  return ERROR_MARKS.some((mark) => mark.test(text));
}

export function isQuestionLike(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.split('\n').length > 3) return false;
  return QUESTION_MARKS.some((mark) => mark.test(trimmed)) || !looksLikeError(trimmed);
}
