import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { fakeIo } from './fixtures.ts';
import { BARE_REPLY, JAPANESE_TEXT, POSTFIX_OVER_QUOTA, TWO_RECIPIENT_REPORT } from './samples.ts';

async function decodeJson(text: string): Promise<Record<string, unknown>[]> {
  const { io, output } = fakeIo({ 'in.txt': text });
  await run(['decode', '--json', 'in.txt'], io);
  return output.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('decode on bounces', () => {
  it('explains a bare reply as an unknown user, with its codes', async () => {
    const lines = await decodeJson(BARE_REPLY);

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      recipient: 'a@example.jp',
      reason: 'userunknown',
      status: '5.1.1',
      statusInferred: false,
      reply: '550',
      permanence: 'permanent',
    });
  });

  it('ranks the guide and the answer for an au over-quota log line', async () => {
    const [line] = await decodeJson(POSTFIX_OVER_QUOTA);

    expect(line).toMatchObject({
      recipient: 'taro@ezweb.ne.jp',
      reason: 'mailboxfull',
      command: 'RCPT',
      remoteHost: 'mx.example.net',
      provider: 'au',
    });
    expect(line?.faq).toEqual(expect.arrayContaining(['reason-mailboxfull', 'faq-over-quota']));
  });

  it('gives evidence as spans of the input with their text', async () => {
    const [line] = await decodeJson(BARE_REPLY);
    const evidence = line?.evidence as { start: number; end: number; text: string }[];

    expect(evidence.length).toBeGreaterThan(0);
    for (const span of evidence) expect(BARE_REPLY.slice(span.start, span.end)).toBe(span.text);
  });

  it('prints one line per recipient of a two-recipient report, in order', async () => {
    const lines = await decodeJson(TWO_RECIPIENT_REPORT);

    expect(lines.map((line) => [line.recipient, line.reason])).toEqual([
      ['jiro@example.org', 'userunknown'],
      ['hanako@ezweb.ne.jp', 'mailboxfull'],
    ]);
    expect(lines.every((line) => line.kind === 'message' && line.file === 'in.txt')).toBe(true);
  });

  it('reads a reply surrounded by Japanese', async () => {
    const [line] = await decodeJson(JAPANESE_TEXT);

    expect(line).toMatchObject({ reason: 'userunknown', status: '5.1.1' });
  });

  it('writes the explanation in Japanese with the evidence marked', async () => {
    const { io, output } = fakeIo({ 'in.txt': POSTFIX_OVER_QUOTA });

    await run(['decode', '--lang', 'ja', 'in.txt'], io);

    expect(output.stdout).toMatch(/^理由 +メールボックスが満杯 \(mailboxfull\)$/m);
    expect(output.stdout).toContain('[[over quota]]');
    expect(output.stdout).toContain('関連する回答: 容量オーバーとは [faq-over-quota]');
  });
});
