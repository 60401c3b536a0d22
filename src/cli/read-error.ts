import { t, type Lang } from './messages.ts';

/** Read errors with advice of their own; others are described by their code or message. */
const KNOWN_CODES = new Set(['ENOENT', 'EACCES', 'EISDIR']);

export function describeReadError(lang: Lang, file: string, error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined && KNOWN_CODES.has(code)) return t(lang, `cli.error.${code}`, { file });

  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return t(lang, 'cli.error.other', { file, detail });
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
