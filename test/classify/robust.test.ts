import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify/classify.ts';
import { LiteralIndex } from '../../src/core/classify/literal-index.ts';
import { Matcher, prepare } from '../../src/core/classify/phrase.ts';
import { isReason } from '../../src/core/reasons.ts';
import type { SmtpCommand } from '../../src/core/types.ts';
import { facts } from './facts.ts';

const COMMANDS: SmtpCommand[] = [
  'CONN',
  'HELO',
  'EHLO',
  'STARTTLS',
  'AUTH',
  'MAIL',
  'RCPT',
  'DATA',
];

describe('classify on hostile facts', () => {
  it('returns a known reason for any text, codes and stage without throwing', () => {
    const anyFacts = fc.record({
      diagnostic: fc.string({ unit: 'binary', maxLength: 300 }),
      context: fc.string({ unit: 'binary', maxLength: 300 }),
      status: fc.option(fc.string({ maxLength: 12 })),
      reply: fc.option(fc.string({ maxLength: 5 })),
      command: fc.option(fc.constantFrom(...COMMANDS)),
      remoteHost: fc.option(fc.string({ maxLength: 40 })),
      provider: fc.option(fc.constantFrom('au', 'docomo', 'gmail', 'outlook', 'nobody')),
    });

    fc.assert(
      fc.property(anyFacts, (given) => {
        const verdict = classify(facts(given));

        expect(isReason(verdict.reason)).toBe(true);
      }),
    );
  });

  it('decides on a diagnostic of a million characters within a second', () => {
    const diagnostic = 'user '.repeat(200_000) + 'x';
    const started = performance.now();

    const verdict = classify(facts({ diagnostic, context: diagnostic }));

    expect(performance.now() - started).toBeLessThan(1000);
    expect(verdict.reason).toBe('onhold');
  });
});

const PLAIN = new Matcher();
const INDEXED = new Matcher(
  new LiteralIndex(['recipient address rejected', 'mailbox ', 'quota', ' mailbox', 'mailbox full']),
);

describe('phrase matching', () => {
  it('finds the same places with the literal index as without it', () => {
    const word = fc.constantFrom('mailbox', 'quota', 'full', 'MAILBOX', ' ', '\n', 'x', 'box');
    const text = fc.array(word, { maxLength: 30 }).map((words) => words.join(''));
    const phrase = fc.constantFrom<string | string[]>(
      'mailbox full',
      ['mailbox ', 'quota'],
      ['quota', ' mailbox'],
    );

    fc.assert(
      fc.property(text, phrase, (t, p) => {
        expect(INDEXED.find(prepare(t), p)).toEqual(PLAIN.find(prepare(t), p));
      }),
    );
  });

  it('matches across line breaks and runs of spaces, case aside', () => {
    const text = 'Recipient\r\n   Address  REJECTED';

    const found = INDEXED.find(prepare(text), 'recipient address rejected');

    expect(found).toEqual({ start: 0, end: text.length });
  });

  it('matches a sequence only in the order given', () => {
    const prepared = prepare('quota for the mailbox');

    expect(INDEXED.find(prepared, ['mailbox ', 'quota'])).toBeNull();
    expect(INDEXED.find(prepared, ['quota', ' mailbox'])).toEqual({ start: 0, end: 21 });
  });

  it('lowercases only ASCII capitals, with or without other scripts in the text', () => {
    const ascii = prepare('MAILBOX Full');
    const mixed = prepare('MAILBOX Ｆull İ 容量');

    expect(ascii.text).toBe('mailbox full');
    expect(mixed.text).toBe('mailbox Ｆull İ 容量');
  });

  it('maps offsets back to the original text after folded space', () => {
    const text = '550  5.2.2\t\tMailbox full';

    const found = INDEXED.find(prepare(text), 'mailbox full');

    expect(text.slice(found?.start, found?.end)).toBe('Mailbox full');
  });

  it('maps offsets back across every white-space character that prepare folds', () => {
    const spaces = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
      (char) => /\s/.test(char),
    );

    for (const space of spaces) {
      const text = `x${space}${space}y${space}mailbox${space}full${space}`;
      const found = INDEXED.find(prepare(text), 'mailbox full');

      expect(text.slice(found?.start, found?.end)).toBe(`mailbox${space}full`);
    }
  });
});

describe('the literal index', () => {
  it('finds every occurrence of every literal, overlapping or nested, as indexOf does', () => {
    const unit = fc.constantFrom('a', 'b', 'ab', ' ', 'メ', 'ール', 'A', '\u3000');
    const word = fc.array(unit, { minLength: 1, maxLength: 5 }).map((units) => units.join(''));
    const literals = fc.array(word, { minLength: 1, maxLength: 12 });
    const text = fc.array(unit, { maxLength: 40 }).map((units) => units.join(''));

    fc.assert(
      fc.property(literals, text, (given, t) => {
        const index = new LiteralIndex(given);

        const found = index.scan(t);

        for (const literal of new Set(given)) {
          const expected = [...t.matchAll(new RegExp(`(?=${escape(literal)})`, 'g'))];
          const starts = found.get(index.idOf(literal)!) ?? [];
          expect(starts).toEqual(expected.map((m) => m.index));
        }
      }),
    );
  });
});

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
