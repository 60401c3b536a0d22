import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json' with { type: 'json' };
import ja from '../../locales/ja.json' with { type: 'json' };
import type { EvidenceRole, InputKind, Notice, Permanence } from '../../src/core/index.ts';
import { langFromArgv, langFromEnv, t } from '../../src/cli/messages.ts';

function leaves(node: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof node === 'string') return found.set(prefix, node);
  if (Array.isArray(node)) return found.set(prefix, node.join('\n'));
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    for (const entry of leaves(value, prefix ? `${prefix}.${key}` : key)) found.set(...entry);
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

// Written as records so that a new kind, role or notice in the core fails the type check here.
const KINDS = { message: 1, 'bounce-text': 1, log: 1, reply: 1 } satisfies Record<
  Exclude<InputKind, 'none'>,
  1
>;
const ROLES = { phrase: 1, status: 1, reply: 1, host: 1, recipient: 1 } satisfies Record<
  EvidenceRole,
  1
>;
const PERMANENCE = { permanent: 1, transient: 1, unknown: 1 } satisfies Record<Permanence, 1>;
const NOTICES = {
  'input-truncated': 1,
  'lines-truncated': 1,
  'recipients-truncated': 1,
  'mime-error': 1,
} satisfies Record<Exclude<Notice['code'], 'not-a-bounce'>, 1>;

describe('the CLI locale files', () => {
  it('have the same cli keys in Japanese and English', () => {
    const jaKeys = [...leaves(ja.cli, 'cli').keys()].sort();
    const enKeys = [...leaves(en.cli, 'cli').keys()].sort();

    expect(jaKeys).toEqual(enKeys);
  });

  it('use the same placeholders in both languages and leave no text empty', () => {
    const jaLeaves = leaves(ja.cli, 'cli');

    for (const [key, english] of leaves(en.cli, 'cli')) {
      const japanese = jaLeaves.get(key) ?? '';
      expect(placeholders(japanese), key).toEqual(placeholders(english));
      expect(english.trim(), key).not.toBe('');
      expect(japanese.trim(), key).not.toBe('');
    }
  });

  it('write the Japanese texts in Japanese', () => {
    const japanese = [...leaves(ja.cli, 'cli').values()].filter((text) =>
      /[ぁ-んァ-ヶ一-龠]/.test(text),
    );

    expect(japanese.length).toBeGreaterThan(leaves(ja.cli, 'cli').size * 0.8);
  });

  it('have a word for every input kind, evidence role, permanence and notice', () => {
    const keys = [
      ...Object.keys(KINDS).map((kind) => `cli.kind.${kind}`),
      ...Object.keys(ROLES).map((role) => `cli.role.${role}`),
      ...Object.keys(PERMANENCE).map((value) => `cli.permanence.${value}`),
      ...Object.keys(NOTICES).map((code) => `cli.notice.${code}`),
    ];

    for (const key of keys) {
      expect(leaves(en.cli, 'cli').has(key), key).toBe(true);
      expect(leaves(ja.cli, 'cli').has(key), key).toBe(true);
    }
  });
});

describe('t', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    const text = t('en', 'cli.report.heading', { file: 'a.eml', kind: 'K' });

    expect(text).toBe('a.eml: K, {{count}} recipient(s)');
  });

  it('returns the key itself when no language has it', () => {
    expect(t('ja', 'cli.no.such.key')).toBe('cli.no.such.key');
  });
});

describe('the language choice', () => {
  it('follows LC_ALL before LC_MESSAGES before LANG', () => {
    expect(langFromEnv({ LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(langFromEnv({ LC_ALL: 'C', LC_MESSAGES: 'ja_JP.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: '', LC_MESSAGES: 'ja_JP.eucJP', LANG: 'C' })).toBe('ja');
    expect(langFromEnv({ LANG: 'ja' })).toBe('ja');
  });

  it('is English without a locale', () => {
    expect(langFromEnv({})).toBe('en');
  });

  it('reads --lang from the arguments in both spellings, but not after --', () => {
    expect(langFromArgv(['decode', '--lang', 'ja', 'x'])).toBe('ja');
    expect(langFromArgv(['decode', '--lang=en'])).toBe('en');
    expect(langFromArgv(['decode', '--lang', 'fr'])).toBeUndefined();
    expect(langFromArgv(['decode', '--', '--lang=ja'])).toBeUndefined();
  });
});
