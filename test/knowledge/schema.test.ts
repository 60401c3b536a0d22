import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/knowledge/load-content.ts';
import { buildEntries, formatProblem } from '../../src/knowledge/normalise.ts';

const faq = () => ({
  id: 'au-example',
  kind: 'faq',
  provider: 'au',
  source: 'https://www.au.com/mobile/service/attention/faq/',
  ja: { question: '質問', answer: '回答', keywords: ['鍵'] },
  en: { question: 'Question', answer: 'Answer', keywords: ['key'] },
  triggers: { reasons: ['mailboxfull'], statuses: ['5.2.X'], phrases: ['over quota'] },
});

const codes = () => ({
  kind: 'codes',
  group: 'enhanced-x-1',
  ja: { title: '宛先アドレスの状態 (X.1.XXX)' },
  en: { title: 'Addressing status (X.1.XXX)' },
  codes: [
    { code: 'X.1.1', ja: '宛先がありません。', en: 'No such mailbox.', reasons: ['userunknown'] },
    { code: '550', ja: '拒否されました。', en: 'Refused.' },
  ],
});

function messages(files: { file: string; data: unknown }[]): string[] {
  return buildEntries(files).problems.map(formatProblem);
}

describe('the content schema', () => {
  it('accepts a complete FAQ entry and normalises it', () => {
    const { entries, problems } = buildEntries([{ file: 'faq/01-au-example.yaml', data: faq() }]);

    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({
      id: 'au-example',
      kind: 'faq',
      ja: { title: '質問', body: '回答' },
      triggers: { statuses: ['5.2.x'], replies: [], symptoms: [] },
    });
  });

  it('names the file and the field path of an empty answer', () => {
    const broken = { ...faq(), ja: { question: '質問', answer: '  ', keywords: ['鍵'] } };

    expect(messages([{ file: 'faq/01-au-example.yaml', data: broken }])).toEqual([
      'faq/01-au-example.yaml: ja.answer: must not be empty',
    ]);
  });

  it('names a keyword that is not a string, with its index', () => {
    const broken = { ...faq(), en: { question: 'Q', answer: 'A', keywords: ['ok', 550] } };

    expect(messages([{ file: 'faq/01-au-example.yaml', data: broken }])[0]).toMatch(
      /^faq\/01-au-example\.yaml: en\.keywords\.1: /,
    );
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    const broken = { ...faq(), trigers: { reasons: ['blocked'] } };

    expect(messages([{ file: 'faq/01-au-example.yaml', data: broken }])).toEqual([
      'faq/01-au-example.yaml: trigers: is not a known field',
    ]);
  });

  it('rejects a trigger reason that is not a Sisimai reason', () => {
    const broken = { ...faq(), triggers: { reasons: ['mailbox-full'] } };

    expect(messages([{ file: 'faq/01-au-example.yaml', data: broken }])).toEqual([
      'faq/01-au-example.yaml: triggers.reasons.0: must be a Sisimai reason id',
    ]);
  });

  it('rejects an upper-case phrase, which could never match the lowered diagnostic', () => {
    const broken = { ...faq(), triggers: { phrases: ['Over Quota'] } };

    expect(messages([{ file: 'faq/01-au-example.yaml', data: broken }])).toEqual([
      'faq/01-au-example.yaml: triggers.phrases.0: must be lowercase',
    ]);
  });

  it('rejects a file whose name does not carry its id', () => {
    expect(messages([{ file: 'faq/01-au-other.yaml', data: faq() }])).toEqual([
      'faq/01-au-other.yaml: the file name must be NN-au-example.yaml',
    ]);
  });

  it('rejects a file of one kind in the folder of another', () => {
    expect(messages([{ file: 'reasons/au-example.yaml', data: faq() }])).toEqual([
      'reasons/au-example.yaml: a faq file belongs in content/faq/',
    ]);
  });

  it('rejects an unknown kind', () => {
    expect(messages([{ file: 'faq/01-x.yaml', data: { kind: 'note' } }])).toEqual([
      'faq/01-x.yaml: kind: kind must be faq, reason or codes',
    ]);
  });

  it('expands a code group into one entry per code, with lowercased ids', () => {
    const { entries, problems } = buildEntries([
      { file: 'codes/enhanced-x-1.yaml', data: codes() },
    ]);

    expect(problems).toEqual([]);
    expect(entries.map((e) => e.id)).toEqual(['code-x.1.1', 'code-550']);
    expect(entries[0]).toMatchObject({
      kind: 'code',
      en: { title: 'X.1.1 Addressing status (X.1.XXX)', body: 'No such mailbox.' },
      triggers: { reasons: ['userunknown'], statuses: ['x.1.1'], replies: [] },
    });
    expect(entries[0]?.en.keywords).toContain('5.1.1');
    expect(entries[1]?.triggers.replies).toEqual(['550']);
  });

  it('reports an id defined twice, naming both files', () => {
    const files = [
      { file: 'faq/01-au-example.yaml', data: faq() },
      { file: 'faq/02-au-example.yaml', data: faq() },
    ];

    expect(messages(files)).toEqual([
      'faq/02-au-example.yaml: id: au-example is already defined in faq/01-au-example.yaml',
    ]);
  });

  it('reports a file that is not valid YAML by name when loading a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    mkdirSync(join(dir, 'faq'));
    writeFileSync(join(dir, 'faq', '01-au-example.yaml'), 'id: [unclosed\n');

    const { problems } = loadContent(dir);

    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(/^faq\/01-au-example\.yaml: not valid YAML: /);
  });
});
