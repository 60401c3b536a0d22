/**
 * A diagnostic with what changes from line to line masked, so that the thousand deferrals that
 * differ only in the address, the IP address or a queue id share one classification. Reply and
 * status codes (`421`, `4.7.0`) stay: they decide reasons. Host names stay too: provider rules
 * match them.
 */
const MASKS: ReadonlyArray<readonly [RegExp, string]> = [
  // Addresses, with or without angle brackets.
  [/[^\s<>()[\]"',;:]{1,64}@[a-z0-9.-]{1,253}/gi, '@'],
  // IPv4 and IPv6 literals.
  [/\b\d{1,3}(?:\.\d{1,3}){3}\b/g, '#ip'],
  [/\b[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\b/gi, '#ip'],
  // Queue ids, session ids and tracking tokens: a word of 8 or more with both letters and digits.
  [/\b(?=[a-z]{0,40}\d)(?=\d{0,40}[a-z])[a-z0-9]{8,}\b/gi, '#id'],
  // Counts, sizes, ports and times: four digits or more.
  [/\d{4,}/g, '#n'],
];

export function maskDiagnostic(text: string): string {
  let masked = text;
  for (const [pattern, replacement] of MASKS) masked = masked.replace(pattern, replacement);
  return masked;
}
