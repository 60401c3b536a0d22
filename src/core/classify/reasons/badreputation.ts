import type { PhraseRow } from '../types.ts';

/** The receiver rates the sending IP address or domain as having a poor reputation. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'low reputation of the sending', seen: 'Gmail' },
  { phrase: 'poor email reputation', seen: 'various MTAs' },
  { phrase: 'poor reputation', seen: 'various MTAs' },
  { phrase: 'poor ip reputation', seen: 'various MTAs' },
  { phrase: 'due to ip reputation', seen: 'Outlook.com (4.7.650)' },
  { phrase: 'ip/domain reputation problems', seen: 'various MTAs' },
  { phrase: 'none/bad reputation', seen: 'T-Online' },
  { phrase: 'likely suspicious due to the very low reputation', seen: 'Gmail' },
];
