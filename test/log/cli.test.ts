import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runLog, type LogCommandOptions } from '../../src/cli/log-command.ts';
import type { LogStreams } from '../../src/cli/log-input.ts';
import { run } from '../../src/cli/run.ts';
import type { LogSummary } from '../../src/log/index.ts';
import { fakeIo } from '../cli/fixtures.ts';
import { builtEntries, generated } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'log-cli-'));
const { text, truth } = generated('mixed', 300_000, 21);
const gz = join(dir, 'mail.log.1.gz');
writeFileSync(gz, gzipSync(text));
const second = generated('postfix', 50_000, 22);
const plain = join(dir, 'mail.log');
writeFileSync(plain, second.text);

function deliveries(t: typeof truth): number {
  return t.totals.sent + t.totals.deferred + t.totals.bounced;
}

describe('bounce-explainer log', () => {
  it('summarises a gzip file into one JSON document with the generated counts', async () => {
    const { io, output } = fakeIo();

    const code = await run(['log', '--json', '--year', '2026', gz], io);

    expect(code).toBe(0);
    const summary = JSON.parse(output.stdout) as LogSummary;
    expect(Object.keys(summary).sort()).toEqual(
      [
        'bounced',
        'bouncedOther',
        'deliveries',
        'domains',
        'domainsOther',
        'filtered',
        'first',
        'last',
        'lines',
        'totals',
      ].sort(),
    );
    expect(summary.totals).toEqual({ ...truth.totals, expired: 0 });
    expect(summary.bounced).toEqual(truth.permanent);
    const [top] = summary.domains;
    expect(Object.keys(top!).sort()).toEqual(
      ['counts', 'domain', 'first', 'hosts', 'hostsOther', 'last', 'provider', 'reasons', 'samples']
        .slice()
        .sort(),
    );
    expect(Object.keys(top!.reasons[0]!).sort()).toEqual(
      [
        'bounced',
        'count',
        'deferred',
        'diagnostic',
        'faq',
        'permanence',
        'reason',
        'statuses',
      ].sort(),
    );
  });

  it('reads a gzip and a plain file as one log', async () => {
    const { io, output } = fakeIo();

    const code = await run(['log', '--json', gz, plain], io);

    expect(code).toBe(0);
    const summary = JSON.parse(output.stdout) as LogSummary;
    expect(summary.deliveries).toBe(deliveries(truth) + deliveries(second.truth));
    expect(summary.lines).toBe(truth.lines + second.truth.lines);
  });

  it('writes the permanently bounced addresses to --bounced-out, one a line', async () => {
    const { io, output } = fakeIo();
    const out = join(dir, 'bounced.txt');

    const code = await run(['log', '--lang', 'en', '--bounced-out', out, gz], io);

    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(truth.permanent.map((a) => `${a}\n`).join(''));
    expect(output.stdout).toContain(`${truth.permanent.length} addresses bounced permanently`);
    expect(output.stdout).toContain(out);
  });

  it('prints the summary in Japanese with --lang ja, with the au answer and its checklist', async () => {
    const { io, output } = fakeIo();
    io.knowledge = builtEntries();

    const code = await run(['log', '--lang', 'ja', '--domain', 'ezweb.ne.jp', plain], io);

    expect(code).toBe(0);
    expect(output.stdout).toMatch(/^== メールログ: /);
    expect(output.stdout).toContain('## ezweb.ne.jp — au（KDDI）');
    expect(output.stdout).toContain('対処の手順:');
    expect(output.stdout).toContain('[au-');
    expect(output.stdout).not.toContain('## gmail.com');
  });

  it('reports an unreadable file, still reads the others, and exits 1', async () => {
    const { io, output } = fakeIo();

    const code = await run(['log', '--json', join(dir, 'missing.log'), plain], io);

    expect(code).toBe(1);
    expect(output.stderr).toContain('missing.log');
    const summary = JSON.parse(output.stdout) as LogSummary;
    expect(summary.deliveries).toBe(deliveries(second.truth));
  });

  it('exits 2 on a --since it cannot read', async () => {
    const { io, output } = fakeIo();

    const code = await run(['log', '--since', 'last tuesday', plain], io);

    expect(code).toBe(2);
    expect(output.stderr).toContain('90m, 6h, 2d');
    expect(output.stdout).toBe('');
  });
});

function streams(stdin: Uint8Array[], terminal: boolean, step = 0): LogStreams {
  let clock = 0;
  return {
    open: async () => {
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    },
    size: async () => null,
    stdin: async function* () {
      yield* stdin;
    },
    writeFile: async () => {},
    stderrIsTerminal: terminal,
    now: () => (clock += step),
  };
}

const OPTIONS: LogCommandOptions = {
  json: true,
  lang: 'en',
  since: null,
  domain: null,
  bouncedOut: null,
  year: 2026,
};

describe('runLog', () => {
  const bytes = gzipSync(second.text);
  const pieces = Array.from({ length: 8 }, (_, i) =>
    bytes.subarray((i * bytes.length) / 8, ((i + 1) * bytes.length) / 8),
  );

  it('reads gzip from standard input in pieces', async () => {
    const { io, output } = fakeIo();

    const code = await runLog([], OPTIONS, io, streams(pieces, false));

    expect(code).toBe(0);
    const summary = JSON.parse(output.stdout) as LogSummary;
    expect(summary.deliveries).toBe(deliveries(second.truth));
  });

  it('draws a progress bar on a terminal once the run is long, and erases it', async () => {
    const { io, output } = fakeIo();

    await runLog([], OPTIONS, io, streams(pieces, true, 400));

    const erase = '\x1b[K';
    expect(output.stderr).toMatch(/\r\d+(\.\d)? [KM]?B/);
    expect(output.stderr).toContain(erase);
    expect(output.stderr.endsWith(`\r${erase}`)).toBe(true);
  });

  it('draws no progress bar when stderr is not a terminal', async () => {
    const { io, output } = fakeIo();

    await runLog([], OPTIONS, io, streams(pieces, false, 400));

    expect(output.stderr).toBe('');
  });

  it('says what to give when the input holds no delivery line', async () => {
    const { io, output } = fakeIo();
    const note = new TextEncoder().encode('Hello,\nlunch at noon?\n');

    const code = await runLog([], { ...OPTIONS, json: false }, io, streams([note], false));

    expect(code).toBe(0);
    expect(output.stdout).toContain('No delivery attempt to a recipient was found');
  });
});

describe('the text summary', () => {
  it('shows the twenty busiest failing domains in full and the others one line each', async () => {
    const { io, output } = fakeIo();
    const lines = Array.from({ length: 25 }, (_, i) =>
      Array.from(
        { length: 25 - i },
        (_, j) =>
          `Dec  3 09:00:00 mx postfix/smtp[1]: Q${i}: to=<u${j}@d${i}.example>, relay=none, ` +
          `dsn=4.4.1, status=deferred (connect to mx.d${i}.example[192.0.2.1]:25: Connection refused)`,
      ).join('\n'),
    ).join('\n');

    await runLog([], { ...OPTIONS, json: false }, io, streams([Buffer.from(lines)], false));

    const headings = output.stdout.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toHaveLength(20);
    expect(headings[0]).toBe('## d0.example');
    expect(output.stdout).toContain('The other 5 domains, most failures first:');
    expect(output.stdout).toContain('  d24.example: sent 0, deferred 1, bounced 0');
  });
});
