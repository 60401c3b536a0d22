/**
 * The explain page's address carries the text to explain in its fragment (`#text=…`), so that an
 * explanation can be reloaded or bookmarked and the text never leaves the browser: a fragment is
 * not sent to any server. The address is untrusted input: anyone can craft such a link.
 */

/** Longer fragments are cut: a selection this long is a whole mailbox, not one error. */
export const MAX_URL_TEXT = 100_000;

export type UrlText = { ok: true; text: string } | { ok: false };

export function explainHash(text: string): string {
  return `#text=${encodeURIComponent(text.slice(0, MAX_URL_TEXT))}`;
}

/** Reads `#text=` from a location hash; a malformed escape is reported, never thrown. */
export function textFromHash(hash: string): UrlText {
  const raw = hash
    .replace(/^#/, '')
    .split('&')
    .find((part) => part.startsWith('text='));
  if (raw === undefined) return { ok: true, text: '' };

  try {
    return { ok: true, text: decodeURIComponent(raw.slice(5)).slice(0, MAX_URL_TEXT) };
  } catch {
    return { ok: false };
  }
}
