import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileHead, readHead } from '../../src/cli/read-head.ts';
import { DEFAULT_MAX_INPUT } from '../../src/core/decode.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MB = 1024 * 1024;
const BOUNCE = '550 5.1.1 <taro@example.jp>: User unknown\n';

async function* pieces(count: number, size: number, seen: { count: number }) {
  for (let i = 0; i < count; i++) {
    seen.count++;
    yield new Uint8Array(size).fill(0x61);
  }
}

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bounce-limits-'));
  writeFileSync(join(dir, 'good.txt'), BOUNCE);
  writeFileSync(join(dir, 'empty.eml'), '');
  writeFileSync(join(dir, 'image.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
  mkdirSync(join(dir, 'folder'));
  const line = Buffer.from(`${'x'.repeat(99)}\n`);
  writeFileSync(join(dir, 'huge.txt'), Buffer.concat([Buffer.from(BOUNCE), line.fill(line, 0)]));
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(200 * MB, line), { flag: 'a' });
});

afterAll(() => {
  spawnSync('rm', ['-rf', dir]);
});

describe('reading the head of an input', () => {
  it('stops taking pieces once it has one byte past the limit', async () => {
    const seen = { count: 0 };

    const head = await readHead(pieces(1000, 1024, seen), 10 * 1024);

    expect(head.bytes.length).toBe(10 * 1024);
    expect(head.size).toBeNull();
    expect(seen.count).toBe(11);
  });

  it('gives the whole input and its size when it fits, to the byte', async () => {
    const head = await readHead(pieces(4, 256, { count: 0 }), 1024);

    expect(head).toEqual({ bytes: new Uint8Array(1024).fill(0x61), size: 1024 });
  });

  it('reads the first bytes of a 200 MB file and takes its size from the file system', async () => {
    const head = await readFileHead(join(dir, 'huge.txt'), DEFAULT_MAX_INPUT);

    expect(head.bytes.length).toBe(DEFAULT_MAX_INPUT);
    expect(head.size).toBe(200 * MB + BOUNCE.length + 100);
    expect(new TextDecoder().decode(head.bytes.subarray(0, BOUNCE.length))).toBe(BOUNCE);
  });

  it('reads a device that never ends no further than the limit', async () => {
    const head = await readFileHead('/dev/zero', 4096);

    expect(head).toEqual({ bytes: new Uint8Array(4096), size: null });
  });

  it('refuses a directory as the file system does', async () => {
    await expect(readFileHead(join(dir, 'folder'), 4096)).rejects.toMatchObject({
      code: 'EISDIR',
    });
  });
});

/** Runs the CLI from source as a person would, and its peak memory in megabytes. */
function cli(args: string[], input = '') {
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', 'maxrss=%M', process.execPath, '--import', 'tsx', 'src/cli/main.ts', ...args],
    { cwd: root, encoding: 'utf8', input, env: { PATH: process.env.PATH ?? '', LANG: 'C' } },
  );
  const rss = Number(/maxrss=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
  const stderr = run.stderr.replace(
    /^(?:maxrss=\d+|Command exited with non-zero status \d+)\n?/gm,
    '',
  );
  return { ...run, stderr, rss };
}

describe('the decode command as a process', () => {
  it('goes on past bad files, reports each on stderr and exits 1', () => {
    const inputs = ['good.txt', 'empty.eml', 'missing.eml', 'image.png', 'folder', 'huge.txt'];

    const run = cli(['decode', '--json', '--lang', 'en', ...inputs.map((f) => join(dir, f))]);

    expect(run.status).toBe(1);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string });
    expect(lines.map((l) => l.file)).toEqual(['good.txt', 'huge.txt']);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/empty\.eml is empty/);
    expect(errors[1]).toMatch(/missing\.eml: no such file/);
    expect(errors[2]).toMatch(/image\.png is not text/);
    expect(errors[3]).toMatch(/folder: it is a directory/);
    expect(errors[4]).toMatch(/huge\.txt is \d+ bytes: only its first \d+ bytes were decoded/);
  }, 60_000);

  it('reads standard input once: past its cut, a second - is reported as empty', () => {
    const input = BOUNCE + 'x'.repeat(3 * MB);

    const run = cli(['decode', '--json', '--lang', 'en', '-', '-'], input);

    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `bounce-explainer: - is longer than ${DEFAULT_MAX_INPUT} bytes: only its first ` +
        `${DEFAULT_MAX_INPUT} bytes were decoded.`,
      'bounce-explainer: - is empty: there is nothing to decode. Check that it is the file you meant.',
    ]);
  }, 60_000);

  it('holds far less than a 200 MB file in memory, and about as much for twenty of them as for one', () => {
    const small = cli(['decode', '--json', join(dir, 'good.txt')]);
    const one = cli(['decode', '--json', join(dir, 'huge.txt')]);
    const twenty = cli(['decode', '--json', ...Array(20).fill(join(dir, 'huge.txt'))]);

    expect([small.status, one.status, twenty.status]).toEqual([0, 0, 0]);
    expect(twenty.stdout.trim().split('\n')).toHaveLength(20);
    // Measured on a 2-core machine: 105, 119 and 180 MB; reading a whole file adds its 200 MB
    expect(one.rss - small.rss).toBeLessThan(150);
    expect(twenty.rss - one.rss).toBeLessThan(120);
  }, 120_000);
});
