import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json' with { type: 'json' };
import ja from '../../locales/ja.json' with { type: 'json' };
import { createI18n, resolveLang } from '../../components/i18n.ts';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix === '' ? k : `${prefix}.${k}`));
}

/** Keys named literally in the components, as `t('a.b')`. */
function usedKeys(): string[] {
  const dir = path.resolve('components');
  const found = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
    const source = readFileSync(path.join(dir, file), 'utf8');
    for (const m of source.matchAll(/\bt\('([\w.-]+)'/g)) if (m[1]) found.add(m[1]);
  }
  return [...found];
}

describe('the ui words', () => {
  it('have the same keys in Japanese and English', () => {
    expect(keys(ja.ui).sort()).toEqual(keys(en.ui).sort());
  });

  it('cover every key the components name', () => {
    const known = new Set(keys(en.ui));

    const missing = usedKeys().filter((k) => !known.has(k));

    expect(usedKeys().length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('name every permanence, evidence role, notice, theme and entry kind', () => {
    const families = {
      permanence: ['permanent', 'transient', 'unknown'],
      role: ['phrase', 'status', 'reply', 'host', 'recipient'],
      notice: [
        'input-truncated',
        'lines-truncated',
        'recipients-truncated',
        'mime-error',
        'not-a-bounce',
      ],
      theme: ['system', 'light', 'dark'],
      lang: ['browser', 'ja', 'en'],
      kind: ['faq', 'reason', 'code'],
    };
    const known = new Set(keys(ja.ui));

    const missing = Object.entries(families).flatMap(([family, names]) =>
      names.map((n) => `${family}.${n}`).filter((k) => !known.has(k)),
    );

    expect(missing).toEqual([]);
  });

  it('are looked up in the language asked for, with placeholders filled', () => {
    const t = createI18n('ja').t;

    expect(t('reference.shown', { shown: 3, total: 10 })).toBe('10 件中 3 件');
    expect(createI18n('en').t('reference.shown', { shown: 3, total: 10 })).toBe('3 of 10 entries');
  });

  it('do not escape markup in a placeholder: Preact renders text, never HTML', () => {
    const t = createI18n('en').t;

    expect(t('result.recipientCount', { count: '<b>' })).toBe('Recipients: <b>');
  });

  it('follow the browser language when asked to', () => {
    expect(resolveLang('browser', 'ja-JP')).toBe('ja');
    expect(resolveLang('browser', 'en-US')).toBe('en');
    expect(resolveLang('browser', 'fr')).toBe('en');
    expect(resolveLang('ja', 'en-US')).toBe('ja');
  });
});
