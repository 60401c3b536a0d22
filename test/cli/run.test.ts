import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { fakeIo } from './fixtures.ts';

const NOT_A_BOUNCE = 'Hi Hanako,\nLunch at noon tomorrow? The usual place.\nTaro\n';

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('decode', () => {
  it('prints one JSON line, kind none and reason null, for input not a bounce', async () => {
    const { io, output } = fakeIo({ 'mail/note.txt': NOT_A_BOUNCE });

    const code = await run(['decode', '--json', 'mail/note.txt'], io);

    expect(code).toBe(0);
    const [line, ...rest] = jsonLines(output.stdout);
    expect(rest).toEqual([]);
    expect(line).toMatchObject({ file: 'note.txt', kind: 'none', reason: null, faq: [] });
    for (const field of ['recipient', 'status', 'statusInferred', 'reply', 'command']) {
      expect(line, field).toHaveProperty(field);
    }
    for (const field of ['remoteHost', 'provider', 'permanence', 'diagnostic', 'evidence']) {
      expect(line, field).toHaveProperty(field);
    }
  });

  it('says so in plain words when the input is not a bounce', async () => {
    const { io, output } = fakeIo({ 'note.txt': NOT_A_BOUNCE });

    await run(['decode', '--lang', 'en', 'note.txt'], io);

    expect(output.stdout).toContain('note.txt: this does not look like a bounce');
  });

  it('reads standard input when no file is given, and names it -', async () => {
    const { io, output } = fakeIo({}, NOT_A_BOUNCE);

    const code = await run(['decode', '--json'], io);

    expect(code).toBe(0);
    expect(jsonLines(output.stdout)).toMatchObject([{ file: '-' }]);
  });

  it('tells a person at a terminal how to end what they paste', async () => {
    const { io, output } = fakeIo({}, NOT_A_BOUNCE);
    io.stdinIsTerminal = true;

    await run(['decode', '--lang', 'en'], io);

    expect(output.stderr).toContain('Ctrl-D');
  });

  it('reads standard input for - among files, in the order given', async () => {
    const { io, output } = fakeIo({ 'a.txt': NOT_A_BOUNCE }, NOT_A_BOUNCE);

    await run(['decode', '--json', '-', 'a.txt'], io);

    expect(jsonLines(output.stdout).map((line) => line.file)).toEqual(['-', 'a.txt']);
  });

  it('reports an unreadable file on stderr, still decodes the others, and exits 1', async () => {
    const { io, output } = fakeIo({ 'a.txt': NOT_A_BOUNCE, 'c.txt': NOT_A_BOUNCE });

    const code = await run(['decode', '--json', '--lang', 'en', 'a.txt', 'gone.eml', 'c.txt'], io);

    expect(code).toBe(1);
    expect(jsonLines(output.stdout).map((line) => line.file)).toEqual(['a.txt', 'c.txt']);
    expect(output.stderr).toContain('cannot read gone.eml: no such file. Check the path');
  });

  it('explains an unreadable file in Japanese with --lang ja', async () => {
    const { io, output } = fakeIo();

    await run(['decode', '--lang', 'ja', 'gone.eml'], io);

    expect(output.stderr).toContain('gone.eml を読み込めません。ファイルが存在しません。');
  });

  it('writes Japanese with --lang ja and follows LANG without it', async () => {
    const asked = fakeIo({ 'a.txt': NOT_A_BOUNCE });
    const fromLocale = fakeIo({ 'a.txt': NOT_A_BOUNCE }, '', { LANG: 'ja_JP.UTF-8' });
    const overridden = fakeIo({ 'a.txt': NOT_A_BOUNCE }, '', { LANG: 'ja_JP.UTF-8' });

    await run(['decode', '--lang', 'ja', 'a.txt'], asked.io);
    await run(['decode', 'a.txt'], fromLocale.io);
    await run(['decode', '--lang', 'en', 'a.txt'], overridden.io);

    expect(asked.output.stdout).toContain('バウンスや SMTP エラーではないようです');
    expect(fromLocale.output.stdout).toBe(asked.output.stdout);
    expect(overridden.output.stdout).not.toMatch(/[ぁ-ん]/);
  });

  it('says how to build missing answers, and still decodes', async () => {
    const { io, output } = fakeIo({ 'a.txt': NOT_A_BOUNCE });
    io.knowledge = null;

    const code = await run(['decode', 'a.txt'], io);

    expect(code).toBe(0);
    expect(output.stderr).toContain('npm run build:content');
    expect(output.stdout).toContain('a.txt:');
  });
});

describe('usage', () => {
  it.each([
    ['an unknown option', ['decode', '--jsn', 'a.txt']],
    ['an unknown command', ['decipher', 'a.txt']],
    ['an unsupported language', ['decode', '--lang', 'fr', 'a.txt']],
    ['no command at all', []],
  ])('exits 2 with help on stderr for %s', async (_name, argv) => {
    const { io, output } = fakeIo({ 'a.txt': NOT_A_BOUNCE });

    const code = await run(argv, io);

    expect(code).toBe(2);
    expect(output.stderr).toContain('Usage: bounce-explainer');
    expect(output.stdout).toBe('');
  });

  it('documents commands, exit codes and examples with --help, exiting 0', async () => {
    const top = fakeIo();
    const decode = fakeIo();

    expect(await run(['--help'], top.io)).toBe(0);
    expect(await run(['decode', '--help'], decode.io)).toBe(0);

    expect(top.output.stdout).toMatch(/decode .*\n(.*\n)*.*search/);
    expect(top.output.stdout).toContain('Exit codes:');
    expect(decode.output.stdout).toMatch(/--json[\s\S]*--lang[\s\S]*Exit codes[\s\S]*Examples:/);
  });

  it('writes help in Japanese when asked', async () => {
    const { io, output } = fakeIo();

    await run(['decode', '--help', '--lang', 'ja'], io);

    expect(output.stdout).toContain('使い方: bounce-explainer decode');
    expect(output.stdout).toContain('終了コード');
  });
});

describe('search', () => {
  it('prints hits as one JSON object, best first, titled in the chosen language', async () => {
    const { io, output } = fakeIo();

    const code = await run(['search', '--json', '--lang', 'ja', 'over', 'quota'], io);

    expect(code).toBe(0);
    const { hits } = JSON.parse(output.stdout) as { hits: Record<string, unknown>[] };
    expect(hits[0]).toMatchObject({ id: 'faq-over-quota', title: '容量オーバーとは' });
    expect(typeof hits[0]?.score).toBe('number');
    expect(output.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('lists hits as numbered titles with their ids', async () => {
    const { io, output } = fakeIo();

    await run(['search', '--lang', 'en', '--limit', '1', '容量オーバー'], io);

    expect(output.stdout).toBe('1. What over quota means [faq-over-quota]\n');
  });

  it('exits 1 with advice when the knowledge base is missing', async () => {
    const { io, output } = fakeIo();
    io.knowledge = null;

    expect(await run(['search', '--lang', 'en', 'quota'], io)).toBe(1);
    expect(output.stderr).toContain('npm run build:content');
  });

  it.each([
    ['no query', ['search']],
    ['a limit that is not a whole number', ['search', '--limit', 'two', 'quota']],
  ])('exits 2 for %s', async (_name, argv) => {
    const { io } = fakeIo();

    expect(await run(argv, io)).toBe(2);
  });
});
