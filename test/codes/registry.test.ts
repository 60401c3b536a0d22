import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REASONS } from '../../src/core/reasons.ts';

interface CodeItem {
  code: string;
  ja: unknown;
  en: unknown;
  reasons?: unknown;
}

interface CodesFile {
  file: string;
  group: string;
  codes: CodeItem[];
}

const CODES_DIR = resolve(import.meta.dirname, '../../content/codes');

/**
 * IANA "SMTP Enhanced Status Codes", Enumerated Status Codes table (registry updated
 * 2024-12-06): RFC 3463, RFC 3886 (X.1.9), RFC 7505 (X.1.10, X.7.27), RFC 6710 (X.3.6, X.7.15,
 * X.7.16), RFC 4954 (X.5.6, X.7.8, X.7.9, X.7.11, X.7.12), RFC 4468 (X.6.6), RFC 6531 (X.6.7 to
 * X.6.10), RFC 5248 (X.7.10, X.7.13, X.7.14), RFC 7293 (X.7.17 to X.7.19), RFC 7372 (X.7.20 to
 * X.7.26), draft-levine-mailbomb-header (X.7.28), RFC 8617 (X.7.29), RFC 8689 (X.7.30).
 */
const IANA_ENHANCED = [
  'X.0.0',
  ...['X.1.0', 'X.1.1', 'X.1.2', 'X.1.3', 'X.1.4', 'X.1.5', 'X.1.6', 'X.1.7', 'X.1.8'],
  ...['X.1.9', 'X.1.10'],
  ...['X.2.0', 'X.2.1', 'X.2.2', 'X.2.3', 'X.2.4'],
  ...['X.3.0', 'X.3.1', 'X.3.2', 'X.3.3', 'X.3.4', 'X.3.5', 'X.3.6'],
  ...['X.4.0', 'X.4.1', 'X.4.2', 'X.4.3', 'X.4.4', 'X.4.5', 'X.4.6', 'X.4.7'],
  ...['X.5.0', 'X.5.1', 'X.5.2', 'X.5.3', 'X.5.4', 'X.5.5', 'X.5.6'],
  ...['X.6.0', 'X.6.1', 'X.6.2', 'X.6.3', 'X.6.4', 'X.6.5', 'X.6.6', 'X.6.7', 'X.6.8'],
  ...['X.6.9', 'X.6.10'],
  ...['X.7.0', 'X.7.1', 'X.7.2', 'X.7.3', 'X.7.4', 'X.7.5', 'X.7.6', 'X.7.7', 'X.7.8'],
  ...['X.7.9', 'X.7.10', 'X.7.11', 'X.7.12', 'X.7.13', 'X.7.14', 'X.7.15', 'X.7.16'],
  ...['X.7.17', 'X.7.18', 'X.7.19', 'X.7.20', 'X.7.21', 'X.7.22', 'X.7.23', 'X.7.24'],
  ...['X.7.25', 'X.7.26', 'X.7.27', 'X.7.28', 'X.7.29', 'X.7.30'],
];

/** The class sub-codes of RFC 3463 section 3.1. */
const CLASSES = ['2.X.X', '4.X.X', '5.X.X'];

/** RFC 5321 section 4.2.3, plus 521 and 556 from RFC 7504. */
const REPLIES = [
  ...['211', '214', '220', '221', '250', '251', '252', '354'],
  ...['421', '450', '451', '452', '455'],
  ...['500', '501', '502', '503', '504', '550', '551', '552', '553', '554', '555'],
  ...['521', '556'],
];

function loadCodesFiles(): CodesFile[] {
  return readdirSync(CODES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const data = parse(readFileSync(resolve(CODES_DIR, name), 'utf8')) as Omit<CodesFile, 'file'>;
      return { ...data, file: name };
    });
}

const files = loadCodesFiles();
const items = files.flatMap((f) => f.codes.map((item) => ({ ...item, file: f.file })));
const codes = items.map((item) => item.code);

describe('the code meanings in content/codes', () => {
  it('cover every code of the IANA enhanced status code registry', () => {
    const missing = IANA_ENHANCED.filter((code) => !codes.includes(code));

    expect(IANA_ENHANCED).toHaveLength(81);
    expect(missing).toEqual([]);
  });

  it('contain no enhanced code that the registry does not list', () => {
    const subjectCodes = codes.filter((code) => code.startsWith('X.'));

    const unknown = subjectCodes.filter((code) => !IANA_ENHANCED.includes(code));

    expect(unknown).toEqual([]);
  });

  it('cover the three classes of enhanced status codes', () => {
    expect(CLASSES.filter((code) => !codes.includes(code))).toEqual([]);
  });

  it('cover every reply code of RFC 5321 and RFC 7504', () => {
    const missing = REPLIES.filter((code) => !codes.includes(code));

    expect(missing).toEqual([]);
  });

  it('contain only codes from the registry, the classes and the reply list', () => {
    const known = new Set([...IANA_ENHANCED, ...CLASSES, ...REPLIES]);

    expect(codes.filter((code) => !known.has(code))).toEqual([]);
  });

  it('define each code only once', () => {
    const repeated = codes.filter((code, i) => codes.indexOf(code) !== i);

    expect(repeated).toEqual([]);
  });

  it('give every code a meaning in both Japanese and English', () => {
    const blank = (text: unknown) => typeof text !== 'string' || text.trim() === '';

    const incomplete = items.filter((item) => blank(item.ja) || blank(item.en));

    expect(incomplete.map((item) => item.code)).toEqual([]);
  });

  it('write the Japanese meanings in Japanese', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

    const notJapanese = items.filter((item) => !japanese.test(String(item.ja)));

    expect(notJapanese.map((item) => item.code)).toEqual([]);
  });

  it('map codes only to Sisimai reason ids', () => {
    const valid = new Set<string>(REASONS);

    const invalid = items.flatMap((item) => {
      const reasons = item.reasons ?? [];
      if (!Array.isArray(reasons)) return [`${item.code}: reasons is not a list`];
      return reasons.filter((r) => !valid.has(String(r))).map((r) => `${item.code}: ${r}`);
    });

    expect(invalid).toEqual([]);
  });

  it('keep each enhanced code in the file of its subject', () => {
    const misplaced = items.filter((item) => {
      const subject = /^X\.(\d+)\./.exec(item.code)?.[1];
      return subject !== undefined && item.file !== `enhanced-x-${subject}.yaml`;
    });

    expect(misplaced.map((item) => `${item.code} in ${item.file}`)).toEqual([]);
  });

  it('keep each reply code in the file of its class', () => {
    const misplaced = items.filter((item) => {
      const digit = /^([2-5])\d\d$/.exec(item.code)?.[1];
      return digit !== undefined && item.file !== `reply-${digit}xx.yaml`;
    });

    expect(misplaced.map((item) => `${item.code} in ${item.file}`)).toEqual([]);
  });
});
