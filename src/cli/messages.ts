import en from '../../locales/en.json' with { type: 'json' };
import ja from '../../locales/ja.json' with { type: 'json' };

export type Lang = 'ja' | 'en';

export const LANGS: readonly Lang[] = ['ja', 'en'];

const CATALOGS: Record<Lang, unknown> = { ja, en };

/** Words for people, looked up by dotted key; English stands in for a missing Japanese key. */
export function t(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const template = lookup(CATALOGS[lang], key) ?? lookup(CATALOGS.en, key) ?? key;

  // Same `{{name}}` placeholders as i18next, so the extension can read these files unchanged.
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

function lookup(catalog: unknown, key: string): string | undefined {
  let node = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  // Long texts such as the help are kept as a list of lines, as i18next's `joinArrays` reads them.
  if (Array.isArray(node) && node.every((line) => typeof line === 'string')) {
    return node.join('\n');
  }
  return typeof node === 'string' ? node : undefined;
}

/** POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG; an empty value counts as unset. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/**
 * The `--lang` value before commander has parsed anything, so that help and usage errors come out
 * in the language asked for. An invalid value is left for commander to report.
 */
export function langFromArgv(argv: readonly string[]): Lang | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--') return undefined;
    const value = arg === '--lang' ? argv[index + 1] : arg.match(/^--lang=(.*)$/)?.[1];
    if (value === 'ja' || value === 'en') return value;
  }
  return undefined;
}
