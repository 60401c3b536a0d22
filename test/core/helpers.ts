import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { DecodeResult, RecipientReport } from '../../src/core/index.ts';

/** A fixture's bytes, as a mail client would save them. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
}

/** An ASCII or UTF-8 fixture as text, for tests that rewrite its line ends. */
export function fixtureText(name: string): string {
  return new TextDecoder('utf-8').decode(fixture(name));
}

/** Every evidence span names text that is really at its offsets in `result.text`. */
export function expectEvidenceInText(result: DecodeResult): void {
  for (const report of result.recipients) {
    for (const e of report.evidence) {
      expect(e.start, `${e.role} start`).toBeGreaterThanOrEqual(0);
      expect(e.end, `${e.role} end`).toBeGreaterThan(e.start);
      expect(e.end, `${e.role} end`).toBeLessThanOrEqual(result.text.length);
      expect(result.text.slice(e.start, e.end), `${e.role} text`).toBe(e.text);
    }
  }
}

/**
 * What a mail administrator expects of one recipient. A field left out is not checked; an array
 * lists the values that are each acceptable where experts read the bounce differently.
 */
export type Expected = {
  [K in keyof RecipientReport]?: RecipientReport[K] | ReadonlyArray<RecipientReport[K]>;
};

export function expectReport(actual: RecipientReport | undefined, expected: Expected): void {
  expect(actual, 'recipient report').toBeDefined();
  for (const [key, want] of Object.entries(expected)) {
    const got = actual![key as keyof RecipientReport];
    if (Array.isArray(want)) expect(want, key).toContainEqual(got);
    else expect(got, key).toEqual(want);
  }
}

export function reportFor(result: DecodeResult, recipient: string): RecipientReport | undefined {
  return result.recipients.find((r) => r.recipient === recipient);
}
