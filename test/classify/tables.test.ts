import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify/classify.ts';
import { PROVIDER_TABLES } from '../../src/core/classify/providers/index.ts';
import type { PhraseRow } from '../../src/core/classify/types.ts';
import { isReason } from '../../src/core/reasons.ts';
import type { SmtpCommand } from '../../src/core/types.ts';
import { facts } from './facts.ts';

const REASON_DIR = new URL('../../src/core/classify/reasons/', import.meta.url);

/** The stage at which a reason's words are said, where the stage changes what they mean. */
const STAGE: Partial<Record<string, SmtpCommand>> = { userunknown: 'RCPT' };

/** A diagnostic that holds the phrase and nothing else a rule could catch. */
function sayPhrase(row: PhraseRow): string {
  const parts = typeof row.phrase === 'string' ? [row.phrase] : row.phrase;
  return `550 ${parts.join(' zz ')} zz`;
}

const tables = await Promise.all(
  readdirSync(REASON_DIR)
    .filter((name) => name.endsWith('.ts'))
    .map(async (name) => {
      const module = (await import(new URL(name, REASON_DIR).href)) as {
        PHRASES: readonly PhraseRow[];
      };
      return { reason: name.replace(/\.ts$/, ''), rows: module.PHRASES };
    }),
);

describe('the phrase tables', () => {
  it('are named after reasons', () => {
    const names = tables.map((table) => table.reason);

    expect(names.filter((name) => !isReason(name))).toEqual([]);
  });

  for (const { reason, rows } of tables) {
    it(`give ${reason} for every phrase of its table`, () => {
      const wrong = rows
        .map((row) => {
          const given = facts({ diagnostic: sayPhrase(row), command: STAGE[reason] ?? null });
          return { row, got: classify(given).reason };
        })
        .filter(({ got }) => got !== reason)
        .map(({ row, got }) => `${JSON.stringify(row.phrase)} -> ${got}`);

      expect(wrong).toEqual([]);
    });

    it(`note where each ${reason} phrase is seen, in lowercase ASCII or Japanese`, () => {
      const bad = rows.filter((row) => {
        const parts = typeof row.phrase === 'string' ? [row.phrase] : row.phrase;
        return !row.seen || parts.some((part) => part === '' || part !== part.toLowerCase());
      });

      expect(bad).toEqual([]);
    });
  }
});

describe('the provider tables', () => {
  for (const table of PROVIDER_TABLES) {
    it(`give each ${table.id} row its reason when ${table.id} writes the phrase`, () => {
      const wrong = table.rows
        .map((row) => {
          const given = facts({
            diagnostic: sayPhrase(row),
            provider: table.providers[0] ?? null,
            command: row.command ?? null,
            status: row.status ?? null,
          });
          return { row, got: classify(given) };
        })
        .filter(({ row, got }) => got.reason !== row.reason || got.rule !== `provider:${table.id}`)
        .map(({ row, got }) => `${JSON.stringify(row.phrase)} -> ${got.reason} (${got.rule})`);

      expect(wrong).toEqual([]);
    });
  }
});
