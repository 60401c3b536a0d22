import type { DecodeResult, RecipientReport } from '../../src/core/index.ts';
import type { CliIo } from '../../src/cli/io.ts';
import type { KnowledgeEntry } from '../../src/knowledge/types.ts';

/** A recipient report with every field set, for formatter tests; `overrides` wins. */
export function report(overrides: Partial<RecipientReport> = {}): RecipientReport {
  return {
    recipient: 'taro@ezweb.ne.jp',
    reason: 'mailboxfull',
    status: '5.2.2',
    statusInferred: false,
    reply: '552',
    command: 'RCPT',
    remoteHost: 'mx.example.net',
    provider: 'au',
    permanence: 'permanent',
    action: 'failed',
    diagnostic: '552 5.2.2 <taro@ezweb.ne.jp>: Mailbox full',
    rule: 'phrase:mailboxfull',
    evidence: [{ start: 32, end: 44, role: 'phrase', text: 'Mailbox full' }],
    faq: ['reason-mailboxfull', 'faq-over-quota', 'faq-other'],
    ...overrides,
  };
}

export function result(recipients: RecipientReport[], kind: DecodeResult['kind'] = 'reply') {
  return { kind, text: '', recipients, notices: [] } satisfies DecodeResult;
}

const NO_TRIGGERS = { reasons: [], statuses: [], replies: [], phrases: [], symptoms: [] };

/** Knowledge entries in the generated shape, written for these tests only. */
export const ENTRIES: KnowledgeEntry[] = [
  {
    id: 'reason-mailboxfull',
    kind: 'reason',
    reason: 'mailboxfull',
    file: 'reasons/reason-mailboxfull.yaml',
    ja: {
      title: 'メールボックスが満杯',
      body: '容量の上限に達しています。',
      keywords: ['容量'],
      retry: '容量が空くまで待ちます。',
      checklist: ['待つ', '連絡'],
    },
    en: {
      title: 'The mailbox is full',
      body: 'It is over its quota.',
      keywords: ['quota'],
      retry: 'Wait until space is freed.',
      checklist: ['Wait', 'Ask'],
    },
    triggers: { ...NO_TRIGGERS, reasons: ['mailboxfull'] },
  },
  {
    id: 'faq-over-quota',
    kind: 'faq',
    file: 'faq/01-faq-over-quota.yaml',
    ja: {
      title: '容量オーバーとは',
      body: '一行目\n\n二行目\n三行目\n四行目',
      keywords: ['容量オーバー'],
    },
    en: {
      title: 'What over quota means',
      body: 'First line\n\nSecond\nThird\nFourth',
      keywords: ['over quota'],
    },
    triggers: { ...NO_TRIGGERS, phrases: ['over quota'] },
  },
  {
    id: 'faq-other',
    kind: 'faq',
    file: 'faq/02-faq-other.yaml',
    ja: { title: 'その他', body: '本文', keywords: [] },
    en: { title: 'Other', body: 'Body', keywords: [] },
    triggers: NO_TRIGGERS,
  },
];

/** A stand-in for the process: files from a map, output collected in strings. */
export function fakeIo(
  files: Record<string, string | Uint8Array> = {},
  stdin: string | Uint8Array = '',
  env: Record<string, string> = {},
) {
  const head = (content: string | Uint8Array, limit: number) => {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    return { bytes: bytes.subarray(0, limit), size: bytes.length };
  };
  const output = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (text) => void (output.stdout += text),
    stderr: (text) => void (output.stderr += text),
    readFile: async (path, limit) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return head(content, limit);
    },
    readStdin: async (limit) => head(stdin, limit),
    env,
    stdinIsTerminal: false,
    color: false,
    knowledge: ENTRIES,
  };
  return { io, output };
}
