import type { PhraseRow } from '../types.ts';

/** A virus scanner found malware in the message. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'virus detected', seen: 'amavisd, ClamAV milters, various scanners' },
  { phrase: 'virus found', seen: 'various scanners' },
  { phrase: 'infected with a virus', seen: 'various scanners' },
  { phrase: 'contains a virus', seen: 'various scanners' },
  { phrase: 'potentially executable attachment', seen: 'various scanners' },
  { phrase: 'used by recent viruses or other malware', seen: 'Gmail' },
  { phrase: 'prohibited virus or spam content', seen: 'various scanners' },
  { phrase: 'malicious_url detected', seen: 'various scanners' },
  { phrase: 'ウイルスを検出', seen: 'Japanese-language scanners (virus found)' },
];
