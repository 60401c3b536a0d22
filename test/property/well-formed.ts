import { expect } from 'vitest';
import { DEFAULT_MAX_RECIPIENTS } from '../../src/core/decode.ts';
import { REASONS, type DecodeResult } from '../../src/core/index.ts';

const KINDS = ['message', 'bounce-text', 'log', 'reply', 'none'];
const PERMANENCE = ['permanent', 'transient', 'unknown'];
const NOTICES = [
  'input-truncated',
  'lines-truncated',
  'recipients-truncated',
  'mime-error',
  'not-a-bounce',
];
const ROLES = ['phrase', 'status', 'reply', 'host', 'recipient'];
const COMMANDS = [null, 'CONN', 'HELO', 'EHLO', 'STARTTLS', 'AUTH', 'MAIL', 'RCPT', 'DATA'];

/** Enhanced status code (RFC 3463): class 2, 4 or 5, then subject and detail of 1 to 3 digits. */
export const STATUS_CODE = /^[245]\.\d{1,3}\.\d{1,3}$/;
/** Basic reply code (RFC 5321 section 4.2.1). */
export const REPLY_CODE = /^[245]\d\d$/;

/**
 * Every promise a result makes to the pages and the CLI that show it: ids from the closed sets,
 * codes in their shapes, and evidence that names the text really at its offsets.
 */
export function expectWellFormed(result: DecodeResult): void {
  expect(KINDS).toContain(result.kind);
  expect(typeof result.text).toBe('string');
  expect(result.recipients.length).toBeLessThanOrEqual(DEFAULT_MAX_RECIPIENTS);
  for (const notice of result.notices) expect(NOTICES).toContain(notice.code);
  expect(result.kind === 'none').toBe(result.recipients.length === 0);

  for (const report of result.recipients) {
    expect(REASONS).toContain(report.reason);
    expect(PERMANENCE).toContain(report.permanence);
    expect(COMMANDS).toContain(report.command);
    if (report.status !== null) expect(report.status).toMatch(STATUS_CODE);
    if (report.reply !== null) expect(report.reply).toMatch(REPLY_CODE);
    expect(typeof report.statusInferred).toBe('boolean');
    expect(typeof report.diagnostic).toBe('string');
    for (const e of report.evidence) {
      expect(ROLES).toContain(e.role);
      expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true);
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeGreaterThan(e.start);
      expect(e.end).toBeLessThanOrEqual(result.text.length);
      expect(result.text.slice(e.start, e.end)).toBe(e.text);
    }
  }
}
