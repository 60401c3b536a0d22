import { describe, expect, it } from 'vitest';
import { formatJsonLines, toJsonLines } from '../../src/cli/format-json.ts';
import { report, result } from './fixtures.ts';

const REQUIRED = [
  'file',
  'kind',
  'recipient',
  'reason',
  'status',
  'statusInferred',
  'reply',
  'command',
  'remoteHost',
  'provider',
  'permanence',
  'diagnostic',
  'faq',
  'evidence',
];

describe('toJsonLines', () => {
  it('gives one line per recipient, in order, with the facts of each', () => {
    const first = report();
    const second = report({ recipient: 'hanako@au.com', reason: 'userunknown', faq: [] });

    const lines = toJsonLines('bounce.eml', result([first, second], 'message'));

    expect(lines.map((line) => line.recipient)).toEqual([first.recipient, second.recipient]);
    expect(lines[1]).toMatchObject({ file: 'bounce.eml', kind: 'message', reason: 'userunknown' });
    expect(lines[0]).toMatchObject({
      status: first.status,
      reply: first.reply,
      command: first.command,
      remoteHost: first.remoteHost,
      provider: first.provider,
      permanence: first.permanence,
      faq: first.faq,
      evidence: first.evidence,
    });
  });

  it('gives every required field on every line', () => {
    const lines = toJsonLines('-', result([report()]));

    expect(Object.keys(lines[0] ?? {})).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('gives one line with kind none and reason null for input that is not a bounce', () => {
    const lines = toJsonLines('note.txt', {
      ...result([], 'none'),
      notices: [{ code: 'not-a-bounce' }],
    });

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ file: 'note.txt', kind: 'none', reason: null, faq: [] });
    expect(Object.keys(lines[0] ?? {})).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('keeps the input kind when a bounce names no recipient', () => {
    const lines = toJsonLines('x.eml', result([], 'message'));

    expect(lines[0]).toMatchObject({ kind: 'message', reason: null, recipient: null });
  });
});

describe('formatJsonLines', () => {
  it('writes each line as one JSON object followed by a newline', () => {
    const text = formatJsonLines('a', result([report(), report({ recipient: 'b@example.jp' })]));

    const rows = text.split('\n');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toBe('');
    expect(JSON.parse(rows[1] ?? '')).toMatchObject({ recipient: 'b@example.jp' });
  });
});
