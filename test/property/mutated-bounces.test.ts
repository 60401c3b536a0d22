import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/core/index.ts';
import { expectWellFormed } from './well-formed.ts';

const DIR = new URL('../fixtures/', import.meta.url);

/** The project's fixtures, each byte as one Latin-1 character so that any edit keeps the bytes. */
const FIXTURES = readdirSync(DIR)
  .filter((name) => name.endsWith('.eml'))
  .map((name) => readFileSync(new URL(name, DIR), 'latin1'));

const LATIN1 = new TextDecoder('latin1');

function toBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

/** A position in the text, as a fraction so that it fits whatever the text's length. */
const AT = fc.double({ min: 0, max: 1, noNaN: true });
const place = (text: string, at: number) => Math.floor(at * text.length);

type Mutation = (text: string) => string;

const truncated = AT.map<Mutation>((at) => (text) => text.slice(0, place(text, at)));

const doubled = fc.constant<Mutation>((text) => text + text);

/** A boundary that no delimiter line uses, or delimiter lines that no header announces. */
const wrongBoundary = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{0,20}$/))
  .map<Mutation>(
    ([inHeader, other]) =>
      (text) =>
        inHeader
          ? text.replace(/boundary="?([^";\r\n]*)"?/i, `boundary="${other}"`)
          : text.replace(/^--(\S+)/gm, `--${other}`),
  );

/** Base64 bodies with letters swapped for characters outside the alphabet, or cut mid-quantum. */
const brokenBase64 = fc
  .tuple(fc.constantFrom('!', '=', '\0', '-', '\u00ff', '===='), AT)
  .map<Mutation>(
    ([junk, at]) =>
      (text) =>
        text.replace(
          /(base64\r?\n\r?\n)([A-Za-z0-9+/=\r\n]+)/gi,
          (_, head: string, body: string) => {
            const cut = place(body, at);
            return head + body.slice(0, cut) + junk + body.slice(cut + 1);
          },
        ),
  );

/** Quoted-printable soft breaks and escapes left half-written, and parts that claim to be QP. */
const brokenQuotedPrintable = fc
  .tuple(fc.constantFrom('=', '=Z', '=4', '=\r', '=\n=\n', '=ZZ=GG'), AT)
  .map<Mutation>(([junk, at]) => (text) => {
    const marked = text.replace(/^(Content-Transfer-Encoding:)\s*\S+/gim, '$1 quoted-printable');
    const cut = place(marked, at);
    return marked.slice(0, cut) + junk + marked.slice(cut);
  });

const wrongCharset = fc
  .constantFrom('x-unknown', 'utf-7', 'iso-2022-jp', 'shift_jis', 'euc-jp', '', '"', 'utf-16le')
  .map<Mutation>(
    (charset) => (text) => text.replace(/charset="?[^";\s]*"?/gi, `charset=${charset}`),
  );

const nulBytes = fc.array(AT, { minLength: 1, maxLength: 20 }).map<Mutation>((ats) => (text) => {
  let out = text;
  for (const at of ats) out = `${out.slice(0, place(out, at))}\0${out.slice(place(out, at))}`;
  return out;
});

/** Each line end chosen anew: LF, CRLF, a lone CR, or LF CR as broken converters write. */
const mixedLineEnds = fc
  .array(fc.constantFrom('\n', '\r\n', '\r', '\n\r'), { minLength: 1, maxLength: 8 })
  .map<Mutation>((ends) => (text) => {
    let i = 0;
    return text.replace(/\r?\n/g, () => ends[i++ % ends.length]!);
  });

const MUTATION = fc.oneof(
  truncated,
  doubled,
  wrongBoundary,
  brokenBase64,
  brokenQuotedPrintable,
  wrongCharset,
  nulBytes,
  mixedLineEnds,
);

/** A fixture with one to three mutations applied, given as bytes or as text. */
const MUTATED = fc
  .tuple(
    fc.constantFrom(...FIXTURES),
    fc.array(MUTATION, { minLength: 1, maxLength: 3 }),
    fc.boolean(),
  )
  .map(([fixture, mutations, asBytes]) => {
    const text = mutations.reduce((t, mutate) => mutate(t), fixture);
    return asBytes ? toBytes(text) : text;
  });

describe('decode on mutated bounces', { timeout: 30_000 }, () => {
  it('has fixtures to mutate', () => {
    expect(FIXTURES.length).toBeGreaterThan(10);
    expect(LATIN1.decode(toBytes(FIXTURES[0]!))).toBe(FIXTURES[0]);
  });

  it('never rejects, and every result is well-formed', async () => {
    await fc.assert(
      fc.asyncProperty(MUTATED, async (input) => {
        const result = await decode(input);

        expectWellFormed(result);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result for the same mutated bounce', async () => {
    await fc.assert(
      fc.asyncProperty(MUTATED, async (input) => {
        const first = await decode(input);
        const second = await decode(typeof input === 'string' ? input : input.slice());

        expect(second).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('still finds the recipients of a bounce given twice', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIXTURES), async (fixture) => {
        const once = await decode(toBytes(fixture));

        const twice = await decode(toBytes(fixture + fixture));

        const found = new Set(twice.recipients.map((r) => r.recipient));
        for (const report of once.recipients) {
          if (report.recipient !== null) expect(found).toContain(report.recipient);
        }
      }),
      { numRuns: FIXTURES.length * 2 },
    );
  });
});
