import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, parseSync } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isNoted,
  NOTED,
  phraseNotesPlugin,
  stripPhraseNotes,
} from '../../scripts/strip-phrase-notes.ts';
import { classify } from '../../src/core/classify/classify.ts';
import { PROVIDER_TABLES } from '../../src/core/classify/providers/index.ts';
import type { Facts, PhraseRow } from '../../src/core/classify/types.ts';
import { decode } from '../../src/core/index.ts';
import { facts } from '../classify/facts.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function notedFiles(): string[] {
  const files = NOTED.flatMap((n) =>
    n.endsWith('/')
      ? readdirSync(join(ROOT, n), { recursive: true, encoding: 'utf8' }).map((f) => join(n, f))
      : [n],
  );
  return files.filter((f) => isNoted(join(ROOT, f)));
}

/** Every `seen` property left in a module, found by the parser. */
function notesLeft(code: string): number {
  let count = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: string; key?: { name?: string } };
    if (n.type === 'Property' && n.key?.name === 'seen') count++;
    Object.values(node).forEach(visit);
  };
  visit(parseSync('out.ts', code, { lang: 'ts' }).program);
  return count;
}

const squash = (code: string) => code.replace(/\s+/g, ' ');

describe('stripping the phrase notes', () => {
  it('blanks every note of the tables and changes no other character', () => {
    const files = notedFiles();

    const results = files.map((file) => {
      const code = readFileSync(join(ROOT, file), 'utf8');
      return { file, code, out: stripPhraseNotes(code, file) ?? code };
    });

    expect(files.length).toBeGreaterThan(40);
    for (const { file, code, out } of results) {
      expect(notesLeft(out), file).toBe(0);
      expect(out.length, file).toBe(code.length);
      expect(
        [...out].every((c, i) => c === code[i] || c === ' '),
        file,
      ).toBe(true);
    }
    expect(results.filter((r) => r.out !== r.code).length).toBeGreaterThan(40);
  });

  it('takes a note wherever it stands in its object, with its comma', () => {
    const code = [
      "const a = [{ seen: 'x', phrase: 'a' }, { phrase: 'b', seen: `y ${c.toUpperCase()}` }];",
      "const b = { phrase: 'c', seen: 'z', };",
      "const d = { seen: 'w', };",
    ].join('\n');

    const out = stripPhraseNotes(code, 'rows.ts') ?? '';

    expect(squash(out)).toBe(
      "const a = [{ phrase: 'a' }, { phrase: 'b' }]; const b = { phrase: 'c' , }; const d = { };",
    );
  });

  it('leaves a file without notes alone', () => {
    expect(stripPhraseNotes("export const A = [{ phrase: 'a' }];", 'rows.ts')).toBeNull();
  });

  it('stops on a file that does not parse', () => {
    expect(() => stripPhraseNotes("const a = [{ phrase: 'a', seen: 'x' ];", 'bad.ts')).toThrow(
      /bad\.ts does not parse/,
    );
  });

  it('stops on a note whose value could have an effect', () => {
    expect(() => stripPhraseNotes("const a = { phrase: 'a', seen: note() };", 'a.ts')).toThrow(
      /a\.ts:1: a note could have an effect/,
    );
  });

  it('stops on a table that reads its notes or names them otherwise', () => {
    const reads = "const a = [{ phrase: 'a', seen: 'x' }];\nexport const n = a[0].seen;";
    const shorthand = "const seen = 'x';\nconst a = { phrase: 'a', seen };";

    expect(() => stripPhraseNotes(reads, 'a.ts')).toThrow(/a\.ts:2: "seen" is a name here/);
    expect(() => stripPhraseNotes(shorthand, 'b.ts')).toThrow(/b\.ts:1: "seen" is a name here/);
  });
});

describe('the build with the notes stripped', () => {
  it('fails when a file outside the tables reads a note', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strip-notes-'));
    const entry = join(dir, 'entry.ts');
    const table = join(ROOT, 'src/core/classify/reasons/userunknown.ts');
    writeFileSync(
      entry,
      `import { GENERIC } from '${table}';\nexport const n = GENERIC[0]?.seen;\n`,
    );

    const failure = await build({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      plugins: [phraseNotesPlugin()],
      build: { write: false, lib: { entry, formats: ['es'] } },
    }).then(
      () => null,
      (error: unknown) => String(error),
    );
    rmSync(dir, { recursive: true, force: true });

    expect(failure).toMatch(/entry\.ts reads a phrase note/);
  });
});

/** A diagnostic that holds the phrase and nothing else a rule could catch, as tables.test.ts. */
function sayPhrase(row: PhraseRow): string {
  const parts = typeof row.phrase === 'string' ? [row.phrase] : row.phrase;
  return `550 ${parts.join(' zz ')} zz`;
}

describe('the decoder bundled without its notes', () => {
  const out = mkdtempSync(join(tmpdir(), 'strip-notes-'));
  let bundled: { classify: typeof classify; decode: typeof decode };

  beforeAll(async () => {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      plugins: [phraseNotesPlugin()],
      build: {
        outDir: out,
        lib: {
          entry: { core: 'src/core/index.ts', classify: 'src/core/classify/classify.ts' },
          formats: ['es'],
        },
      },
    });
    const load = (name: string) => import(pathToFileURL(join(out, `${name}.js`)).href);
    bundled = { decode: (await load('core')).decode, classify: (await load('classify')).classify };
  }, 60_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('ships no note', () => {
    const code = readdirSync(out)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .join('\n');

    expect(code).toContain('badrcptto');
    expect(code).not.toMatch(/\bseen\s*:/);
    expect(code).not.toContain('qmail with badrcptto patch');
  });

  it('classifies every phrase of every table as the source does', async () => {
    const reasons = join(ROOT, 'src/core/classify/reasons');
    const tables = await Promise.all(
      readdirSync(reasons).map(
        async (f) =>
          (await import(pathToFileURL(join(reasons, f)).href)) as { PHRASES: PhraseRow[] },
      ),
    );
    const given: Facts[] = [
      ...tables.flatMap((t) =>
        t.PHRASES.flatMap((row) =>
          [null, 'RCPT' as const].map((command) => facts({ diagnostic: sayPhrase(row), command })),
        ),
      ),
      ...PROVIDER_TABLES.flatMap((table) =>
        table.rows.map((row) =>
          facts({
            diagnostic: sayPhrase(row),
            provider: table.providers[0] ?? null,
            command: row.command ?? null,
            status: row.status ?? null,
          }),
        ),
      ),
    ];

    const differ = given.filter(
      (f) => JSON.stringify(bundled.classify(f)) !== JSON.stringify(classify(f)),
    );

    expect(given.length).toBeGreaterThan(1500);
    expect(differ.map((f) => f.diagnostic)).toEqual([]);
  });

  it('decodes every fixture as the source does', async () => {
    const dir = join(ROOT, 'test/fixtures');
    const names = readdirSync(dir).filter((f) => f.endsWith('.eml'));

    for (const name of names) {
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      expect(await bundled.decode(bytes), name).toEqual(await decode(bytes));
    }
    expect(names.length).toBeGreaterThan(15);
  });
});
