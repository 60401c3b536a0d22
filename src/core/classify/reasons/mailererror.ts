import type { PhraseRow } from '../types.ts';

/** A local delivery program (a pipe, procmail, maildrop) failed. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'procmail: ', seen: 'procmail' },
  { phrase: 'bin/procmail', seen: 'procmail run from a .forward pipe' },
  { phrase: 'bin/maildrop', seen: 'maildrop' },
  { phrase: 'pipe to |', seen: 'Exim' },
  { phrase: ' || exit ', seen: 'Sendmail .forward pipes' },
  { phrase: 'mailer error', seen: 'Sendmail ("unknown mailer error N")' },
  { phrase: 'command died with status ', seen: 'Postfix local(8)' },
  { phrase: 'command failed: ', seen: 'various MTAs' },
  { phrase: 'command output:', seen: 'Postfix pipe(8)' },
  { phrase: 'x-unix; ', seen: 'Diagnostic-Code of type X-Unix' },
  { phrase: 'bin/maidrop', seen: 'maildrop (sic)' },
];
