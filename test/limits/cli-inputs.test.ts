import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_INPUT } from '../../src/core/decode.ts';
import { run } from '../../src/cli/run.ts';
import { fakeIo } from '../cli/fixtures.ts';

// The decoder never throws on input; a bug that makes it throw must still spare the other files.
vi.mock('../../src/cli/analyse.ts', async (original) => {
  const real = await original<typeof import('../../src/cli/analyse.ts')>();
  return {
    analyse: async (bytes: Uint8Array, entries: readonly unknown[]) => {
      if (new TextDecoder().decode(bytes.subarray(0, 12)) === 'THROW PLEASE') {
        throw new Error('simulated failure');
      }
      return real.analyse(bytes, entries);
    },
  };
});

const BOUNCE = '550 5.1.1 <taro@example.jp>: User unknown\n';
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const GZIP = Uint8Array.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3]);

function files(output: { stdout: string }): string[] {
  return output.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { file: string }).file);
}

describe('decode on inputs that are not bounces at all', () => {
  it.each([
    ['an empty file', '', 'empty.eml is empty: there is nothing to decode'],
    ['a file of blank lines', '\n \r\n\t\n', 'empty.eml is empty'],
    ['a binary file', PNG, 'empty.eml is not text (it contains NUL bytes)'],
    ['a gzip file', GZIP, 'empty.eml is gzip-compressed. Decompress it first'],
  ])('says so for %s, decodes the others and exits 1', async (_, content, message) => {
    const { io, output } = fakeIo({ 'a.txt': BOUNCE, 'empty.eml': content, 'c.txt': BOUNCE });

    const code = await run(['decode', '--json', '--lang', 'en', 'a.txt', 'empty.eml', 'c.txt'], io);

    expect(code).toBe(1);
    expect(files(output)).toEqual(['a.txt', 'c.txt']);
    expect(output.stderr).toContain(`bounce-explainer: ${message}`);
    expect(output.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['', 'は空のため、デコードする内容がありません'],
    [PNG, 'はテキストではありません（NUL バイトを含みます）'],
    [GZIP, 'は gzip で圧縮されています'],
  ])('says so in Japanese with --lang ja', async (content, message) => {
    const { io, output } = fakeIo({ 'x.eml': content });

    const code = await run(['decode', '--lang', 'ja', 'x.eml'], io);

    expect(code).toBe(1);
    expect(output.stderr).toContain(`x.eml ${message}`);
  });

  it('reads empty standard input as empty, and says so', async () => {
    const { io, output } = fakeIo({}, '');

    const code = await run(['decode', '--lang', 'en'], io);

    expect(code).toBe(1);
    expect(output.stderr).toContain('- is empty');
  });

  it('reports a failure of the decoder on one file and decodes the others', async () => {
    const { io, output } = fakeIo({ 'a.txt': BOUNCE, 'b.txt': 'THROW PLEASE', 'c.txt': BOUNCE });

    const code = await run(['decode', '--json', '--lang', 'en', 'a.txt', 'b.txt', 'c.txt'], io);

    expect(code).toBe(1);
    expect(files(output)).toEqual(['a.txt', 'c.txt']);
    expect(output.stderr).toContain('could not decode b.txt (simulated failure). This is a bug');
  });
});

/** Text as Windows Notepad saves "Unicode": a byte order mark, then two bytes a character. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [high, low] = [code >> 8, code & 0xff];
    bytes.set(order === 'le' ? [low, high] : [high, low], 2 + i * 2);
  }
  return bytes;
}

describe('decode on a file saved as UTF-16', () => {
  it.each(['le', 'be'] as const)('reads it by its byte order mark (%s)', async (order) => {
    const { io, output } = fakeIo({ 'notepad.txt': utf16(`宛先不明です。\n${BOUNCE}`, order) });

    const code = await run(['decode', '--json', 'notepad.txt'], io);

    expect(code).toBe(0);
    expect(output.stderr).toBe('');
    expect(JSON.parse(output.stdout)).toMatchObject({
      recipient: 'taro@example.jp',
      reason: 'userunknown',
      status: '5.1.1',
    });
  });

  it('says a UTF-16 file of blanks is empty', async () => {
    const { io, output } = fakeIo({ 'blank.txt': utf16(' \r\n\n', 'le') });

    const code = await run(['decode', '--lang', 'en', 'blank.txt'], io);

    expect(code).toBe(1);
    expect(output.stderr).toContain('blank.txt is empty');
  });
});

describe('decode on a huge input', () => {
  const huge = BOUNCE + 'x'.repeat(DEFAULT_MAX_INPUT);

  it('reads no more than the decoder takes, decodes that, reports the cut and exits 0', async () => {
    const { io, output } = fakeIo({ 'big.eml': huge });
    const limits: number[] = [];
    const readFile = io.readFile;
    io.readFile = (path, limit) => (limits.push(limit), readFile(path, limit));

    const code = await run(['decode', '--json', '--lang', 'en', 'big.eml'], io);

    expect(code).toBe(0);
    expect(limits).toEqual([DEFAULT_MAX_INPUT]);
    const line = JSON.parse(output.stdout.trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ recipient: 'taro@example.jp', reason: 'userunknown' });
    expect(line.notices).toContainEqual({
      code: 'input-truncated',
      detail: { limit: DEFAULT_MAX_INPUT, size: huge.length },
    });
    expect(output.stderr).toContain(
      `big.eml is ${huge.length} bytes: only its first ${DEFAULT_MAX_INPUT} bytes were decoded.`,
    );
  });

  it('says the input is longer than the limit when its size is not known', async () => {
    const { io, output } = fakeIo({}, huge);
    io.readStdin = async (limit) => ({
      bytes: new TextEncoder().encode(huge).subarray(0, limit),
      size: null,
    });

    await run(['decode', '--lang', 'ja'], io);

    expect(output.stderr).toContain(`- は ${DEFAULT_MAX_INPUT} バイトを超えるため`);
    expect(output.stdout).toContain('! 入力が長すぎるため、先頭部分だけを読み込みました。');
  });
});

describe('decode on many files', () => {
  it('reads them one at a time, in order, whatever their number', async () => {
    const names = Array.from({ length: 400 }, (_, i) => `m${i}.txt`);
    const { io, output } = fakeIo(Object.fromEntries(names.map((name) => [name, BOUNCE])));
    let open = 0;
    let most = 0;
    const readFile = io.readFile;
    io.readFile = async (path, limit) => {
      most = Math.max(most, ++open);
      const head = await readFile(path, limit);
      await new Promise((resolve) => setTimeout(resolve, 0));
      open--;
      return head;
    };

    const code = await run(['decode', '--json', ...names], io);

    expect(code).toBe(0);
    expect(most).toBe(1);
    expect(files(output)).toEqual(names);
  });
});
