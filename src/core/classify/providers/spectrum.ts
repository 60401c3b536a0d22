import type { Reason } from '../../reasons.ts';
import type { ProviderRow, ProviderTable } from './provider.ts';

/**
 * Spectrum (Charter) ends a refusal with `AUP#I` (inbound) or `AUP#O` (outbound) and a number,
 * from https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes. The
 * numbers go in tens; a range below covers every code in it.
 */
const RANGES: ReadonlyArray<readonly [number, number, Reason, string]> = [
  [1000, 1000, 'blocked', 'IP blocked for suspicious activity'],
  [1010, 1080, 'rejected', 'sending account blocked or limited'],
  [1090, 1090, 'systemerror', 'cannot be processed now'],
  [1100, 1150, 'requireptr', 'no full-circle reverse DNS'],
  [1160, 1190, 'policyviolation', "against the domain's security policies"],
  [1200, 1250, 'blocked', 'IP listed by Cloudmark CSI or Spamhaus'],
  [1260, 1260, 'networkerror', 'IPv6 not accepted'],
  [1300, 1340, 'toomanyconn', 'too many connections'],
  [1350, 1490, 'speeding', 'too many messages or recipients'],
  [1500, 1520, 'rejected', 'sending as another address or domain'],
  [1530, 1530, 'mesgtoobig', 'over the 20 MB limit'],
  [1540, 1550, 'speeding', 'too many messages per session or recipients'],
  [1560, 1560, 'policyviolation', 'too many invalid recipients'],
  [1580, 1580, 'speeding', 'too many recipients in a short time'],
];

const rows: ProviderRow[] = RANGES.flatMap(([low, high, reason, meaning]) => {
  const codes: number[] = [];
  for (let code = low; code <= high; code += 10) codes.push(code);
  // Written both as AUP#I1000 and as AUP#I-1000.
  return codes.flatMap((code) =>
    ['i', 'o', 'i-', 'o-'].map((way) => ({
      phrase: `aup#${way}${code}`,
      reason,
      seen: `Spectrum AUP#${way.toUpperCase()}${code}: ${meaning}`,
    })),
  );
});

export const SPECTRUM: ProviderTable = {
  id: 'spectrum',
  providers: ['spectrum'],
  hosts: ['.charter.net', '.spectrum.net'],
  anywhere: true,
  rows,
};
