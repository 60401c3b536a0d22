import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.ts';
import { decode } from '../../src/core/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the bundled bin', () => {
  beforeAll(async () => {
    await buildCli('warning');
  }, 30_000);

  it('decodes standard input and a missing file as the installed command would', () => {
    const run = spawnSync(
      process.execPath,
      ['bin/bounce-explainer.mjs', 'decode', '--json', '--lang', 'en', '-', 'no-such-file.eml'],
      { cwd: root, input: 'Hello, see you at noon.\n', encoding: 'utf8', env: { PATH: '' } },
    );

    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: '-', kind: 'none', reason: null });
    expect(run.stderr).toMatch(/^bounce-explainer: cannot read no-such-file\.eml: no such file\./);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('decodes every fixture as the core does in this process, Blob stand-in and all', async () => {
    const dir = 'test/fixtures';
    const files = readdirSync(`${root}/${dir}`).filter((f) => f.endsWith('.eml'));
    const expected: unknown[] = [];
    for (const file of files) {
      const result = await decode(readFileSync(`${root}/${dir}/${file}`));
      for (const r of result.recipients) {
        const evidence = r.evidence.map(({ start, end }) => [start, end]);
        expected.push([file, r.recipient, r.reason, r.status, r.rule, evidence]);
      }
    }

    const args = ['decode', '--json', ...files.map((f) => `${dir}/${f}`)];
    const run = spawnSync(process.execPath, ['bin/bounce-explainer.mjs', ...args], {
      cwd: root,
      encoding: 'utf8',
    });

    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    // a file that is not a bounce gets a line of its own, with no recipient
    const actual = lines
      .filter((l) => l.kind !== 'none')
      .map((l) => [
        l.file,
        l.recipient,
        l.reason,
        l.status,
        l.rule,
        (l.evidence as { start: number; end: number }[]).map(({ start, end }) => [start, end]),
      ]);
    expect(expected.length).toBeGreaterThan(files.length);
    expect(actual).toEqual(expected);
  });
});
