/**
 * A code entry's keywords and status or reply trigger follow from its code alone: the content
 * build writes them (normalise.ts) and the extension's compact copy derives them again
 * (compact.ts) instead of shipping them.
 */

/** `X.1.1` is also searched as `5.1.1` and `4.1.1`, the forms people paste. */
export function codeKeywords(code: string): string[] {
  const lower = code.toLowerCase();
  if (!lower.startsWith('x.')) return [lower];
  return [lower, ...['5', '4', '2'].map((c) => c + lower.slice(1))];
}

/** `550` is a reply code; `X.1.1` a status, its wildcard written `x` as triggers are. */
export function codeTriggers(code: string): { statuses: string[]; replies: string[] } {
  const lower = code.toLowerCase();
  const isReply = /^\d{3}$/.test(lower);
  return {
    statuses: isReply ? [] : [lower.replace(/x+/g, 'x')],
    replies: isReply ? [lower] : [],
  };
}
